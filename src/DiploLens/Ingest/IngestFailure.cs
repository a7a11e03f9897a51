namespace DiploLens.Ingest;

/// <summary>An input that could not be ingested: <see cref="Source"/> names the file (and line, for JSON Lines), <see cref="Problem"/> says what was wrong.</summary>
public sealed record IngestFailure(string Source, string Problem)
{
    public override string ToString() => $"{Source}: {Problem}";
}
