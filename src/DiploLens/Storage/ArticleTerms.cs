using DiploLens.Documents;

namespace DiploLens.Storage;

/// <summary>
/// The terms saved with an article, read from whatever layers its Document has. This is the hook where the topic and
/// entity layers (issues in progress) add one line each, e.g. <c>Extractors.Add(TopicTerms)</c>; stories, assigned after
/// saving, write theirs with <see cref="INewsStore.SetTermsAsync"/>. Until then only the site is filed.
/// </summary>
public static class ArticleTerms
{
    public const string Source = "source";
    public const string Topic = "topic";
    public const string Entity = "entity";
    public const string Story = "story";

    private static readonly List<Func<Document, IEnumerable<ArticleTerm>>> Extractors = [SiteTerms];

    /// <summary>Registers an extractor (call once at start-up, before any save); it must be pure.</summary>
    public static void Register(Func<Document, IEnumerable<ArticleTerm>> extractor)
    {
        lock (Extractors)
        {
            Extractors.Add(extractor);
        }
    }

    public static IReadOnlyList<ArticleTerm> Of(Document document)
    {
        Func<Document, IEnumerable<ArticleTerm>>[] extractors;
        lock (Extractors)
        {
            extractors = [.. Extractors];
        }

        return extractors.SelectMany(e => e(document)).Distinct().ToList();
    }

    /// <summary>
    /// The site an article comes from: the URL's host without <c>www.</c>; for a source like <c>vntc:123</c> the part
    /// before the colon; for a file its folder's name.
    /// </summary>
    public static string SiteOf(string source, string? url)
    {
        var address = url ?? source;
        if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var host = uri.Host.ToLowerInvariant();
            return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        }

        var colon = source.IndexOf(':', StringComparison.Ordinal);
        if (colon > 1 && !source.Contains('/', StringComparison.Ordinal) && !source.Contains('\\', StringComparison.Ordinal))
        {
            return source[..colon];
        }

        var path = source.Split(".jsonl:", 2)[0];
        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        return string.IsNullOrEmpty(folder) ? path : folder;
    }

    private static IEnumerable<ArticleTerm> SiteTerms(Document document)
    {
        var site = SiteOf(document.Metadata.Source, document.Metadata.Url);
        yield return new ArticleTerm(Source, site, site);
    }
}
