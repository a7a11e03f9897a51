namespace DiploLens.Documents;

/// <summary>
/// A mention of an entity: its span, the entity id (a knowledge-base id such as <c>org:un</c>, or for a discovered
/// person an id derived from the folded name, <c>person:dang-hoang-giang</c>, stable across documents), the type
/// (<c>person</c>, <c>organisation</c>, <c>forum</c>, <c>country</c>, <c>place</c>, <c>treaty</c>) and the canonical name.
/// A short reference that fits several persons has a null <see cref="EntityId"/> and lists them in
/// <see cref="Candidates"/>: ambiguity is stated, not guessed away.
/// </summary>
public sealed record EntityMention(TextSpan Span, string? EntityId, string Type, string Name, MentionKind Kind)
{
    /// <summary>Roles written at this mention: the title before the name and appositions after it.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>For an ambiguous short reference, the ids it could mean.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>True for a person found by title and name rules rather than in the knowledge base.</summary>
    public bool Discovered { get; init; }

    /// <summary><c>m</c>/<c>f</c> when an honorific or the knowledge base says so.</summary>
    public string? Gender { get; init; }
}
