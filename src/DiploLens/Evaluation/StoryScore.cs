namespace DiploLens.Evaluation;

/// <summary>
/// Clustering quality: BCubed precision/recall/F1 (Bagga and Baldwin 1998, averaged over articles), pairwise
/// precision/recall/F1 over all article pairs, the same pairwise figures over cross-lingual pairs only, and
/// near-duplicate pair precision/recall (predicted copy → canonical links against gold <c>dup_of</c>, both read as
/// unordered pairs within a copy group).
/// </summary>
public sealed record StoryScore(
    int Articles,
    int GoldStories,
    int PredictedStories,
    double BCubedPrecision,
    double BCubedRecall,
    double PairPrecision,
    double PairRecall,
    double CrossPrecision,
    double CrossRecall,
    int CrossGoldPairs,
    double DuplicatePrecision,
    double DuplicateRecall,
    int DuplicateGoldPairs)
{
    public double BCubedF1 => F1(BCubedPrecision, BCubedRecall);

    public double PairF1 => F1(PairPrecision, PairRecall);

    public double CrossF1 => F1(CrossPrecision, CrossRecall);

    public static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
