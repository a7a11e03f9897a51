namespace DiploLens.Documents;

/// <summary>The dates of a Document: its publication and modification dates (null = unknown, never invented) and every date mentioned in the text.</summary>
public sealed record DateAnnotation(DatedEvidence? Published, DatedEvidence? Modified, IReadOnlyList<DateMention> Mentions);
