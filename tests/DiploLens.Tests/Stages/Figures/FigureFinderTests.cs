using DiploLens.Documents;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Stages.Figures;

public sealed class FigureFinderTests
{
    public static IEnumerable<object[]> Table => TsvTable.Read("Figures/figures.tsv", 2);

    [Theory]
    [MemberData(nameof(Table))]
    public void Find_TableCase_YieldsExpectedFigures(string text, string expected)
    {
        var document = Analysed.Paragraphs(text);
        var figures = document.Get(Layers.Figures)
            .Select(f => $"{document.TextOf(f.Span)}|{f.Kind.ToString().ToLowerInvariant()}|{f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{f.Counted}");
        Assert.Equal(expected, string.Join(" ; ", figures));
    }

    [Fact]
    public void Find_EmptyDocument_YieldsNothing()
    {
        var document = Analysed.Paragraphs(string.Empty);
        Assert.Empty(document.Get(Layers.Figures));
    }

    [Fact]
    public void Find_Seed003_HasTheVisitCounts()
    {
        var document = Analysed.Seed("003");
        var texts = document.Get(Layers.Figures).Select(f => document.TextOf(f.Span)).ToList();
        Assert.Contains("15 foreign visits", texts);
        Assert.Contains("21 visits", texts);
    }
}
