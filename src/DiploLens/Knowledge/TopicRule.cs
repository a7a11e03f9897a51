namespace DiploLens.Knowledge;

/// <summary>
/// One topic of the taxonomy, EMM style: weighted terms (negative weights allowed), <see cref="AllOf"/> groups that must
/// each match at least once (AND), <see cref="NoneOf"/> terms that veto the topic (NOT), proximity rules, and the
/// threshold the score must reach. Terms are any-language phrases matched on folded tokens.
/// </summary>
public sealed record TopicRule
{
    public required string Id { get; init; }

    public required string Group { get; init; }

    public required IReadOnlyDictionary<string, string> Names { get; init; }

    public required double Threshold { get; init; }

    public required IReadOnlyList<(string Term, double Weight)> Terms { get; init; }

    public IReadOnlyList<IReadOnlyList<string>> AllOf { get; init; } = [];

    public IReadOnlyList<string> NoneOf { get; init; } = [];

    public IReadOnlyList<ProximityRule> Near { get; init; } = [];

    /// <summary>The matching key (<see cref="PhraseKey.Of"/>) of each term, computed once at load.</summary>
    public IReadOnlyDictionary<string, string> Keys { get; init; } = new Dictionary<string, string>();

    public required string File { get; init; }

    public required int Line { get; init; }
}
