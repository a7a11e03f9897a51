namespace DiploLens.Documents;

/// <summary>
/// A span of the text that one annotation layer says something about, with that layer's item as stored: the one
/// reading of the quotation, entity, date and figure layers that the article page marks inline and the article API
/// lists, so that both show the same facts at the same offsets. Exactly one of the item properties is set, the one
/// <see cref="Kind"/> names.
/// </summary>
public sealed record TextMark
{
    private TextMark(TextMarkKind kind, TextSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public TextMarkKind Kind { get; }

    /// <summary>The layer's own span: UTF-16 offsets into <see cref="Document.Text"/>, end exclusive.</summary>
    public TextSpan Span { get; }

    /// <summary>For <see cref="TextMarkKind.Quotation"/>, the quotation with its speaker and reporting verb.</summary>
    public Quotation? Quotation { get; private init; }

    /// <summary>For <see cref="TextMarkKind.Entity"/>, the mention with its entity id (null when ambiguous), type and name.</summary>
    public EntityMention? Entity { get; private init; }

    /// <summary>For <see cref="TextMarkKind.Date"/>, the date mention with its normalised value.</summary>
    public DateMention? Date { get; private init; }

    /// <summary>For <see cref="TextMarkKind.Figure"/>, the figure with its value and what it counts.</summary>
    public Figure? Figure { get; private init; }

    public static TextMark Of(Quotation quotation) => new(TextMarkKind.Quotation, quotation.Span) { Quotation = quotation };

    public static TextMark Of(EntityMention mention) => new(TextMarkKind.Entity, mention.Span) { Entity = mention };

    public static TextMark Of(DateMention date) => new(TextMarkKind.Date, date.Span) { Date = date };

    public static TextMark Of(Figure figure) => new(TextMarkKind.Figure, figure.Span) { Figure = figure };
}
