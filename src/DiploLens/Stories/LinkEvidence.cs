namespace DiploLens.Stories;

/// <summary>
/// One reason for a link: a feature both articles have (<c>person:bui-thanh-son</c>), its kind, display label and the
/// weight it added (the smaller of the two articles' rarity-weighted weights), or for a copy the shingle Jaccard.
/// </summary>
public sealed record LinkEvidence(string Feature, FeatureKind? Kind, string Label, double Weight);
