namespace DiploLens.Evaluation;

/// <summary>Accuracy of language identification on one kind of item (sentences, word-pairs, single-words) of one language.</summary>
public sealed record LangIdScore(string Language, string Kind, int Items, int Correct)
{
    /// <summary>Percentage of items whose best candidate is the expected language; 0 when there are no items.</summary>
    public double Accuracy => Items == 0 ? 0 : 100.0 * Correct / Items;
}
