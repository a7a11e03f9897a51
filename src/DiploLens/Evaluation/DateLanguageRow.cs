namespace DiploLens.Evaluation;

/// <summary>Publication-date scores for one site language (or <c>all</c>): accuracy = exact day / pages, coverage = pages given a date / pages, precision = exact day / pages given a date.</summary>
public sealed record DateLanguageRow(string Language, int Pages, int Given, int Correct)
{
    public double Accuracy => Pages == 0 ? 0 : (double)Correct / Pages;

    public double Coverage => Pages == 0 ? 0 : (double)Given / Pages;

    public double Precision => Given == 0 ? 0 : (double)Correct / Given;
}
