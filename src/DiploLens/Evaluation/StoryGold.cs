namespace DiploLens.Evaluation;

/// <summary>
/// One labelled article of a story evaluation set (JSON Lines: <c>id</c>, <c>url</c>, <c>lang</c>, <c>event</c> the
/// gold story, <c>dup_of</c> the id of the article it copies or null, <c>date</c>, <c>text</c>).
/// </summary>
public sealed record StoryGold(string Id, string? Url, string? Language, string Event, string? DuplicateOf, string? Date, string Text);
