namespace DiploLens.Knowledge;

/// <summary>
/// One knowledge-base entry: a stable id (<c>org:un</c>), its type, canonical names by language (vi/fr/en), aliases and
/// acronyms, an optional parent (<c>org:unhrc</c> → <c>org:un</c>), known roles (persons), and where it was read from.
/// </summary>
public sealed record KnowledgeEntity
{
    public required string Id { get; init; }

    public required EntityType Type { get; init; }

    /// <summary>Canonical name per language code; at least one.</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Parent { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary><c>m</c>, <c>f</c> or null when unknown; used to resolve pronouns.</summary>
    public string? Gender { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code for countries.</summary>
    public string? Code { get; init; }

    /// <summary>Data file and 1-based line the entry starts on, for error messages.</summary>
    public required string File { get; init; }

    public required int Line { get; init; }

    /// <summary>The name in <paramref name="language"/>, else English, else any.</summary>
    public string NameIn(string language) =>
        Names.TryGetValue(language, out var name) ? name
        : Names.TryGetValue("en", out var en) ? en
        : Names.Values.First();

    /// <summary>Every written form: canonical names then aliases.</summary>
    public IEnumerable<string> AllForms => Names.Values.Concat(Aliases);
}
