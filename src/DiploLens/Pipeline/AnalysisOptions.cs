namespace DiploLens.Pipeline;

/// <summary>Every threshold and limit of ingest and analysis, in one place. Defaults are the tested values.</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Input files larger than this are refused (bytes). Default 50 MB.</summary>
    public long MaxInputBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Articles written to the store per transaction.</summary>
    public int StoreBatchSize { get; init; } = 256;

    /// <summary>How many related-news items (headline + timestamp) a trailing run needs before it is treated as a tail.</summary>
    public int MinRelatedNewsItems { get; init; } = 2;

    /// <summary>An uncredited caption is a line of at most this many words, with no closing punctuation, ending in a name.</summary>
    public int MaxCaptionWords { get; init; } = 16;

    /// <summary>A heading-like line is at most this many words and has no closing punctuation.</summary>
    public int MaxHeadingWords { get; init; } = 12;

    /// <summary>Longest display title derived from the lead sentence, in characters.</summary>
    public int MaxDerivedTitleLength { get; init; } = 140;

    /// <summary>
    /// A paragraph or document whose best language has a lower confidence than this is <c>und</c>. The confidence is
    /// the detector's softmax share in [0, 1]; 0.5 means the best language must outweigh all others together.
    /// </summary>
    public double LanguageMinConfidence { get; init; } = 0.5;

    /// <summary>A paragraph or document with fewer letters than this is <c>und</c> (too short to tell).</summary>
    public int LanguageMinLetters { get; init; } = 3;

    /// <summary>Worker threads for analysis; 0 means one per core.</summary>
    public int Parallelism { get; init; }
}
