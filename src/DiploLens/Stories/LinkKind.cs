namespace DiploLens.Stories;

/// <summary>How an article came to be in its story.</summary>
public enum LinkKind
{
    /// <summary>The article started the story: no earlier story reached the threshold.</summary>
    New,

    /// <summary>The article joined the story through its most similar member.</summary>
    Joined,

    /// <summary>The article is a near or exact copy of an earlier one (its canonical) and shares its story.</summary>
    Duplicate,
}
