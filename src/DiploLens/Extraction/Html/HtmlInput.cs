namespace DiploLens.Extraction.Html;

/// <summary>
/// Where a page came from: <see cref="Source"/> (a path or URL, for messages and the Document), the page URL if known
/// (URL date patterns, canonical fallback), the charset the transport declared, and a language the source declares.
/// </summary>
public sealed record HtmlInput(string Source, string? Url = null, string? DeclaredCharset = null, string? Language = null);
