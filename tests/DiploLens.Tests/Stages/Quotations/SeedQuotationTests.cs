using DiploLens.Documents;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Stages.Quotations;

public sealed class SeedQuotationTests
{
    [Theory]
    [MemberData(nameof(SeedGold.Prefixes), MemberType = typeof(SeedGold))]
    public void Find_Seed_MatchesGoldKindsSpeakersAndCounts(string prefix)
    {
        var quotes = Analysed.Seed(prefix).Get(Layers.Quotations);
        var expected = SeedGold.Of(prefix).GetProperty("quotes").EnumerateArray()
            .Select(q => $"{q.GetProperty("kind").GetString()} {q.GetProperty("speaker").GetString() ?? "-"} x{q.GetProperty("count").GetInt32()}")
            .Order();
        var actual = quotes.GroupBy(q => $"{q.Kind.ToString().ToLowerInvariant()} {q.SpeakerId ?? "-"}").Select(g => $"{g.Key} x{g.Count()}").Order();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Find_Seed000_EveryReportingVerbIsDangHoangGiang()
    {
        var quotes = Analysed.Seed("000").Get(Layers.Quotations);
        Assert.Equal(["a déclaré", "a estimé", "a fait valoir", "a-t-il estimé", "a-t-il relevé", "a déclaré", "a-t-il indiqué"], quotes.Select(q => q.Cue));
        Assert.All(quotes, q => Assert.Equal("Đặng Hoàng Giang", q.Speaker));
    }

    [Fact]
    public void Find_Seed003_TwoDirectQuotesBelongToBuiThanhSon()
    {
        var document = Analysed.Seed("003");
        var direct = document.Get(Layers.Quotations).Where(q => q.Kind == QuotationKind.Direct).ToList();
        Assert.Equal(2, direct.Count);
        Assert.All(direct, q => Assert.Equal("person:bui-thanh-son", q.SpeakerId));
        Assert.StartsWith("We have successfully organized 15 foreign visits", document.TextOf(direct[0].Span));
        Assert.EndsWith("legitimate interests", document.TextOf(direct[1].Span));
    }

    [Fact]
    public void Find_Seed001_QuotedThemeIsNotAQuotation()
    {
        var document = Analysed.Seed("001");
        Assert.DoesNotContain(document.Get(Layers.Quotations), q => document.TextOf(q.Span).StartsWith("Multilateral Diplomacy:", StringComparison.Ordinal));
    }
}
