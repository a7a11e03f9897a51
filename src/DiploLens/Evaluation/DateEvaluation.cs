using System.Text.Json;
using DiploLens.Documents;
using DiploLens.Extraction.Html;

namespace DiploLens.Evaluation;

/// <summary>
/// Publication-date accuracy on htmldate's evaluation set: <c>gold.json</c> (<c>{url: {file, date}}</c>) and <c>html/&lt;file&gt;.gz</c>.
/// A page counts when its gold date is a day; a prediction is correct when its day equals the gold day. The site language
/// is the page's declared language (<c>und</c> when none).
/// </summary>
public static class DateEvaluation
{
    public static DateReport Run(string dataDirectory, HtmlExtractor extractor)
    {
        var path = Path.Combine(dataDirectory, "gold.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No gold.json in '{dataDirectory}'.", path);
        }

        // The published gold file writes missing dates as a bare NaN (pandas), which is not JSON: read it as null.
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), @":\s*NaN\b", ": null");
        using var json = JsonDocument.Parse(text);
        var rows = new Dictionary<string, (int Pages, int Given, int Correct)>(StringComparer.Ordinal);
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var mistakes = new List<string>();
        foreach (var item in json.RootElement.EnumerateObject())
        {
            if (!item.Value.TryGetProperty("date", out var date) || date.ValueKind != JsonValueKind.String || date.GetString() is not { Length: >= 10 } gold)
            {
                continue;
            }

            var file = item.Value.GetProperty("file").GetString()!;
            var bytes = EvalPages.Read(Path.Combine(dataDirectory, "html"), file);
            if (bytes is null)
            {
                failures.Add($"{file}: page missing");
                continue;
            }

            DocumentMetadata? metadata = null;
            try
            {
                metadata = extractor.Extract(bytes, new HtmlInput(file, item.Name)).Document.Metadata;
            }
            catch (HtmlExtractionException e)
            {
                failures.Add($"{file}: {e.Message}");
            }

            var language = metadata?.DeclaredLanguage ?? "und";
            var published = metadata?.Published;
            var given = published is not null;
            var correct = published is { Precision: >= DatePrecision.Day } && published.ToIso()[..10] == gold[..10];
            if (!correct)
            {
                mistakes.Add($"{file} {gold[..10]} → {published?.ToIso() ?? "none"} ({metadata?.PublishedSource}) {item.Name}");
            }

            if (given)
            {
                var source = published is null ? "none" : SourceKind(metadata!.PublishedSource);
                sources[source] = sources.GetValueOrDefault(source) + 1;
            }

            var row = rows.GetValueOrDefault(language);
            rows[language] = (row.Pages + 1, row.Given + (given ? 1 : 0), row.Correct + (correct ? 1 : 0));
        }

        var byLanguage = rows.Select(r => new DateLanguageRow(r.Key, r.Value.Pages, r.Value.Given, r.Value.Correct)).OrderByDescending(r => r.Pages).ThenBy(r => r.Language, StringComparer.Ordinal).ToList();
        var overall = new DateLanguageRow("all", byLanguage.Sum(r => r.Pages), byLanguage.Sum(r => r.Given), byLanguage.Sum(r => r.Correct));
        return new DateReport(overall, byLanguage, sources, failures, mistakes);
    }

    private static string SourceKind(string? source) => source is null ? "unknown" : source.StartsWith("meta:", StringComparison.Ordinal) ? "meta" : source.StartsWith("element:", StringComparison.Ordinal) ? "element" : source;
}
