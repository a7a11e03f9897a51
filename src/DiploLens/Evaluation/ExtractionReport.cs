namespace DiploLens.Evaluation;

/// <summary>Extraction scores for DiploLens and the peers (best first), per-page (precision, recall) for DiploLens, failures, and throughput inputs.</summary>
public sealed record ExtractionReport(
    IReadOnlyList<PrfRow> Rows,
    IReadOnlyDictionary<string, (double Precision, double Recall)> PerPage,
    IReadOnlyList<string> Failures,
    int Pages,
    long Bytes,
    TimeSpan Elapsed);
