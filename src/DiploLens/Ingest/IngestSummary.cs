namespace DiploLens.Ingest;

/// <summary>What an ingest run did. <see cref="Cancelled"/> runs stored every batch they finished and nothing of the others.</summary>
public sealed record IngestSummary(
    int Added,
    int Updated,
    int Unchanged,
    IReadOnlyList<IngestFailure> Failures,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<IngestedArticle> Articles,
    long Bytes,
    TimeSpan Elapsed,
    bool Cancelled)
{
    public int Failed => Failures.Count;

    public int Processed => Added + Updated + Unchanged;
}
