using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Analysis;

public sealed class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new(LanguageData.Embedded.AllAbbreviations);

    public static IEnumerable<object[]> Cases => TsvTable.Read("Analysis/sentences.tsv", 2);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_Table(string paragraph, string expected)
    {
        var sentences = Splitter.Split(paragraph, new TextSpan(0, paragraph.Length)).Select(s => s.Of(paragraph));
        Assert.Equal(expected.Split(" || "), sentences);
    }

    [Fact]
    public void Split_EmptyParagraph_HasNoSentences() => Assert.Empty(Splitter.Split(string.Empty, new TextSpan(0, 0)));

    [Fact]
    public void Split_SpansStayInsideTheParagraph()
    {
        const string text = "Before.\n\nFirst one. Second one.\n\nAfter.";
        var start = text.IndexOf("First", StringComparison.Ordinal);
        var paragraph = new TextSpan(start, text.IndexOf("\n\nAfter", StringComparison.Ordinal));
        var sentences = Splitter.Split(text, paragraph);
        Assert.All(sentences, s => Assert.True(paragraph.Contains(s)));
        Assert.Equal(["First one.", "Second one."], sentences.Select(s => s.Of(text)));
    }

    [Fact]
    public void Split_RandomText_NeverThrowsAndCoversNoSpaceTwice()
    {
        var random = new Random(7);
        const string alphabet = "ab .!?…\"”«» M.Mme U.N. 1.000 ./.\n";
        for (var i = 0; i < 1000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var sentences = Splitter.Split(text, new TextSpan(0, text.Length));
            for (var j = 1; j < sentences.Count; j++)
            {
                Assert.True(sentences[j].Start >= sentences[j - 1].End);
            }
        }
    }
}
