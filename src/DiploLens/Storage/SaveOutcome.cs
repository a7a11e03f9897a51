namespace DiploLens.Storage;

/// <summary>What saving one article did.</summary>
public enum SaveAction
{
    /// <summary>A new article was stored.</summary>
    Added,

    /// <summary>An article with the same key (URL or file) was replaced: its content or its analysis changed.</summary>
    Updated,

    /// <summary>The same content was already stored (same key and hash, or the same content under another key), analysed the same way.</summary>
    Unchanged,
}

/// <summary>The result of saving one article: what happened, the article's id, and why when it was a duplicate.</summary>
public sealed record SaveOutcome(SaveAction Action, long Id, string? Note = null);
