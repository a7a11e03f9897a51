namespace DiploLens.Storage;

/// <summary>
/// The per-article values search filters, ranks and facets on: language, publication start, site, and the source and
/// URL lower-cased for <c>source:</c> filters. Every engine reads them with its matches.
/// </summary>
internal sealed record ArticleValues(string Language, DateTime? Published, string Site, string SourceLower, string? UrlLower);
