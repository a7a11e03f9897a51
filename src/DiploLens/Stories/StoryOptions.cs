namespace DiploLens.Stories;

/// <summary>
/// Every threshold of near-duplicate detection and story clustering. Defaults are the values measured in
/// <c>docs/stories.md</c> (seeds, the fixture set and the UCI headlines).
/// </summary>
public sealed record StoryOptions
{
    public static StoryOptions Default { get; } = new();

    /// <summary>Words per shingle for near-duplicate detection (folded text). Three keeps small edits from hiding a copy.</summary>
    public int ShingleWords { get; init; } = 3;

    /// <summary>MinHash values per article; must equal <see cref="Bands"/> × <see cref="RowsPerBand"/>.</summary>
    public int MinHashCount => Bands * RowsPerBand;

    /// <summary>LSH bands; with <see cref="RowsPerBand"/> = 4 and 32 bands a pair with Jaccard 0.5 becomes a candidate with probability 0.87.</summary>
    public int Bands { get; init; } = 32;

    public int RowsPerBand { get; init; } = 4;

    /// <summary>Estimated shingle Jaccard at or above which two articles are near-duplicates (one a copy of the other).</summary>
    public double NearDuplicateJaccard { get; init; } = 0.5;

    /// <summary>Estimated Jaccard at or above which a copy is called exact (same text, other site or boilerplate).</summary>
    public double ExactDuplicateJaccard { get; init; } = 0.97;

    /// <summary>Articles with fewer shingles than this are never called duplicates (headlines repeat by chance).</summary>
    public int MinShinglesForDuplicate { get; init; } = 8;

    /// <summary>Similarity needed to join a story with an article in the same language.</summary>
    public double JoinThreshold { get; init; } = 0.22;

    /// <summary>Similarity needed to join a story through a member in another language (language-independent evidence only).</summary>
    public double CrossLingualJoinThreshold { get; init; } = 0.22;

    /// <summary>Share of the within-language term similarity in the same-language score; the rest is the signature score.</summary>
    public double TermShare { get; init; } = 0.85;

    /// <summary>Two stories that both reach this similarity with the article being added are merged.</summary>
    public double MergeThreshold { get; init; } = 0.6;

    /// <summary>Dated articles further apart than this (days, between date intervals) are never linked.</summary>
    public double WindowDays { get; init; } = 21;

    /// <summary>
    /// When either article is undated, two articles that both name years (outside ranges) and share none are not linked.
    /// </summary>
    public bool UndatedYearConflict { get; init; } = true;

    /// <summary>Half-life (days) of the similarity decay with the time between an article and a story.</summary>
    public double DecayHalfLifeDays { get; init; } = 10;

    /// <summary>Most signature features of an article used to look up candidate stories (rarest first).</summary>
    public int MaxQueryFeatures { get; init; } = 24;

    /// <summary>Most recent stories read from each posting list; bounds the cost per article as the archive grows.</summary>
    public int MaxPostingsScanned { get; init; } = 64;

    /// <summary>
    /// Most entries of an in-memory posting log read back to find its <see cref="MaxPostingsScanned"/> most recent
    /// distinct stories (a log repeats a story each time other stories touched the feature in between).
    /// </summary>
    public int MaxPostingLogRead { get; init; } = 1024;

    /// <summary>Most candidate stories scored per article.</summary>
    public int MaxCandidates { get; init; } = 24;

    /// <summary>Most recent members of a story compared with a new article.</summary>
    public int MaxMembersCompared { get; init; } = 16;

    /// <summary>Within-language terms kept per article (most frequent after stopwords).</summary>
    public int MaxTerms { get; init; } = 60;

    /// <summary>Evidence items kept per link, strongest first.</summary>
    public int MaxEvidence { get; init; } = 12;
}
