namespace DiploLens.Documents;

/// <summary>
/// A date written in the text. <see cref="Date"/> is the date (or the start of a term) at its precision; <see cref="End"/>
/// is the end of a term, null for a single date. <see cref="Rule"/> names the pattern, and says when the year was inferred
/// (<c>weekday-year</c>, <c>publication-year</c>, <c>reference-year</c>).
/// </summary>
public sealed record DateMention(TextSpan Span, PartialDate Date, PartialDate? End, DateMentionKind Kind, string Rule);
