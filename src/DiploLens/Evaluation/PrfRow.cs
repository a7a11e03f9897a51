namespace DiploLens.Evaluation;

/// <summary>One system's scores on an evaluation: mean precision, mean recall, their F1, and the number of items.</summary>
public sealed record PrfRow(string System, double Precision, double Recall, double F1, int Items);
