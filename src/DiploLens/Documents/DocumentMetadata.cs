namespace DiploLens.Documents;

/// <summary>What is known about an article apart from its text, as given by the source or found by extraction.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Where the article came from: a file path, <c>file.jsonl:12</c> for a JSON Lines record, or a URL.</summary>
    public required string Source { get; init; }

    /// <summary>The article's URL when the source gives one; the identity used for idempotent ingest.</summary>
    public string? Url { get; init; }

    /// <summary>The title given by the source, or one derived from the lead sentence (see <see cref="TitleDerived"/>).</summary>
    public string? Title { get; init; }

    /// <summary>True when <see cref="Title"/> was derived from the lead sentence rather than given.</summary>
    public bool TitleDerived { get; init; }

    public string? Byline { get; init; }

    /// <summary>The translator named in a credit such as <c>Translated by Tran Hoai</c>.</summary>
    public string? Translator { get; init; }

    public string? SiteName { get; init; }

    /// <summary>The language the source declares (JSON Lines <c>lang</c>, <c>&lt;html lang&gt;</c>); evidence, not a verdict.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>The publication date as written by the source (a <c>date</c> header, a timestamp line, a JSON field).</summary>
    public string? DateText { get; init; }

    /// <summary>The publication date read from <see cref="DateText"/>, if it could be read.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from (e.g. <c>json-ld:datePublished</c>, <c>meta:article:published_time</c>, <c>url</c>), when extraction knows.</summary>
    public string? PublishedSource { get; init; }

    /// <summary>The last-modified date the page states (<c>article:modified_time</c>, JSON-LD <c>dateModified</c>), if any.</summary>
    public PartialDate? Modified { get; init; }

    /// <summary>Where <see cref="Modified"/> came from.</summary>
    public string? ModifiedSource { get; init; }

    public DateTimeOffset? FetchedAt { get; init; }

    /// <summary>SHA-256 (hex) of the normalised input text: NFC, whitespace runs collapsed. Used to recognise re-ingested content.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The encoding the input was decoded with, and any warning about it.</summary>
    public string? Encoding { get; init; }
}
