using DiploLens.Documents;

namespace DiploLens.Storage;

/// <summary>One row of a listing.</summary>
public sealed record ArticleSummary(long Id, string Source, string? Url, string? Title, string Language, PartialDate? Published, int Length, int RemovedCount);
