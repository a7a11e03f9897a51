using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DiploLens.Documents;
using DiploLens.Extraction.Dates;

namespace DiploLens.Extraction.Html;

/// <summary>Finds a page's publication and modification dates from its metadata and markup; each date carries the field it came from.</summary>
internal static partial class HtmlDateFinder
{
    /// <summary>
    /// Publication-date cascade: 1. JSON-LD datePublished (article objects first); 2. meta tags in the order of
    /// <see cref="HtmlRules.PublishedMeta"/>; 3. itemprop=datePublished; 4. <c>&lt;time&gt;</c> (pubdate, or inside the article
    /// header); 5. the URL (<c>/2016/06/23/</c>); 6. elements whose class says date/time/byline; 7. the first full date in
    /// the visible text after the headline. A date after the reference day or before 1995 is rejected at every step.
    /// </summary>
    public static (PartialDate? Date, string? Source, string? Text) FindPublished(
        IDocument page, string? url, Dictionary<string, string> metas, IReadOnlyList<JsonElement> jsonLd, HtmlRules rules, DateParser parser, DateContext context)
    {
        var found = Cascade(page, url, metas, jsonLd, rules, parser, context);

        // A day in the URL is the publisher's local date; a metadata timestamp one day off is usually the same instant in UTC.
        if (found.Date is { } date && url is not null && FromUrl(url, context) is { Precision: >= DatePrecision.Day } fromUrl
            && found.Source != "url" && Math.Abs((DateOnly.FromDateTime(date.Start).DayNumber) - DateOnly.FromDateTime(fromUrl.Start).DayNumber) == 1)
        {
            return (fromUrl, "url", url);
        }

        return found;
    }

    private static (PartialDate? Date, string? Source, string? Text) Cascade(
        IDocument page, string? url, Dictionary<string, string> metas, IReadOnlyList<JsonElement> jsonLd, HtmlRules rules, DateParser parser, DateContext context)
    {
        // A year or month (citation_publication_date "2017", a /2018/07/ URL) is kept while the cascade looks for a day inside it.
        (PartialDate Date, string Source, string? Text)? coarse = null;
        bool Fits(PartialDate date) => coarse is not { } c
            || (date.Year == c.Date.Year && (c.Date.Precision == DatePrecision.Year || date.Month == c.Date.Month));
        PartialDate? Parse(string? value, string source)
        {
            var date = Plausible(parser.ParseValue(value, context), context.Reference);
            if (date is null || !Fits(date))
            {
                return null;
            }

            if (date.Precision < DatePrecision.Day)
            {
                coarse ??= (date, source, value);
                return null;
            }

            return date;
        }

        // 1. JSON-LD.
        foreach (var item in jsonLd.OrderByDescending(HtmlMetadataReader.IsArticle))
        {
            var value = HtmlMetadataReader.StringAt(item, "datePublished") ?? HtmlMetadataReader.StringAt(item, "dateCreated");
            if (Parse(value, "json-ld:datePublished") is { } date)
            {
                return (date, "json-ld:datePublished", value);
            }
        }

        // 2. Meta tags.
        foreach (var name in rules.PublishedMeta)
        {
            if (metas.TryGetValue(name, out var value) && Parse(value, "meta:" + name) is { } date)
            {
                return (date, "meta:" + name, value);
            }
        }

        // 2b. Other meta names that say publication date.
        foreach (var (name, value) in metas)
        {
            if (rules.GenericPublishedMeta.IsMatch(name) && Parse(value, "meta:" + name) is { } date)
            {
                return (date, "meta:" + name, value);
            }
        }

        // 3. Microdata.
        foreach (var element in page.QuerySelectorAll("[itemprop='datePublished'], [itemprop='dateCreated']").Take(5))
        {
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent;
            if (Parse(value, "itemprop:datePublished") is { } date)
            {
                return (date, "itemprop:datePublished", value);
            }
        }

        // 4. <time>: an explicit pubdate first, then the first one with a datetime inside the article or its header.
        var times = page.QuerySelectorAll("time[pubdate], article time[datetime], header time[datetime]").Take(20).ToList();
        foreach (var time in times)
        {
            if (IsModifiedElement(time))
            {
                continue;
            }

            var value = time.GetAttribute("datetime") ?? time.TextContent;
            if (Parse(value, "time") is { } date)
            {
                return (date, "time", value);
            }
        }

        // 5. URL. A day there is final; a month is kept while the page is searched for a day inside that month.
        var fromUrl = url is null ? null : FromUrl(url, context);
        if (fromUrl is not null && Fits(fromUrl))
        {
            if (fromUrl.Precision >= DatePrecision.Day)
            {
                return (fromUrl, "url", url);
            }

            coarse ??= (fromUrl, "url", url);
        }

        // 6. Elements whose class or id says date, then those that often carry one (meta, byline).
        var withClass = page.QuerySelectorAll("[class], [id]").Take(20000).ToList();
        foreach (var pattern in new[] { rules.DateElement, rules.DateElementWeak })
        {
            foreach (var element in withClass)
            {
                if ((!pattern.IsMatch(element.ClassName ?? string.Empty) && !pattern.IsMatch(element.Id ?? string.Empty)) || IsModifiedElement(element))
                {
                    continue;
                }

                var text = HtmlMetadataReader.Clean(element.TextContent);
                if (text is null || text.Length > 300)
                {
                    continue;
                }

                if (FirstFullDate(parser, text, context) is { } date && Fits(date))
                {
                    return (date, "element:" + (element.ClassName ?? element.Id), text);
                }
            }
        }

        // 6b. Any other <time>.
        foreach (var time in page.QuerySelectorAll("time").Take(20))
        {
            var value = time.GetAttribute("datetime") ?? time.TextContent;
            if (!IsModifiedElement(time) && Parse(value, "time") is { } date)
            {
                return (date, "time", value);
            }
        }

        // 7. Visible text after the headline, then anywhere in the page's first 20,000 characters of text.
        var h1 = page.QuerySelector("h1");
        var start = (IElement?)h1?.ParentElement ?? page.Body;
        var near = HtmlMetadataReader.Clean(start?.TextContent);
        if (near is not null && FirstFullDate(parser, near[..Math.Min(near.Length, 3000)], context) is { } nearDate && Fits(nearDate))
        {
            return (nearDate, "text-near-title", null);
        }

        var all = page.Body is null ? null : HtmlMetadataReader.Clean(VisibleText(page.Body));
        if (all is not null && FirstFullDate(parser, all[..Math.Min(all.Length, 20000)], context) is { } anyDate && Fits(anyDate))
        {
            return (anyDate, "text", null);
        }

        return coarse is { } found ? (found.Date, found.Source, found.Text) : (null, null, null);
    }

