namespace DiploLens.Documents;

/// <summary>How an entity is written at a mention.</summary>
public enum MentionKind
{
    /// <summary>A full name, canonical name, alias or acronym.</summary>
    Name,

    /// <summary>A title or honorific with one name part (Minister Son, ông Sơn, M. Son), resolved within the document.</summary>
    ShortReference,
}
