using System.Text.Json;
using DiploLens.Extraction.Html;

namespace DiploLens.Evaluation;

/// <summary>
/// trafilatura's own evaluation (tests/comparison.py): per page, every <c>with</c> snippet found in the extracted text
/// is a true positive (else a false negative), every <c>without</c> snippet found is a false positive (else a true
/// negative); counts are summed over pages. Whitespace is collapsed on both sides before matching. French pages are
/// those declaring <c>lang="fr…"</c> or served from a <c>.fr</c> host. Folder layout: <c>evaldata.json</c>, <c>html/&lt;file&gt;.gz</c>.
/// </summary>
public static class TrafilaturaEvaluation
{
    public static TrafilaturaReport Run(string dataDirectory, HtmlExtractor extractor)
    {
        var path = Path.Combine(dataDirectory, "evaldata.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No evaldata.json in '{dataDirectory}'.", path);
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var overall = new int[4];
        var french = new int[4];
        int pages = 0, frenchPages = 0, titleItems = 0, titleHits = 0, dateItems = 0, dateHits = 0, dateGiven = 0;
        var failures = new List<string>();
        var mistakes = new List<string>();
        foreach (var item in json.RootElement.EnumerateObject())
        {
            var url = item.Name;
            var entry = item.Value;
            var file = entry.GetProperty("file").GetString()!;
            var bytes = EvalPages.Read(Path.Combine(dataDirectory, "html"), file);
            if (bytes is null)
            {
                failures.Add($"{file}: page missing");
                continue;
            }

            string text;
            Documents.DocumentMetadata? metadata = null;
            try
            {
                var document = extractor.Extract(bytes, new HtmlInput(file, url)).Document;
                text = document.Text;
                metadata = document.Metadata;
            }
            catch (HtmlExtractionException e)
            {
                failures.Add($"{file}: {e.Message}");
                text = string.Empty;
            }

            var counts = Count(Collapse(text), entry);
            if (counts[1] + counts[2] > 0)
            {
                var collapsed = Collapse(text);
                var missing = Snippets(entry, "with").Where(x => !collapsed.Contains(Collapse(x), StringComparison.Ordinal));
                var present = Snippets(entry, "without").Where(x => collapsed.Contains(Collapse(x), StringComparison.Ordinal));
                mistakes.Add($"{file} ({text.Length} chars): missing [{string.Join(" | ", missing)}] present [{string.Join(" | ", present)}]");
            }

            var isFrench = (metadata?.DeclaredLanguage?.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ?? false)
                || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.EndsWith(".fr", StringComparison.OrdinalIgnoreCase));
            pages++;
            Add(overall, counts);
            if (isFrench)
            {
                frenchPages++;
                Add(french, counts);
            }

            if (entry.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } goldTitle)
            {
                titleItems++;
                if (Normalise(goldTitle) == Normalise(metadata?.Title))
                {
                    titleHits++;
                }
                else
                {
                    mistakes.Add($"{file} title: '{goldTitle}' ≠ '{metadata?.Title}'");
                }
            }

            if (entry.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String && date.GetString() is { Length: >= 10 } goldDate)
            {
                dateItems++;
                if (metadata?.Published is { } published)
                {
                    dateGiven++;
                    if (published.Precision >= Documents.DatePrecision.Day && published.ToIso()[..10] == goldDate[..10])
                    {
                        dateHits++;
                    }
                }
            }
        }

        return new TrafilaturaReport(
            Row("all", pages, overall),
            Row("French", frenchPages, french),
            titleItems == 0 ? 0 : (double)titleHits / titleItems,
            titleItems,
            dateItems == 0 ? 0 : (double)dateHits / dateItems,
            dateItems == 0 ? 0 : (double)dateGiven / dateItems,
            dateItems,
            failures,
            mistakes);
    }

    private static SnippetRow Row(string name, int items, int[] c) => new(name, items, c[0], c[1], c[2], c[3]);

    private static void Add(int[] total, int[] counts)
    {
        for (var i = 0; i < 4; i++)
        {
            total[i] += counts[i];
        }
    }

    private static int[] Count(string text, JsonElement entry)
    {
        var counts = new int[4];
        foreach (var snippet in Snippets(entry, "with"))
        {
            counts[text.Contains(Collapse(snippet), StringComparison.Ordinal) ? 0 : 1]++;
        }

        foreach (var snippet in Snippets(entry, "without"))
        {
            counts[text.Contains(Collapse(snippet), StringComparison.Ordinal) ? 2 : 3]++;
        }

        return counts;
    }

    private static IEnumerable<string> Snippets(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!).Where(s => s.Trim().Length > 0)
            : [];

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Normalise(string? text) => text is null ? null : Collapse(text).ToLowerInvariant();
}
