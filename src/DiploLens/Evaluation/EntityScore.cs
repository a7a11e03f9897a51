namespace DiploLens.Evaluation;

/// <summary>Counts for one entity type: predicted entities, gold entities and the matched pairs.</summary>
public sealed record EntityScore(string Type, int Predicted, int Gold, int Matched)
{
    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public EntityScore Add(EntityScore other) => this with { Predicted = Predicted + other.Predicted, Gold = Gold + other.Gold, Matched = Matched + other.Matched };
}
