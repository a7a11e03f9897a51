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
/// The spans of an article to mark on its page, in the page's UI language: each of the library's
/// <see cref="TextMarks"/> (quotations with their speaker, entity mentions by type linked to the entity page, dates
/// with their normalised value, figures with value, kind and what they count) with its CSS classes, tooltip and link.
/// Offsets are the layers' own: UTF-16 into <see cref="Document.Text"/>, end exclusive. Which mark wins where spans
/// overlap is decided when rendering (<see cref="ArticleText"/>); the article API lists the same marks unresolved.
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

    public static IReadOnlyList<Mark> Of(Document document, string ui, UiText text) =>
        TextMarks.Of(document).Select(mark => mark.Kind switch
        {
            TextMarkKind.Quotation => Quote(mark.Quotation!, ui, text),
            TextMarkKind.Entity => Entity(mark.Entity!, ui, text),
            TextMarkKind.Date => Date(mark.Date!),
            _ => Figure(mark.Figure!, ui, text),
        }).ToList();

    private static Mark Quote(Quotation quote, string ui, UiText text)
    {
        var kind = quote.Kind == QuotationKind.Direct ? "direct" : "reported";
        var speaker = quote.Speaker ?? quote.SpeakerText;
        var title = $"{text.Get(ui, "mark.quotation." + kind)} — {text.Get(ui, "mark.speaker")}: {speaker ?? "?"}{(quote.Cue is { } cue ? $" ({cue})" : string.Empty)}";
        return new Mark(quote.Span, MarkKind.Quotation, $"hl hl-quote hl-{kind}", title, quote.SpeakerId is { } id ? WorkbenchLinks.Filed(ui, "entity", id) : null) { Speaker = speaker };
    }

    private static Mark Entity(EntityMention mention, string ui, UiText text)
    {
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

        return new Mark(mention.Span, MarkKind.Entity, $"hl hl-entity hl-{type}{(mention.EntityId is null ? " hl-ambiguous" : string.Empty)}", title,
            mention.EntityId is { } id ? WorkbenchLinks.Filed(ui, "entity", id) : null) { EntityType = type };
    }

    private static Mark Date(DateMention date) =>
        new(date.Span, MarkKind.Date, "hl hl-date", date.End is { } end ? $"{date.Date.ToIso()} – {end.ToIso()}" : date.Date.ToIso(), null);

    private static Mark Figure(Figure figure, string ui, UiText text)
    {
        var kind = figure.Kind.ToString().ToLowerInvariant();
        var value = Number(figure.Value) + (figure.UpperValue is { } upper ? "–" + Number(upper) : string.Empty);
        var title = string.Join(" · ", new[] { figure.Qualifier is { } q ? $"{q} {value}" : value, text.Get(ui, "figure.kind." + kind), figure.Counted }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new Mark(figure.Span, MarkKind.Figure, $"hl hl-figure hl-{kind}", title, null);
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
