namespace DiploLens.Evaluation;

/// <summary>One SemEval-2022 Task 8 pair: its id, the two languages and texts, and <c>Overall</c> (1 very similar … 4 very dissimilar).</summary>
public sealed record SimilarityPair(string Id, string Lang1, string Lang2, string Text1, string Text2, double Overall);
