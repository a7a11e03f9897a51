using Microsoft.AspNetCore.WebUtilities;

namespace DiploLens.Web.Pages;

/// <summary>Links between pages, built with URL encoding so user text never breaks out of an attribute.</summary>
public static class WorkbenchLinks
{
    public static string Search(string ui, string query, int page = 1) =>
        QueryHelpers.AddQueryString("/", new Dictionary<string, string?> { ["q"] = query, ["ui"] = ui, ["page"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(p => p.Value is not null));

    public static string Article(string ui, long id, string? query = null) =>
        QueryHelpers.AddQueryString($"/articles/{id}", new Dictionary<string, string?> { ["ui"] = ui, ["q"] = query }.Where(p => !string.IsNullOrEmpty(p.Value)));

    public static string Filed(string ui, string kind, string value) => kind switch
    {
        "story" => $"/stories/{Uri.EscapeDataString(value)}?ui={ui}",
        "entity" => $"/entities/{Uri.EscapeDataString(value)}?ui={ui}",
        "topic" => $"/topics/{Uri.EscapeDataString(value)}?ui={ui}",
        _ => Search(ui, $"{kind}:\"{value.Replace("\"", string.Empty, StringComparison.Ordinal)}\""),
    };

    public static string WithUi(HttpRequest request, string ui)
    {
        var query = request.Query.Where(p => p.Key != "ui").ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        query["ui"] = ui;
        return QueryHelpers.AddQueryString(request.Path.HasValue ? request.Path.Value! : "/", query);
    }

    /// <summary>The query with one more filter, for facet links (a value with spaces is quoted).</summary>
    public static string AddFilter(string query, string name, string value)
    {
        var clean = value.Replace("\"", string.Empty, StringComparison.Ordinal);
        var filter = clean.Contains(' ', StringComparison.Ordinal) ? $"{name}:\"{clean}\"" : $"{name}:{clean}";
        return (query.Trim() + " " + filter).Trim();
    }
}
