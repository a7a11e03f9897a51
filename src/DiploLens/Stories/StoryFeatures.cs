namespace DiploLens.Stories;

/// <summary>
/// Feature keys and their kinds. Keys are prefixed strings: knowledge-base and person ids as they are
/// (<c>org:un</c>, <c>person:bui-thanh-son</c>), <c>concept:…</c>, <c>topic:…</c>, <c>fig:ordinal:31</c>,
/// <c>year:2024</c>, <c>day:11-23</c>, <c>acr:apec</c>, <c>term:&lt;lang&gt;:&lt;folded term&gt;</c>.
/// </summary>
public static class StoryFeatures
{
    /// <summary>
    /// Base weight of each kind before rarity: a named person or a forum says more about which event an article
    /// reports than a country or a topic does.
    /// </summary>
    public static double BaseWeight(FeatureKind kind) => kind switch
    {
        FeatureKind.Person => 3.0,
        FeatureKind.Forum => 2.5,
        FeatureKind.Treaty => 2.0,
        FeatureKind.Day => 2.0,
        FeatureKind.Figure => 1.5,
        FeatureKind.Organisation => 1.5,
        FeatureKind.Concept => 1.2,
        FeatureKind.Place => 1.2,
        FeatureKind.Year => 1.0,
        FeatureKind.Acronym => 1.0,
        FeatureKind.Topic => 1.0,
        FeatureKind.Country => 0.8,
        _ => 1.0,
    };

    public static FeatureKind KindOf(string key)
    {
        var colon = key.IndexOf(':');
        var prefix = colon < 0 ? key : key[..colon];
        return prefix switch
        {
            "person" => FeatureKind.Person,
            "country" => FeatureKind.Country,
            "place" => FeatureKind.Place,
            "forum" => FeatureKind.Forum,
            "treaty" => FeatureKind.Treaty,
            "concept" => FeatureKind.Concept,
            "topic" => FeatureKind.Topic,
            "fig" => FeatureKind.Figure,
            "year" => FeatureKind.Year,
            "day" => FeatureKind.Day,
            "acr" => FeatureKind.Acronym,
            "term" => FeatureKind.Term,
            _ => FeatureKind.Organisation,
        };
    }

    /// <summary>The kind for an entity mention's type (<c>person</c>, <c>organisation</c>, <c>forum</c>…).</summary>
    public static FeatureKind KindOfEntityType(string type) => type switch
    {
        "person" => FeatureKind.Person,
        "forum" => FeatureKind.Forum,
        "country" => FeatureKind.Country,
        "place" => FeatureKind.Place,
        "treaty" => FeatureKind.Treaty,
        "concept" => FeatureKind.Concept,
        _ => FeatureKind.Organisation,
    };
}
