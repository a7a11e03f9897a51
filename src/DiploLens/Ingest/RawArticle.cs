namespace DiploLens.Ingest;

/// <summary>
/// An article as a source delivered it, decoded to a string but not yet cleaned. <see cref="Source"/> names where it
/// came from (a path, <c>dump.jsonl:12</c>, <c>-</c>); <see cref="Key"/> is its identity for updates (URL, or a file's full path), if any.
/// </summary>
public sealed record RawArticle
{
    public required string Source { get; init; }

    public required string Body { get; init; }

    public InputFormat Format { get; init; } = InputFormat.Text;

    public string? Key { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? DateText { get; init; }

    public string? Language { get; init; }

    public string? SiteName { get; init; }

    /// <summary>The encoding used to decode the input, with a warning when it was guessed.</summary>
    public string? Encoding { get; init; }

    /// <summary>Size of the input this article was read from, in bytes (for progress and throughput).</summary>
    public long Bytes { get; init; }
}
