namespace DiploLens.Stories;

/// <summary>
/// What story clustering knows of an article: language-independent features (entity, concept and topic ids, figures,
/// years, days, acronyms), within-language terms, its publication interval and a MinHash sketch of its folded text.
/// Rarity is not part of the signature: the clusterer weighs features by the document frequencies it keeps.
/// </summary>
public sealed record ArticleSignature(long ArticleId, string Language, IReadOnlyList<SignatureFeature> Features)
{
    public string Source { get; init; } = "";

    public string? Title { get; init; }

    /// <summary>
    /// First and last instant the publication date can denote (a month-precision date spans the month); null for an
    /// undated article, which the time window and decay leave alone (see <see cref="StoryClusterer"/>).
    /// </summary>
    public DateTime? TimeStart { get; init; }

    public DateTime? TimeEnd { get; init; }

    /// <summary>MinHash of the folded word shingles; empty when the text is too short to shingle.</summary>
    public ulong[] MinHash { get; init; } = [];

    public int ShingleCount { get; init; }
}
