namespace DiploLens.Storage;

/// <summary>
/// An article's place in the stories, as stored in <c>story_articles</c>: its story, how it was linked
/// (<c>new</c>, <c>joined</c>, <c>duplicate</c>), the member it was linked to, the canonical article it copies, the
/// similarity, whether the link crosses languages, and the evidence as JSON (an array of
/// <c>{feature, kind, label, weight}</c>).
/// </summary>
public sealed record StoryAssignment(long ArticleId, int StoryId, string Link, long? LinkedTo, long? DuplicateOf, double Score, bool CrossLingual, string EvidenceJson);
