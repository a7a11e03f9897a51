namespace DiploLens.Documents;

/// <summary>
/// Every span of a Document worth marking, read from its stored layers: quotations, entity mentions, date mentions and
/// figures. All of them, overlapping or not: which one shows where spans overlap is a matter of display (the article
/// page nests or drops them by its own rule), not of the facts. A span that is empty or ends past the text (a layer
/// written for another text) is skipped, so every mark's span can be cut out of <see cref="Document.Text"/>.
/// </summary>
public static class TextMarks
{
    /// <summary>The marks in document order: by start, then quotation, entity, date, figure, then longest first.</summary>
    public static IReadOnlyList<TextMark> Of(Document document)
    {
        var quotations = document.TryGet(Layers.Quotations, out var q) ? q.Select(TextMark.Of) : [];
        var entities = document.TryGet(Layers.Entities, out var e) ? e.Select(TextMark.Of) : [];
        var dates = document.TryGet(Layers.Dates, out var d) ? d.Mentions.Select(TextMark.Of) : [];
        var figures = document.TryGet(Layers.Figures, out var f) ? f.Select(TextMark.Of) : [];
        return quotations.Concat(entities).Concat(dates).Concat(figures)
            .Where(m => m.Span.Length > 0 && m.Span.End <= document.Text.Length)
            .OrderBy(m => m.Span.Start).ThenBy(m => m.Kind).ThenByDescending(m => m.Span.Length)
            .ToList();
    }
}
