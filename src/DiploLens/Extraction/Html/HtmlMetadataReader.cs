using System.Text.Json;
using AngleSharp.Dom;
using DiploLens.Extraction.Dates;

namespace DiploLens.Extraction.Html;

/// <summary>
/// Reads a page's metadata: title, byline, site name, canonical URL, language hints, dates and images, from JSON-LD,
/// meta tags and markup. Must run before scripts are removed (JSON-LD lives in script elements).
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] ArticleTypes = ["Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle", "AnalysisNewsArticle", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "OpinionNewsArticle"];

    public static HtmlPageMetadata Read(IDocument page, HtmlInput input, HtmlRules rules, DateParser dates, DateOnly reference)
    {
        var metas = MetaValues(page);
        var jsonLd = JsonLdObjects(page);
        var article = jsonLd.FirstOrDefault(IsArticle);
        var lang = Clean(page.DocumentElement?.GetAttribute("lang"))
            ?? Clean(metas.GetValueOrDefault("og:locale"))
            ?? Clean(metas.GetValueOrDefault("content-language"))
            ?? input.Language;
        var siteName = Clean(metas.GetValueOrDefault("og:site_name"))
            ?? Clean(StringAt(article, "publisher", "name"))
            ?? Clean(metas.GetValueOrDefault("application-name"));
        var context = new DateContext(lang, reference);
        var (published, publishedSource, publishedText) = HtmlDateFinder.FindPublished(page, input.Url, metas, jsonLd, rules, dates, context);
        var (modified, modifiedSource) = HtmlDateFinder.FindModified(page, metas, jsonLd, rules, dates, context);
        return new HtmlPageMetadata
        {
            Title = Title(page, metas, article, siteName, rules),
            Byline = Byline(page, metas, article, rules),
            SiteName = siteName,
            CanonicalUrl = Clean(page.QuerySelector("link[rel='canonical']")?.GetAttribute("href")) ?? Clean(metas.GetValueOrDefault("og:url")) ?? input.Url,
            Language = lang,
            Published = published,
            PublishedSource = publishedSource,
            PublishedText = publishedText,
            Modified = modified,
            ModifiedSource = modifiedSource,
            ArticleBody = Clean(StringAt(article, "articleBody")),
            Images = Images(page, metas),
        };
    }

    /// <summary>Meta values by lower-cased name, property or itemprop; the first occurrence wins.</summary>
    public static Dictionary<string, string> MetaValues(IDocument page)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (content is null)
            {
                continue;
            }

            foreach (var attribute in new[] { "name", "property", "itemprop", "http-equiv" })
            {
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    values.TryAdd(key.Trim().ToLowerInvariant(), content);
                }
            }
        }

        return values;
    }

    /// <summary>Every JSON object in the page's JSON-LD scripts, flattened through arrays and <c>@graph</c>.</summary>
    public static IReadOnlyList<JsonElement> JsonLdObjects(IDocument page)
    {
        var result = new List<JsonElement>();
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                var stack = new Stack<JsonElement>();
                stack.Push(json.RootElement.Clone());
                while (stack.Count > 0 && result.Count < 200)
                {
                    var element = stack.Pop();
                    if (element.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in element.EnumerateArray().Reverse())
                        {
                            stack.Push(item);
                        }
                    }
                    else if (element.ValueKind == JsonValueKind.Object)
                    {
                        result.Add(element);
                        if (element.TryGetProperty("@graph", out var graph))
                        {
                            stack.Push(graph);
                        }

                        if (element.TryGetProperty("mainEntity", out var main) && main.ValueKind == JsonValueKind.Object)
                        {
                            stack.Push(main);
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; it is only evidence, so skip it.
            }
        }

        return result;
    }

    public static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        return types.Any(t => ArticleTypes.Contains(t, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The string at a property path; for an array or object, the first string inside (or its <c>name</c>).</summary>
    public static string? StringAt(JsonElement? element, params string[] path)
    {
        if (element is not { } current)
        {
            return null;
        }

        foreach (var name in path)
        {
            if (current.ValueKind == JsonValueKind.Array)
            {
                current = current.EnumerateArray().FirstOrDefault();
            }

            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Array => current.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : StringAt(e, "name")).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)),
            JsonValueKind.Object => StringAt(current, "name"),
            _ => null,
        };
    }

    /// <summary>
    /// The headline. Cascade: 1. the first <c>&lt;h1&gt;</c> whose text is part of the og:title or &lt;title&gt; (the page
    /// repeats its headline); 2. og:title / JSON-LD headline minus the site name; 3. &lt;title&gt; minus the site name; 4. the first h1.
    /// </summary>
    private static string? Title(IDocument page, Dictionary<string, string> metas, JsonElement? article, string? siteName, HtmlRules rules)
    {
        var documentTitle = Clean(page.QuerySelector("title")?.TextContent);
        var ogTitle = Clean(metas.GetValueOrDefault("og:title")) ?? Clean(metas.GetValueOrDefault("twitter:title"));
        var headline = Clean(StringAt(article, "headline"));
        var h1s = page.QuerySelectorAll("h1").Select(h => Clean(h.TextContent)).OfType<string>().Where(t => t.Length >= 3).Take(5).ToList();
        foreach (var h1 in h1s)
        {
            // Blogs put the site name in <h1>; it is also the short part of "Post title | Site".
            if (IsSiteNamePart(h1, siteName, documentTitle ?? ogTitle, rules))
            {
                continue;
            }

            if ((ogTitle?.Contains(h1, StringComparison.OrdinalIgnoreCase) ?? false)
                || (documentTitle?.Contains(h1, StringComparison.OrdinalIgnoreCase) ?? false)
                || (headline?.Contains(h1, StringComparison.OrdinalIgnoreCase) ?? false))
            {
                return h1;
            }
        }

        return StripSiteName(ogTitle, siteName, rules) ?? headline ?? StripSiteName(documentTitle, siteName, rules) ?? h1s.FirstOrDefault();
    }

    private static bool IsSiteNamePart(string candidate, string? siteName, string? title, HtmlRules rules)
    {
        if (siteName is not null && candidate.Equals(siteName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (title is null)
        {
            return false;
        }

        foreach (var separator in rules.TitleSeparators)
        {
            var parts = title.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && (parts[0].Equals(candidate, StringComparison.OrdinalIgnoreCase) || parts[^1].Equals(candidate, StringComparison.OrdinalIgnoreCase))
                && parts.Any(p => p.Length > candidate.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops a site-name part from "Headline | Site": the part equal to the site name, else the shorter outer part when the longest part is long enough to be a headline.</summary>
    internal static string? StripSiteName(string? title, string? siteName, HtmlRules rules)
    {
        if (title is null)
        {
            return null;
        }

        foreach (var separator in rules.TitleSeparators)
        {
            var parts = title.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            if (siteName is not null && parts.Any(p => p.Equals(siteName, StringComparison.OrdinalIgnoreCase)))
            {
                return string.Join(separator, parts.Where(p => !p.Equals(siteName, StringComparison.OrdinalIgnoreCase)));
            }

            var first = parts[0];
            var last = parts[^1];
            if (first.Length >= last.Length && first.Split(' ').Length >= 3)
            {
                return string.Join(separator, parts[..^1]);
            }

            if (last.Length > first.Length && last.Split(' ').Length >= 3)
            {
                return string.Join(separator, parts[1..]);
            }
        }

        return title;
    }

    /// <summary>Byline cascade: 1. JSON-LD author; 2. author meta tags (not URLs); 3. rel=author / itemprop=author; 4. a short element whose class says byline or author.</summary>
    private static string? Byline(IDocument page, Dictionary<string, string> metas, JsonElement? article, HtmlRules rules)
    {
        var candidates = new List<string?> { StringAt(article, "author") };
        candidates.AddRange(rules.AuthorMeta.Select(name => metas.GetValueOrDefault(name)));
        candidates.Add(page.QuerySelector("[itemprop='author'] [itemprop='name']")?.TextContent);
        candidates.Add(page.QuerySelector("[itemprop='author']")?.TextContent);
        candidates.Add(page.QuerySelector("a[rel='author']")?.TextContent);
        foreach (var element in page.QuerySelectorAll("[class], [id]").Take(5000))
        {
            if (rules.BylineElement.IsMatch(element.ClassName ?? string.Empty) || rules.BylineElement.IsMatch(element.Id ?? string.Empty))
            {
                candidates.Add(element.TextContent);
                break;
            }
        }

        foreach (var candidate in candidates)
        {
            var clean = Clean(candidate);
            if (clean is null || clean.Length > 100 || clean.StartsWith("http", StringComparison.OrdinalIgnoreCase) || clean.StartsWith('@'))
            {
                continue;
            }

            foreach (var prefix in new[] { "By ", "by ", "Par ", "par ", "Von ", "von ", "Tác giả:", "Auteur :", "Auteur:" })
            {
                if (clean.StartsWith(prefix, StringComparison.Ordinal))
                {
                    clean = clean[prefix.Length..].Trim();
                }
            }

            if (clean.Length > 1)
            {
                return clean;
            }
        }

        return null;
    }

    private static IReadOnlyList<ImageCaption> Images(IDocument page, Dictionary<string, string> metas)
    {
        var images = new List<ImageCaption>();
        foreach (var figure in page.QuerySelectorAll("figure").Take(100))
        {
            var img = figure.QuerySelector("img");
            var src = img?.GetAttribute("src") ?? img?.GetAttribute("data-src");
            if (src is not null)
            {
                images.Add(new ImageCaption(src, Clean(figure.QuerySelector("figcaption")?.TextContent) ?? Clean(img!.GetAttribute("alt"))));
            }
        }

        if (images.Count == 0 && Clean(metas.GetValueOrDefault("og:image")) is { } og)
        {
            images.Add(new ImageCaption(og, Clean(metas.GetValueOrDefault("og:image:alt"))));
        }

        return images;
    }

    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : System.Net.WebUtility.HtmlDecode(collapsed);
    }
}
