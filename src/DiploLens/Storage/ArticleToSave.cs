using DiploLens.Documents;

namespace DiploLens.Storage;

/// <summary>An analysed article ready to store. <see cref="Key"/> identifies it for updates (URL or file path); null means identity by content only.</summary>
public sealed record ArticleToSave(Document Document, string? Key, string PipelineSignature);
