namespace DiploLens.Stories;

/// <summary>What a signature feature is; the kind sets its base weight and whether it crosses languages.</summary>
public enum FeatureKind
{
    Person,
    Organisation,
    Forum,
    Country,
    Place,
    Treaty,
    Concept,
    Topic,
    Figure,
    Year,
    Day,
    Acronym,

    /// <summary>A within-language term (<c>term:fr:diplomate</c>); compared only between articles of one language.</summary>
    Term,
}
