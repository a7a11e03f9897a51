namespace DiploLens.Evaluation;

/// <summary>Snippet counts over a set of pages and the scores trafilatura derives from them (micro-averaged).</summary>
public sealed record SnippetRow(string Name, int Items, int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => ShingleScore.F1(Precision, Recall);

    public double Accuracy
    {
        get
        {
            var all = TruePositives + FalseNegatives + FalsePositives + TrueNegatives;
            return all == 0 ? 0 : (double)(TruePositives + TrueNegatives) / all;
        }
    }
}
