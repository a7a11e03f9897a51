using DiploLens.Documents;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Knowledge;

public sealed class GazetteerTests
{
    public static IEnumerable<object[]> Table => TsvTable.Read("Entities/gazetteer.tsv", 2);

    [Theory]
    [MemberData(nameof(Table))]
    public void Match_TableCase_FindsExpectedEntities(string text, string expected)
    {
        var document = Analysed.Paragraphs(text);
        var found = document.Get(Layers.Entities).Where(m => m.Type != "person").Select(m => $"{document.TextOf(m.Span)}={m.EntityId}");
        Assert.Equal(expected, string.Join(" ; ", found));
    }

    [Fact]
    public void Match_RandomPunctuationAndDigits_DoesNotThrow()
    {
        var random = new Random(7);
        const string alphabet = "aAeÉđĐ .,;:()«»“”\"'’-–0123456789UNONU\n";
        for (var i = 0; i < 200; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            _ = Analysed.Paragraphs(text).Get(Layers.Entities);
        }
    }
}
