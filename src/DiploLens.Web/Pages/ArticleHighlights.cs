using System.Globalization;
using DiploLens.Documents;
using DiploLens.Web.Rendering;

namespace DiploLens.Web.Pages;

/// <summary>What a mark on the article text stands for; the order is the nesting level, outermost first.</summary>
public enum MarkKind
{
    /// <summary>A direct quote or reported speech (outer level).</summary>
    Quotation,

    /// <summary>An entity mention (inner level).</summary>
    Entity,

    /// <summary>A date written in the text (inner level).</summary>
    Date,

    /// <summary>A quantity and what it counts (inner level).</summary>
    Figure,

    /// <summary>A word of the search that opened the article (innermost level).</summary>
    SearchTerm,
}

/// <summary>
/// The spans of an article worth marking, read from its stored layers: quotations (with their speaker), entity
/// mentions (by type, linked to the entity page), dates (with their normalised value) and figures (value, kind and what
/// they count). Offsets are the layers' own: UTF-16 into <see cref="Document.Text"/>, end exclusive. Spans outside the
/// text or empty are skipped. Which mark wins where spans overlap is decided when rendering (<see cref="ArticleText"/>).
/// </summary>
public static class ArticleHighlights
{
    /// <summary>The entity types that have a CSS class and a legend entry; another type is shown as <c>other</c>.</summary>
    public static readonly IReadOnlyList<string> EntityTypes = ["person", "organisation", "forum", "country", "place", "treaty"];

    /// <summary>
    /// One span to mark: its kind, the CSS classes, a tooltip (the normalised value, the speaker…), and a link (the
    /// entity page; for a quotation, the speaker's entity page, shown after the quote beside <see cref="Speaker"/>).
    /// </summary>
    public sealed record Mark(TextSpan Span, MarkKind Kind, string Class, string? Title, string? Link)
    {
        /// <summary>For a quotation, who said it: the resolved name, else the words as written; null when unknown.</summary>
        public string? Speaker { get; init; }

        /// <summary>For an entity, its type as classed (one of <see cref="EntityTypes"/> or <c>other</c>).</summary>
        public string? EntityType { get; init; }
    }

    public static IReadOnlyList<Mark> Of(Document document, string ui, UiText text)
    {
        var length = document.Text.Length;
        bool Valid(TextSpan span) => span.Length > 0 && span.End <= length;
        var marks = new List<Mark>();

        foreach (var quote in document.TryGet(Layers.Quotations, out var quotations) ? quotations : [])
        {
            if (!Valid(quote.Span))
            {
                continue;
            }

            var kind = quote.Kind == QuotationKind.Direct ? "direct" : "reported";
            var speaker = quote.Speaker ?? quote.SpeakerText;
            var title = $"{text.Get(ui, "mark.quotation." + kind)} — {text.Get(ui, "mark.speaker")}: {speaker ?? "?"}{(quote.Cue is { } cue ? $" ({cue})" : string.Empty)}";
            marks.Add(new Mark(quote.Span, MarkKind.Quotation, $"hl hl-quote hl-{kind}", title, quote.SpeakerId is { } id ? WorkbenchLinks.Filed(ui, "entity", id) : null) { Speaker = speaker });
        }

        foreach (var mention in document.TryGet(Layers.Entities, out var entities) ? entities : [])
        {
            if (!Valid(mention.Span))
            {
                continue;
            }

            var type = EntityTypes.Contains(mention.Type) ? mention.Type : "other";
            var title = $"{mention.Name} — {text.Get(ui, "entity.type." + type)}";
            if (mention.Roles.Count > 0)
            {
                title += $" — {string.Join("; ", mention.Roles)}";
            }

            if (mention.EntityId is null)
            {
                title += $" — {text.Get(ui, "mark.ambiguous")}: {string.Join(", ", mention.Candidates)}";
            }

            marks.Add(new Mark(mention.Span, MarkKind.Entity, $"hl hl-entity hl-{type}{(mention.EntityId is null ? " hl-ambiguous" : string.Empty)}", title,
                mention.EntityId is { } id ? WorkbenchLinks.Filed(ui, "entity", id) : null) { EntityType = type });
        }

        foreach (var date in document.TryGet(Layers.Dates, out var dates) ? dates.Mentions : [])
        {
            if (Valid(date.Span))
            {
                marks.Add(new Mark(date.Span, MarkKind.Date, "hl hl-date", date.End is { } end ? $"{date.Date.ToIso()} – {end.ToIso()}" : date.Date.ToIso(), null));
            }
        }

        foreach (var figure in document.TryGet(Layers.Figures, out var figures) ? figures : [])
        {
            if (Valid(figure.Span))
            {
                var kind = figure.Kind.ToString().ToLowerInvariant();
                var value = Number(figure.Value) + (figure.UpperValue is { } upper ? "–" + Number(upper) : string.Empty);
                var title = string.Join(" · ", new[] { figure.Qualifier is { } q ? $"{q} {value}" : value, text.Get(ui, "figure.kind." + kind), figure.Counted }.Where(s => !string.IsNullOrWhiteSpace(s)));
                marks.Add(new Mark(figure.Span, MarkKind.Figure, $"hl hl-figure hl-{kind}", title, null));
            }
        }

        return marks;
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
