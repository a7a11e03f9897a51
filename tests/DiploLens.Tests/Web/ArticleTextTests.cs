using AngleSharp.Html.Parser;
using DiploLens.Documents;
using DiploLens.Web.Pages;
using DiploLens.Web.Rendering;
using Mark = DiploLens.Web.Pages.ArticleHighlights.Mark;

namespace DiploLens.Tests.Web;

/// <summary>The overlap rule of the article marks: quotations outside, entities/dates/figures inside, search words innermost.</summary>
public sealed class ArticleTextTests
{
    private const string Text = "Minister Bui Thanh Son said \"we met 15 envoys in Hanoi on 5 May 2023\" today.";

    private static TextSpan Span(string part, int from = 0)
    {
        var start = Text.IndexOf(part, from, StringComparison.Ordinal);
        Assert.True(start >= 0, part);
        return new TextSpan(start, start + part.Length);
    }

    private static Mark Quote(TextSpan span) => new(span, MarkKind.Quotation, "hl hl-quote", "q", "/entities/p") { Speaker = "Bùi Thanh Sơn" };

    private static Mark Entity(TextSpan span, string title = "e") => new(span, MarkKind.Entity, "hl hl-entity hl-place", title, "/entities/x");

    private static Mark Date(TextSpan span) => new(span, MarkKind.Date, "hl hl-date", "d", null);

    private static Mark Figure(TextSpan span) => new(span, MarkKind.Figure, "hl hl-figure", "f", null);

    private static readonly TextSpan Whole = new(0, Text.Length);

    [Fact]
    public void InnerMarkCrossingAQuotationEdge_IsDropped_OneInside_IsKept()
    {
        var quote = Quote(Span("we met 15 envoys in Hanoi on 5 May 2023"));
        var crossing = Entity(Span("said \"we"));
        var inside = Entity(Span("Hanoi"));

        var kept = ArticleText.Layout(Whole, [inside, crossing, quote], []);

        Assert.Equal([quote.Span, inside.Span], kept.Select(m => m.Span));
    }

    [Fact]
    public void InnerMarkInsideAnotherKind_Nests_PartialOverlap_KeepsTheEntity_WhateverTheInputOrder()
    {
        const string text = "La 31e Conférence diplomatique et le 13e Congrès national du Parti.";
        TextSpan At(string part) => new(text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length);
        var block = new TextSpan(0, text.Length);
        var conference = Entity(At("Conférence diplomatique"));
        var ordinal = Figure(At("31e Conférence diplomatique"));
        var congress = Entity(At("Congrès national du Parti"));
        var crossing = Figure(At("13e Congrès national"));

        var first = ArticleText.Layout(block, [ordinal, conference, crossing, congress], []);
        var second = ArticleText.Layout(block, [congress, crossing, conference, ordinal], []);

        Assert.Equal([ordinal, conference, congress], first);
        Assert.Equal(first, second);
        var html = new HtmlParser().ParseDocument("<p>" + ArticleText.Render(text, block, first, []) + "</p>").Body!;
        Assert.Equal("Conférence diplomatique", html.QuerySelector("mark.hl-figure > mark.hl-entity")!.TextContent);
        Assert.Equal(text, html.TextContent);
    }

    [Fact]
    public void MarksOfOneKind_NeverNest_TheEarliestLongestWins()
    {
        var person = Entity(Span("Bui Thanh Son"));
        var inside = Entity(Span("Thanh Son"));
        var overlapping = Entity(Span("Son said"));
        var sameSpanDate = Date(Span("Bui Thanh Son"));

        var kept = ArticleText.Layout(Whole, [inside, overlapping, sameSpanDate, person], []);

        Assert.Equal([person, sameSpanDate], kept);
    }

    [Fact]
    public void SearchWord_CrossingAMarkEdge_IsSplitAtTheEdge()
    {
        var entity = Entity(Span("Thanh Son"));
        var word = Span("Bui Thanh");

        var kept = ArticleText.Layout(Whole, [entity], [word]);

        Assert.Equal([Span("Bui "), entity.Span, Span("Thanh")], kept.Select(m => m.Span));
        Assert.Equal([MarkKind.SearchTerm, MarkKind.Entity, MarkKind.SearchTerm], kept.Select(m => m.Kind));
    }

    [Fact]
    public void MarksAreCutAtTheBlockEdges()
    {
        var block = Span("Minister Bui Thanh Son said");
        var quote = Quote(new TextSpan(Span("Son").Start, Text.Length));

        var kept = ArticleText.Layout(block, [quote, Entity(Span("Hanoi"))], []);

        Assert.Equal([new TextSpan(Span("Son").Start, block.End)], kept.Select(m => m.Span));
    }

    [Fact]
    public void Render_NestsProperlyEncodesEverythingAndPutsTheSpeakerAfterTheQuote()
    {
        const string hostile = "A <b>bold</b> \"x\" & <script>alert(1)</script> end";
        var quote = Quote(new TextSpan(2, hostile.IndexOf(" end", StringComparison.Ordinal))) with { Title = "say \"<b>\"", Speaker = "<i>Son</i>" };
        var entity = Entity(new TextSpan(hostile.IndexOf("bold", StringComparison.Ordinal), hostile.IndexOf("bold", StringComparison.Ordinal) + 4), "<script>");
        var block = new TextSpan(0, hostile.Length);

        var html = ArticleText.Render(hostile, block, [quote, entity], [new TextSpan(0, 1)]).ToString()!;

        var body = new HtmlParser().ParseDocument("<p>" + html + "</p>").Body!;
        Assert.Equal(hostile.Insert(quote.Span.End, "— <i>Son</i>"), body.TextContent);
        Assert.Empty(body.QuerySelectorAll("b, script, i"));
        Assert.Equal("bold", body.QuerySelector("mark.hl-quote mark.hl-entity a")!.TextContent);
        Assert.Equal("<script>", body.QuerySelector("mark.hl-entity")!.GetAttribute("title"));
        Assert.Equal("say \"<b>\"", body.QuerySelector("mark.hl-quote")!.GetAttribute("title"));
        Assert.Equal("A", body.QuerySelector("mark.term")!.TextContent);
        Assert.Equal("/entities/p", body.QuerySelector("mark.hl-quote + a.hl-speaker")!.GetAttribute("href"));
    }
}
