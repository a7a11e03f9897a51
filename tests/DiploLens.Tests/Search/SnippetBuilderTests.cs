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
}
