namespace DiploLens.Evaluation;

/// <summary>What <see cref="SimilarityEvaluation.Run"/> measured: Pearson with −Overall, same-story ROC AUC, and Pearson per language pair.</summary>
public sealed record SimilarityResult(int Pairs, double Pearson, double SameStoryAuc, int SameStoryPairs, IReadOnlyDictionary<string, (int Pairs, double Pearson)> ByLanguages);
