namespace DiploLens.Ingest;

/// <summary>How far an ingest run is. <see cref="TotalBytes"/> is 0 when unknown (standard input).</summary>
public sealed record IngestProgress(int Processed, int Added, int Updated, int Unchanged, int Failed, long BytesRead, long TotalBytes);
