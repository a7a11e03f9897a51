using System.Text.Json;
using System.Text.Json.Nodes;
using DiploLens.Documents;
using DiploLens.Search;
using DiploLens.Storage;
using Microsoft.AspNetCore.Mvc;

namespace DiploLens.Web.Api;

/// <summary>
/// The JSON API. Every list is paged (<c>page</c> from 1, <c>size</c> up to 100); errors are ProblemDetails. Stories,
/// entities and topics read the article terms their layers file; until those layers exist they answer 404 for any id.
/// </summary>
public static class ApiEndpoints
{
    public static void MapApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("DiploLens");
        api.MapGet("/search", SearchAsync).WithName("Search")
            .WithSummary("Search articles with the query language (words, \"phrases\", OR, -exclusion, prefix*, lang: from: to: source: topic: entity: story:).");
        api.MapGet("/articles", ListAsync).WithName("ListArticles").WithSummary("Articles, newest first, with filters.");
        api.MapGet("/articles/{id:long}", GetArticleAsync).WithName("GetArticle")
            .WithSummary("One article: text, removed boilerplate with reasons, metadata, layers, terms, and the marks of its layers.")
            .WithDescription("marks: every quotation, entity mention, date and figure the layers hold, overlapping ones included, in document order: " +
                "kind (quote, entity, date, figure), start and end (UTF-16 offsets into text, end exclusive), text (the characters covered), and the kind's fields: " +
                "quote: quote_kind, speaker_id (when resolved), speaker, speaker_text, cue; entity: entity_id (absent when ambiguous), type, name, mention, roles, candidates; " +
                "date: value (ISO at its precision), until (end of a term), rule; figure: figure_kind, value, upper_value, qualifier, counted.");
        api.MapGet("/trends", TrendAsync).WithName("Trends").WithSummary("Articles per day, week or month for a query, a topic or an entity.");
        api.MapGet("/stories/{id}", StoryAsync).WithName("GetStory").Produces<StoryResponse>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The articles of a story, newest first, each stored link (the member it joined, the score, whether it crosses languages, the shared evidence), and the ids of the stories merged into it.");
        api.MapGet("/entities/{id}", (string id, int? page, int? size, NewsSearch search, CancellationToken ct) =>
            FiledAsync(search, "entity", id, page, size, ct)).WithName("GetEntity").WithSummary("The articles mentioning an entity, newest first.");
        api.MapGet("/topics/{id}", (string id, int? page, int? size, NewsSearch search, CancellationToken ct) =>
            FiledAsync(search, "topic", id, page, size, ct)).WithName("GetTopic").WithSummary("The articles of a topic, newest first.");
        api.MapGet("/quotes", () => TypedResults.Problem(
                title: "Not available yet",
                detail: "Quotations are extracted by the quotation layer, which this build does not have yet.",
                statusCode: StatusCodes.Status501NotImplemented))
            .WithName("Quotes").WithSummary("Quotations (needs the quotation layer).");
    }

    private static async Task<SearchResponse> SearchAsync(
        NewsSearch search, CancellationToken ct, [FromQuery] string? q = null, [FromQuery] int page = 1, [FromQuery] int size = 20, [FromQuery] bool expand = true, [FromQuery] bool facets = true)
    {
        var result = await search.SearchAsync(q, new SearchPaging(page, size) { WithFacets = facets }, expand, ct);
        return new SearchResponse(result.Total, page, size, result.Items.Select(ToItem).ToList(), result.Facets);
    }

    private static async Task<Page<ArticleListItem>> ListAsync(
        INewsStore store, CancellationToken ct, [FromQuery] string? lang = null, [FromQuery] string? from = null, [FromQuery] string? to = null,
        [FromQuery] string? source = null, [FromQuery] int page = 1, [FromQuery] int size = 20)
    {
        var paging = new SearchPaging(page, size);
        var rows = await store.ListAsync(new ArticleQuery
        {
            Language = lang,
            From = Date(from, nameof(from)),
            To = Date(to, nameof(to)),
            Source = source,
            Limit = paging.PageSize,
            Offset = paging.Offset,
        }, ct);
        return new Page<ArticleListItem>(await store.CountAsync(ct), page, size, rows.Select(r => new ArticleListItem(r.Id, r.Title, r.Language, r.Published?.ToIso(), r.Source, r.Url)).ToList());
    }

    private static async Task<IResult> GetArticleAsync(long id, ISearchStore store, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } document)
        {
            return TypedResults.Problem(title: "Not found", detail: $"There is no article {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        var json = DocumentJson.ToJson(document);
        json["id"] = id;
        json["terms"] = new JsonArray((await store.TermsAsync(id, ct)).Select(t => (JsonNode)new JsonObject { ["kind"] = t.Kind, ["value"] = t.Value, ["label"] = t.Label }).ToArray());
        json["marks"] = JsonSerializer.SerializeToNode(TextMarks.Of(document).Select(m => ArticleMarkItem.Of(m, document.Text)).ToList(), DocumentJson.Options);
        return TypedResults.Text(json.ToJsonString(DocumentJson.Options), "application/json; charset=utf-8");
    }

    private static async Task<TrendResponse> TrendAsync(
        NewsSearch search, CancellationToken ct, [FromQuery] string? q = null, [FromQuery] string? topic = null, [FromQuery] string? entity = null,
        [FromQuery] string interval = "month", [FromQuery] bool expand = true)
    {
        var period = interval.ToLowerInvariant() switch
        {
            "day" => TrendInterval.Day,
            "week" => TrendInterval.Week,
            "month" => TrendInterval.Month,
            _ => throw new ArgumentException($"interval must be day, week or month, not '{interval}'.", nameof(interval)),
        };
        var text = string.Join(' ', new[] { q, Filter("topic", topic), Filter("entity", entity) }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new TrendResponse(text, period.ToString().ToLowerInvariant(), await search.TrendAsync(text, period, expand, ct));
    }

    private static async Task<IResult> FiledAsync(NewsSearch search, string kind, string id, int? page, int? size, CancellationToken ct)
    {
        var paging = new SearchPaging(page ?? 1, size ?? 50);
        var result = await search.SearchAsync(Filter(kind, id), paging, expand: false, ct);
        if (result.Total == 0)
        {
            return TypedResults.Problem(title: "Not found", detail: $"No article is filed under {kind} '{id}'.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(new SearchResponse(result.Total, paging.Page, paging.PageSize, result.Items.Select(ToItem).ToList(), result.Facets));
    }

    private static async Task<IResult> StoryAsync(string id, int? page, int? size, NewsSearch search, INewsStore store, CancellationToken ct)
    {
        var paging = new SearchPaging(page ?? 1, size ?? 50);
        var result = await search.SearchAsync(Filter("story", id), paging, expand: false, ct);
        var links = await StoryLinksAsync(store, id, ct);
        if (result.Total == 0 && links.Count == 0)
        {
            return TypedResults.Problem(title: "Not found", detail: $"No article is filed under story '{id}'.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(new StoryResponse(result.Total, paging.Page, paging.PageSize, result.Items.Select(ToItem).ToList(), result.Facets,
            links.Select(StoryLinkItem.Of).ToList(), await MergedStoriesAsync(store, id, ct)));
    }

    /// <summary>The stored links of a story (by article id), read through the library; none for an id that is not a story number.</summary>
    internal static async Task<IReadOnlyList<Stories.StoryLink>> StoryLinksAsync(INewsStore store, string id, CancellationToken ct) =>
        StoryNumber(id) is { } storyId ? (await store.ListStoryAssignmentsAsync(storyId, ct)).Select(Stories.StoryRebuild.ToLink).ToList() : [];

    /// <summary>The ids of the stories merged into a story, ascending; none for an id that is not a story number.</summary>
    internal static async Task<IReadOnlyList<int>> MergedStoriesAsync(INewsStore store, string id, CancellationToken ct) =>
        StoryNumber(id) is { } storyId ? await store.ListMergedStoriesAsync(storyId, ct) : [];

    private static int? StoryNumber(string id) =>
        int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var storyId) ? storyId : null;

    internal static string Filter(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : $"{name}:\"{value.Replace("\"", string.Empty, StringComparison.Ordinal)}\"";

    private static SearchItem ToItem(SearchHit h) =>
        new(h.Id, h.Title, h.Language, h.Published?.ToIso(), h.Snippet.Text, h.Snippet.Highlights.Select(s => new[] { s.Start, s.End }).ToList(), h.StoryId, h.Source, h.Url, h.Score);

    private static PartialDate? Date(string? text, string name) =>
        text is null ? null
        : PartialDate.TryParseIso(text, out var date) ? date
        : throw new ArgumentException($"'{name}' must be a date such as 2023, 2023-12 or 2023-12-05, not '{text}'.", name);
}
