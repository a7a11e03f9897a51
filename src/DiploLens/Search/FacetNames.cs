namespace DiploLens.Search;

/// <summary>The facets a search counts, and the filter each feeds (<c>language</c> → <c>lang:</c>, <c>month</c> → <c>from:/to:</c>).</summary>
public static class FacetNames
{
    public const string Language = "language";
    public const string Source = "source";
    public const string Month = "month";
    public const string Topic = "topic";
    public const string Entity = "entity";

    public static IReadOnlyList<string> All { get; } = [Language, Topic, Entity, Source, Month];

    /// <summary>Values per facet: the most frequent first, then by value.</summary>
    public const int MaxValues = 12;
}
