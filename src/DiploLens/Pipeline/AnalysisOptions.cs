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

    /// <summary>
    /// The language stage judges a paragraph longer than this many characters on four evenly spaced windows totalling
    /// it. 256 characters (two or three sentences) already decide the language as surely as the whole paragraph, and
    /// keep the stage's cost per article flat (it was 80% of the analysis time at the detector's own 512).
    /// </summary>
    public int LanguageSampleChars { get; init; } = 256;

    /// <summary>A paragraph or document with fewer letters than this is <c>und</c> (too short to tell).</summary>
    public int LanguageMinLetters { get; init; } = 3;

    /// <summary>Worker threads for analysis; 0 means one per core.</summary>
    public int Parallelism { get; init; }

    /// <summary>Most tokens (organisations, places, connectors, brackets) between a title and the name it introduces.</summary>
    public int MaxTitleToNameTokens { get; init; } = 14;

    /// <summary>Longest person name, in words (Vietnamese names have 2–4 syllables).</summary>
    public int MaxNameTokens { get; init; } = 4;

    /// <summary>A text between quotation marks is a quote only from this many words; shorter ones are titles or terms.</summary>
    public int MinDirectQuoteWords { get; init; } = 5;

    /// <summary>How many tokens after a closing quotation mark (or before an opening one) the attribution may take.</summary>
    public int QuoteAttributionTokens { get; init; } = 14;

    /// <summary>Most tokens between a speaker's name and the reporting verb after it (đã, has, a).</summary>
    public int SpeakerBeforeVerbGap { get; init; } = 3;

    /// <summary>Most tokens between a reporting verb and the speaker after it ("a déclaré le vice-ministre des Affaires étrangères, X").</summary>
    public int SpeakerAfterVerbWindow { get; init; } = 10;

    /// <summary>Occurrences of one topic term counted at most; more repeat the same evidence.</summary>
    public int MaxTopicTermOccurrences { get; init; } = 3;

    /// <summary>Most words taken after a number as what it counts.</summary>
    public int MaxCountedWords { get; init; } = 3;
}
