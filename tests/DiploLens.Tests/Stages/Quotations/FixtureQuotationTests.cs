using System.Text.Json;
using DiploLens.Documents;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Stages.Quotations;

/// <summary>Speakers of the quotations in the fixture articles (the "speakers" list of fixtures.jsonl, in text order).</summary>
public sealed class FixtureQuotationTests
{
    public static IEnumerable<object[]> Articles =>
        File.ReadLines(Path.Combine(Paths.Fixtures, "Entities", "fixtures.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => new object[] { e.GetProperty("id").GetString()!, e.GetProperty("text").GetString()!, string.Join(' ', e.GetProperty("speakers").EnumerateArray().Select(s => s.GetString())) });

    [Theory]
    [MemberData(nameof(Articles))]
    public void Find_FixtureArticle_AttributesEveryQuotationToItsSpeaker(string id, string text, string speakers)
    {
        var quotes = Analysed.Text(text, id + ".txt").Get(Layers.Quotations);
        Assert.Equal(speakers, string.Join(' ', quotes.Select(q => q.SpeakerId ?? "-")));
    }
}
