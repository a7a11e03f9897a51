namespace DiploLens.Documents;

/// <summary>
/// Text that extraction took out of the article body (a caption, an agency credit, a related-news tail…),
/// kept as provenance. <see cref="SourceOffset"/> is the UTF-16 offset of <see cref="Text"/> in the decoded
/// input before cleaning; <see cref="Anchor"/> is the offset in <see cref="Document.Text"/> where it stood.
/// </summary>
public sealed record RemovedSegment(string Text, string Reason, string Rule, int SourceOffset, int Anchor);
