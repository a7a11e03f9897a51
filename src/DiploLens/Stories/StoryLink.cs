namespace DiploLens.Stories;

/// <summary>
/// Why an article is in its story: the kind of link, the member it was linked to (for a copy, its canonical article),
/// the similarity after time decay, whether the link crosses languages, and the evidence, strongest first.
/// </summary>
public sealed record StoryLink(long ArticleId, int StoryId, LinkKind Kind, long? LinkedTo, double Score, IReadOnlyList<LinkEvidence> Evidence)
{
    /// <summary>The canonical article this one copies, for <see cref="LinkKind.Duplicate"/>; else null.</summary>
    public long? DuplicateOf { get; init; }

    public bool CrossLingual { get; init; }

    /// <summary>Stories folded into this one when this article showed they were one.</summary>
    public IReadOnlyList<int> Merged { get; init; } = [];
}