    /// <summary>Modification-date cascade: 1. JSON-LD dateModified; 2. meta tags in <see cref="HtmlRules.ModifiedMeta"/> order; 3. itemprop=dateModified.</summary>
    public static (PartialDate? Date, string? Source) FindModified(
        IDocument page, Dictionary<string, string> metas, IReadOnlyList<JsonElement> jsonLd, HtmlRules rules, DateParser parser, DateContext context)
    {
        PartialDate? Parse(string? value) => Plausible(parser.ParseValue(value, context), context.Reference);
        foreach (var item in jsonLd.OrderByDescending(HtmlMetadataReader.IsArticle))
        {
            if (Parse(HtmlMetadataReader.StringAt(item, "dateModified")) is { } date)
            {
                return (date, "json-ld:dateModified");
            }
        }

        foreach (var name in rules.ModifiedMeta)
        {
            if (metas.TryGetValue(name, out var value) && Parse(value) is { } date)
            {
                return (date, "meta:" + name);
            }
        }

        var element = page.QuerySelector("[itemprop='dateModified']");
        var text = element?.GetAttribute("content") ?? element?.GetAttribute("datetime") ?? element?.TextContent;
        return Parse(text) is { } modified ? (modified, "itemprop:dateModified") : (null, null);
    }

    private static string VisibleText(IElement body)
    {
        var builder = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(body);
        while (stack.Count > 0 && builder.Length < 200_000)
        {
            var node = stack.Pop();
            if (node is IElement e)
            {
                if (e.LocalName is "script" or "style" or "noscript" or "template")
                {
                    continue;
                }

                for (var i = e.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push(e.ChildNodes[i]);
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                builder.Append(node.TextContent).Append(' ');
            }
        }

        return builder.ToString();
    }

    private static bool IsModifiedElement(IElement element)
    {
        var marker = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty) + " " + (element.GetAttribute("itemprop") ?? string.Empty);
        return ModifiedMarker().IsMatch(marker);
    }

    private static PartialDate? FirstFullDate(DateParser parser, string text, DateContext context) =>
        parser.FindMentions(text, context)
            .Where(m => m.Kind == DateMentionKind.Date && m.Date.Precision >= DatePrecision.Day && !m.Rule.Contains("-year", StringComparison.Ordinal))
            .Select(m => Plausible(m.Date, context.Reference))
            .FirstOrDefault(d => d is not null);

    private static PartialDate? FromUrl(string url, DateContext context)
    {
        var match = UrlDate().Match(url);
        if (!match.Success)
        {
            match = UrlDayFirstDate().Match(url);
            if (!match.Success)
            {
                return null;
            }
        }

        var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (match.Groups["d"].Success)
        {
            var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return Plausible(PartialDate.OfDay(year, month, day), context.Reference);
            }
        }

        return month is >= 1 and <= 12 ? Plausible(PartialDate.OfMonth(year, month), context.Reference) : null;
    }

    private static PartialDate? Plausible(PartialDate? date, DateOnly reference) =>
        date is not null && date.Year >= 1995 && DateOnly.FromDateTime(date.Start) <= reference.AddDays(1) ? date : null;

    [GeneratedRegex(@"[/_-](?<y>(?:199|20[0-3])\d)[/_-]?(?<m>[01]\d)(?:[/_-]?(?<d>[0-3]\d))?(?:[/_.-]|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"[/_-](?<d>[0-3]\d)[-_.](?<m>[01]\d)[-_.](?<y>(?:199|20[0-3])\d)(?:[/_.-]|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UrlDayFirstDate();

    [GeneratedRegex(@"updated|modified|last-?mod|dateModified|cap-?nhat|mise-?a-?jour", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifiedMarker();
}
