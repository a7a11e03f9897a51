namespace DiploLens.Documents;

/// <summary>What a date mention denotes: one date (at some precision) or a term between two dates (<c>2023-2025</c>).</summary>
public enum DateMentionKind
{
    Date,
    Term,
}
