using DiploLens.Documents;

namespace DiploLens.Storage;

/// <summary>
/// The terms saved with an article, read from whatever layers its Document has: the site, the topics of the topics layer
/// and the resolved entities of the entities layer; stories, assigned after saving, write theirs with
/// <see cref="INewsStore.SetTermsAsync"/>.
/// </summary>
public static class ArticleTerms
{
    public const string Source = "source";
    public const string Topic = "topic";
    public const string Entity = "entity";
    public const string Story = "story";

    private static readonly List<Func<Document, IEnumerable<ArticleTerm>>> Extractors = [SiteTerms, TopicTerms, EntityTerms];

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

    /// <summary>Every topic of the topics layer, by topic id.</summary>
    private static IEnumerable<ArticleTerm> TopicTerms(Document document) =>
        document.TryGet(Layers.Topics, out var topics) ? topics.Select(t => new ArticleTerm(Topic, t.Id, t.Name)) : [];

    /// <summary>Every resolved entity of the entities layer, by entity id (org:un, person:bui-thanh-son).</summary>
    private static IEnumerable<ArticleTerm> EntityTerms(Document document) =>
        document.TryGet(Layers.Entities, out var mentions)
            ? mentions.Where(m => m.EntityId is not null).GroupBy(m => m.EntityId!).Select(g => new ArticleTerm(Entity, g.Key, g.First().Name))
            : [];

    private static IEnumerable<ArticleTerm> SiteTerms(Document document)
    {
        var site = SiteOf(document.Metadata.Source, document.Metadata.Url);
        yield return new ArticleTerm(Source, site, site);
    }
}
