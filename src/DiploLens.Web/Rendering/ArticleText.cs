using System.Text;
using DiploLens.Documents;
using DiploLens.Web.Pages;
using Microsoft.AspNetCore.Html;
using Mark = DiploLens.Web.Pages.ArticleHighlights.Mark;

namespace DiploLens.Web.Rendering;

/// <summary>
/// One block of article text (a paragraph or heading) with its marks, as properly nested HTML. Three levels, outermost
/// first: quotations; entities, dates and figures; search words.
/// <list type="bullet">
/// <item>Quotations never overlap one another: the earliest start wins, then the longest.</item>
/// <item>An entity, date or figure that crosses the edge of a kept quotation is dropped (it cannot nest).</item>
/// <item>Entities, dates and figures are taken entity first, then date, then figure, each kind by start then longest. One
/// that lies inside a kept mark of another kind nests in it (<c>31e Conférence diplomatique</c>: the entity inside the
/// figure; <c>2020-2021 term</c>: the date inside the figure); one that partly overlaps a kept mark, or lies inside a
/// kept mark of its own kind (links cannot nest), is dropped.</item>
/// <item>A search word that crosses the edge of any kept mark is split at that edge.</item>
/// <item>Marks are cut at the block's edges: a quotation over two paragraphs is marked in each.</item>
/// </list>
/// Every piece of text goes through <see cref="Markup.Encoder"/>; the only tags written are <c>mark</c> and <c>a</c>.
/// </summary>
public static class ArticleText
{
    /// <summary>The marks kept inside <paramref name="block"/>, clipped and split so that they nest, in document order (outer first at one position).</summary>
    public static IReadOnlyList<Mark> Layout(TextSpan block, IReadOnlyList<Mark> marks, IReadOnlyList<TextSpan> searchTerms)
    {
        var inside = marks.Select(m => Clip(m, block)).OfType<Mark>().ToList();
        var quotes = NonOverlapping(inside.Where(m => m.Kind == MarkKind.Quotation), []);
        var inner = Nested(inside.Where(m => m.Kind is MarkKind.Entity or MarkKind.Date or MarkKind.Figure), quotes);

        var kept = quotes.Concat(inner).ToList();
        var edges = kept.SelectMany(m => new[] { m.Span.Start, m.Span.End }).ToHashSet();
        var words = searchTerms.Select(s => Clip(new Mark(s, MarkKind.SearchTerm, "term", null, null), block)).OfType<Mark>();
        foreach (var word in NonOverlapping(words, []))
        {
            var start = word.Span.Start;
            foreach (var edge in edges.Where(e => e > word.Span.Start && e < word.Span.End).Order())
            {
                kept.Add(word with { Span = new TextSpan(start, edge) });
                start = edge;
            }

            kept.Add(word with { Span = new TextSpan(start, word.Span.End) });
        }

        return kept.OrderBy(m => m.Span.Start).ThenBy(m => Level(m.Kind)).ThenByDescending(m => m.Span.End).ThenBy(m => m.Kind).ToList();
    }

    /// <summary>The block's text as HTML with the marks <see cref="Layout"/> keeps; a quotation's speaker follows its last piece, linked to the speaker's page when known.</summary>
    public static IHtmlContent Render(string text, TextSpan block, IReadOnlyList<Mark> marks, IReadOnlyList<TextSpan> searchTerms)
    {
        var html = new StringBuilder(block.Length * 5 / 4);
        var at = block.Start;
        var open = new Stack<Mark>();

        void Text(int end)
        {
            html.Append(Markup.Encoder.Encode(text[at..end]));
            at = end;
        }

        void Close()
        {
            var mark = open.Pop();
            Text(mark.Span.End);
            if (mark.Kind == MarkKind.Entity && mark.Link is not null)
            {
                html.Append("</a>");
            }

            html.Append("</mark>");
            if (mark.Kind == MarkKind.Quotation && mark.Speaker is not null && marks.Any(m => m.Kind == MarkKind.Quotation && m.Span.End == mark.Span.End && m.Span.Start <= mark.Span.Start))
            {
                html.Append(mark.Link is null ? "<span class=\"hl-speaker\">" : $"<a class=\"hl-speaker\" href=\"{Markup.Encoder.Encode(mark.Link)}\">")
                    .Append("— ").Append(Markup.Encoder.Encode(mark.Speaker))
                    .Append(mark.Link is null ? "</span>" : "</a>");
            }
        }

        foreach (var mark in Layout(block, marks, searchTerms))
        {
            while (open.Count > 0 && open.Peek().Span.End <= mark.Span.Start)
            {
                Close();
            }

            Text(mark.Span.Start);
            html.Append("<mark class=\"").Append(Markup.Encoder.Encode(mark.Class)).Append('"');
            if (mark.Title is not null)
            {
                html.Append(" title=\"").Append(Markup.Encoder.Encode(mark.Title)).Append('"');
            }

            html.Append('>');
            if (mark.Kind == MarkKind.Entity && mark.Link is not null)
            {
                html.Append("<a href=\"").Append(Markup.Encoder.Encode(mark.Link)).Append("\">");
            }

            open.Push(mark);
        }

        while (open.Count > 0)
        {
            Close();
        }

        Text(block.End);
        return new HtmlString(html.ToString());
    }

    private static int Level(MarkKind kind) => kind switch
    {
        MarkKind.Quotation => 0,
        MarkKind.SearchTerm => 2,
        _ => 1,
    };

    private static Mark? Clip(Mark mark, TextSpan block)
    {
        var start = Math.Max(mark.Span.Start, block.Start);
        var end = Math.Min(mark.Span.End, block.End);
        return end > start ? mark with { Span = new TextSpan(start, end) } : null;
    }

    /// <summary>
    /// Entities, then dates, then figures (each by start, then longest): a mark is kept when, against every kept one, it
    /// is disjoint or nests (inside or around a mark of another kind), and it nests in (or misses) every outer mark.
    /// </summary>
    private static List<Mark> Nested(IEnumerable<Mark> marks, IReadOnlyList<Mark> outer)
    {
        var kept = new List<Mark>();
        foreach (var mark in marks.OrderBy(m => m.Kind).ThenBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ThenBy(m => m.Class, StringComparer.Ordinal).ThenBy(m => m.Title, StringComparer.Ordinal))
        {
            var fits = kept.All(k => !k.Span.Overlaps(mark.Span) || (k.Kind != mark.Kind && (k.Span.Contains(mark.Span) || mark.Span.Contains(k.Span))));
            if (fits && outer.All(o => !o.Span.Overlaps(mark.Span) || o.Span.Contains(mark.Span)))
            {
                kept.Add(mark);
            }
        }

        return kept;
    }

    /// <summary>Greedy by start, then longest: a mark is kept when it overlaps no kept one and nests in (or misses) every outer one.</summary>
    private static List<Mark> NonOverlapping(IEnumerable<Mark> marks, IReadOnlyList<Mark> outer)
    {
        var kept = new List<Mark>();
        foreach (var mark in marks.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ThenBy(m => m.Class, StringComparer.Ordinal).ThenBy(m => m.Title, StringComparer.Ordinal))
        {
            if (kept.All(k => !k.Span.Overlaps(mark.Span)) && outer.All(o => !o.Span.Overlaps(mark.Span) || o.Span.Contains(mark.Span)))
            {
                kept.Add(mark);
            }
        }

        return kept;
    }
}
