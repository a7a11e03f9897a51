using System.Text.Json.Serialization;
using DiploLens.Documents;

namespace DiploLens.Web.Api;

/// <summary>
/// One mark of <c>GET /api/articles/{id}</c> (<c>marks</c>): a span of the article's <c>text</c> one layer says something
/// about, read by the library's <see cref="TextMarks"/> like the article page's inline marks. <c>kind</c> is
/// <c>quote</c>, <c>entity</c>, <c>date</c> or <c>figure</c>; <c>start</c>/<c>end</c> are UTF-16 offsets into <c>text</c>
/// (end exclusive) and <c>text</c> is exactly the characters they cover. Every mark of the layers is listed, overlapping
/// ones included (the page's nesting rule is a matter of display); the kind-specific fields are those the layer holds.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(QuoteMarkItem), "quote")]
[JsonDerivedType(typeof(EntityMarkItem), "entity")]
[JsonDerivedType(typeof(DateMarkItem), "date")]
[JsonDerivedType(typeof(FigureMarkItem), "figure")]
public abstract record ArticleMarkItem(
    [property: JsonPropertyOrder(-3)] int Start,
    [property: JsonPropertyOrder(-2)] int End,
    [property: JsonPropertyOrder(-1)] string Text)
{
    /// <summary>The mark as the API shows it, its <c>text</c> cut from <paramref name="text"/>.</summary>
    public static ArticleMarkItem Of(TextMark mark, string text)
    {
        var (start, end, covered) = (mark.Span.Start, mark.Span.End, mark.Span.Of(text));
        return mark.Kind switch
        {
            TextMarkKind.Quotation => QuoteMarkItem.Of(start, end, covered, mark.Quotation!),
            TextMarkKind.Entity => EntityMarkItem.Of(start, end, covered, mark.Entity!),
            TextMarkKind.Date => DateMarkItem.Of(start, end, covered, mark.Date!),
            _ => FigureMarkItem.Of(start, end, covered, mark.Figure!),
        };
    }
}

/// <summary>
/// A quotation: <c>quote_kind</c> <c>direct</c> or <c>reported</c>; <c>speaker_id</c> the speaker's entity id when resolved,
/// <c>speaker</c> the resolved name, <c>speaker_text</c> the words naming the speaker as written, <c>cue</c> the reporting
/// verb (each absent when the layer has none).
/// </summary>
public sealed record QuoteMarkItem(int Start, int End, string Text, QuotationKind QuoteKind, string? SpeakerId, string? Speaker, string? SpeakerText, string? Cue)
    : ArticleMarkItem(Start, End, Text)
{
    internal static QuoteMarkItem Of(int start, int end, string text, Quotation q) =>
        new(start, end, text, q.Kind, q.SpeakerId, q.Speaker, q.SpeakerText, q.Cue);
}

/// <summary>
/// An entity mention: <c>entity_id</c> (absent for an ambiguous short reference, whose possible ids are in
/// <c>candidates</c>), <c>type</c>, canonical <c>name</c>, <c>mention</c> (<c>name</c> or <c>short_reference</c>) and the
/// <c>roles</c> written at the mention.
/// </summary>
public sealed record EntityMarkItem(int Start, int End, string Text, string? EntityId, string Type, string Name, MentionKind Mention, IReadOnlyList<string> Roles, IReadOnlyList<string> Candidates)
    : ArticleMarkItem(Start, End, Text)
{
    internal static EntityMarkItem Of(int start, int end, string text, EntityMention m) =>
        new(start, end, text, m.EntityId, m.Type, m.Name, m.Kind, m.Roles, m.Candidates);
}

/// <summary>
/// A date written in the text: <c>value</c> the date (or the start of a term) in ISO form at its precision
/// (<c>2023</c>, <c>2023-12</c>, <c>2023-12-05</c>), <c>until</c> the end of a term (absent for one date), and the
/// <c>rule</c> that read it (it says when the year was inferred).
/// </summary>
public sealed record DateMarkItem(int Start, int End, string Text, string Value, string? Until, string Rule)
    : ArticleMarkItem(Start, End, Text)
{
    internal static DateMarkItem Of(int start, int end, string text, DateMention d) =>
        new(start, end, text, d.Date.ToIso(), d.End?.ToIso(), d.Rule);
}

/// <summary>
/// A figure: <c>figure_kind</c> (<c>count</c>, <c>ordinal</c>, <c>range</c>, <c>percent</c>), <c>value</c>,
/// <c>upper_value</c> for a range, the <c>qualifier</c> before the number (folded: over, plus de, hơn) and what it
/// <c>counted</c> (the layer holds no separate unit: the percent kind and the counted noun say what the number is of).
/// </summary>
public sealed record FigureMarkItem(int Start, int End, string Text, FigureKind FigureKind, double Value, double? UpperValue, string? Qualifier, string Counted)
    : ArticleMarkItem(Start, End, Text)
{
    internal static FigureMarkItem Of(int start, int end, string text, Figure f) =>
        new(start, end, text, f.Kind, f.Value, f.UpperValue, f.Qualifier, f.Counted);
}
