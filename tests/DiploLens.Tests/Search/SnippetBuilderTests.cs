using DiploLens.Search;

namespace DiploLens.Tests.Search;

public sealed class SnippetBuilderTests
{
    private static IEnumerable<QueryTerm> Terms(string query) => QueryParser.Parse(query).HighlightTerms;

    private static IReadOnlyList<string> Marked(Snippet snippet) => snippet.Highlights.Select(h => h.Of(snippet.Text)).ToList();

    [Theory]
    [InlineData("Ngoại trưởng Bùi Thanh Sơn phát biểu.", "Bui Thanh Son", "Bùi|Thanh|Sơn")]
    [InlineData("Thành phố Hồ Chí Minh và Đông Nam Á.", "dong", "Đông")]
    [InlineData("La diplomatie multilatérale du Vietnam.", "multilat*", "multilatérale")]
    [InlineData("ASEAN and APEC met.", "\"asean and\"", "ASEAN|and")]
    [InlineData("Nothing relevant here.", "ONU", "")]
    [InlineData("des pays et des Nations unies", "\"des Nations\"", "des|Nations")]
    [InlineData("Les Nations et les unies", "\"Nations unies\"", "")]
    public void Build_Text_HighlightsFoldedMatches(string text, string query, string expected)
    {
        Assert.Equal(expected, string.Join('|', Marked(SnippetBuilder.Build(text, Terms(query)))));
    }

    [Fact]
    public void Build_LongText_CentresOnTheMatchesWithEllipses()
    {
        var text = string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", 40)) + "the United Nations met " + string.Concat(Enumerable.Repeat("consectetur adipiscing ", 40));
        var snippet = SnippetBuilder.Build(text, Terms("\"United Nations\""));
        Assert.StartsWith("…", snippet.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet.Text, StringComparison.Ordinal);
        Assert.InRange(snippet.Text.Length, 50, SnippetBuilder.DefaultLength + 2);
        Assert.Equal(["United", "Nations"], Marked(snippet));
    }

    [Fact]
    public void Build_LineBreaks_AreCollapsedAndHighlightsFollow()
    {
        var snippet = SnippetBuilder.Build("Hà Nội\n\n  ASEAN", Terms("asean"));
        Assert.Equal("Hà Nội ASEAN", snippet.Text);
        Assert.Equal(["ASEAN"], Marked(snippet));
    }

    [Fact]
    public void Build_EmptyText_IsEmpty()
    {
        Assert.Same(Snippet.Empty, SnippetBuilder.Build(string.Empty, Terms("a")));
    }

    /// <summary>
    /// Reading a long text's opening first must give exactly the snippet of reading it whole: random long texts with
    /// the query words placed anywhere (early, late, twice, never, a phrase across the opening's end).
    /// </summary>
    [Fact]
    public void Build_OpeningFirst_SameAsReadingTheWholeText()
    {
        var random = new Random(5);
        string[] filler = ["la", "réunion", "des", "ministres", "a", "eu", "lieu", "hier", "à", "Hà", "Nội,", "avec", "plusieurs", "délégations."];
        string[] queries = ["Nations", "Nations unies", "\"Nations unies\"", "\"Nations unies pour\"", "ONU OR Nations", "Bùi Thanh Sơn", "vienti*", "\"des ministres\""];
        string[] inserts = ["Nations unies", "ONU", "Bùi Thanh Sơn", "Vientiane", "Nations", "unies pour"];
        var compared = 0;
        var early = 0;
        for (var n = 0; n < 400; n++)
        {
            var words = new List<string>();
            var count = random.Next(50, 900);
            for (var i = 0; i < count; i++)
            {
                words.Add(random.Next(40) == 0 ? inserts[random.Next(inserts.Length)] : filler[random.Next(filler.Length)]);
            }

            var text = string.Join(random.Next(6) == 0 ? "  " : " ", words);
            foreach (var query in queries)
            {
                var terms = Terms(query).ToList();
                var whole = SnippetBuilder.Build(text, terms, SnippetBuilder.DefaultLength, openingFirst: false);
                var fast = SnippetBuilder.Build(text, terms, SnippetBuilder.DefaultLength, openingFirst: true);
                Assert.Equal(whole.Text, fast.Text);
                Assert.Equal(whole.Highlights, fast.Highlights);
                compared++;
                early += text.Length > 9 * SnippetBuilder.DefaultLength ? 1 : 0;
            }
        }

        Assert.True(early > compared / 3, $"only {early} of {compared} texts were long enough to read the opening first");
    }

    /// <summary>
    /// A phrase cut by the end of the opening, its first word inside the best passage found there: that word is only
    /// highlighted once the whole phrase is read, so the opening alone must not decide.
    /// </summary>
    [Fact]
    public void Build_PhraseAcrossTheOpeningsEnd_ReadsOn()
    {
        var text = string.Concat(Enumerable.Repeat("ab ", 510)) + "ONU Nations unies pour " + string.Concat(Enumerable.Repeat("ab ", 29))
            + "Nations" + new string(' ', 153) + "unies pour" + string.Concat(Enumerable.Repeat(" ab", 300));
        var terms = Terms("ONU OR \"Nations unies pour\"").ToList();
        var whole = SnippetBuilder.Build(text, terms, SnippetBuilder.DefaultLength, openingFirst: false);
        var fast = SnippetBuilder.Build(text, terms, SnippetBuilder.DefaultLength, openingFirst: true);
        Assert.Equal(["ONU", "Nations", "unies", "pour", "Nations"], Marked(whole));
        Assert.Equal(Marked(whole), Marked(fast));
    }
}
