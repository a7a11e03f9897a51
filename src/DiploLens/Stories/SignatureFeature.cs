namespace DiploLens.Stories;

/// <summary>
/// One feature of an article signature: its key (see <see cref="StoryFeatures"/>), kind, the weight it has in this
/// article before rarity (base weight of the kind × 1 + ln(occurrences)), and a display label.
/// </summary>
public sealed record SignatureFeature(string Key, FeatureKind Kind, double Weight, string Label);
