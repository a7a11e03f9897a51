namespace DiploLens.Search;

/// <summary>A query that cannot be parsed; <see cref="Position"/> is the 0-based character offset where the problem is.</summary>
public sealed class QuerySyntaxException(string problem, int position)
    : Exception($"{problem} (at character {position + 1})")
{
    public string Problem { get; } = problem;

    public int Position { get; } = position;
}
