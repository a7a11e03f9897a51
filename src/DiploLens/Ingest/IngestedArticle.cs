using DiploLens.Storage;

namespace DiploLens.Ingest;

/// <summary>One input that reached the store, and what saving it did.</summary>
public sealed record IngestedArticle(string Source, SaveOutcome Outcome);
