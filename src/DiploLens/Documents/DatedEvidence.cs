namespace DiploLens.Documents;

/// <summary>
/// A publication or modification date with where it was found: <see cref="Source"/> is <c>metadata</c> (the source or
/// page metadata; <see cref="Rule"/> names the field, e.g. <c>meta:article:published_time</c>) or <c>text</c>
/// (then <see cref="Evidence"/> is the span in <see cref="Document.Text"/>).
/// </summary>
public sealed record DatedEvidence(PartialDate Date, string Source, string Rule, TextSpan? Evidence);
