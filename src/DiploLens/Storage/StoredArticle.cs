using DiploLens.Documents;

namespace DiploLens.Storage;

/// <summary>An article as stored, with what identifies it; what <see cref="INewsStore.ExportAsync"/> yields, in id order.</summary>
public sealed record StoredArticle(long Id, string? Key, string PipelineSignature, Document Document);
