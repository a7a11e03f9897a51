using System.Diagnostics;
using System.Text.Json;
using DiploLens.Extraction.Html;

namespace DiploLens.Evaluation;

/// <summary>
/// Main-text extraction scored as the scrapinghub benchmark does (<see cref="ShingleScore"/>), for DiploLens and for
/// every peer in <c>peers/*.json</c> on the same pages. Folder layout: <c>ground-truth.json</c> (<c>{id: {articleBody, url}}</c>),
/// <c>html/&lt;id&gt;.html.gz</c>, <c>peers/&lt;tool&gt;.json</c> (<c>{id: {articleBody}}</c>).
/// </summary>
public static class ExtractionEvaluation
{
    public const string SystemName = "DiploLens";

    public static ExtractionReport Run(string dataDirectory, HtmlExtractor extractor)
    {
        var truthPath = Path.Combine(dataDirectory, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            throw new FileNotFoundException($"No ground-truth.json in '{dataDirectory}'.", truthPath);
        }

        var truth = Bodies(truthPath);
        var urls = Urls(truthPath);
        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        var failures = new List<string>();
        long bytes = 0;
        var watch = Stopwatch.StartNew();
        foreach (var id in truth.Keys)
        {
            var page = EvalPages.Read(Path.Combine(dataDirectory, "html"), id + ".html");
            if (page is null)
            {
                failures.Add($"{id}: page missing");
                continue;
            }

            bytes += page.Length;
            try
            {
                predictions[id] = extractor.Extract(page, new HtmlInput(id, urls.GetValueOrDefault(id))).Document.Text;
            }
            catch (HtmlExtractionException e)
            {
                failures.Add($"{id}: {e.Message}");
                predictions[id] = string.Empty;
            }
        }

        watch.Stop();
        var rows = new List<PrfRow> { Score(SystemName, truth, predictions) };
        var peerDirectory = Path.Combine(dataDirectory, "peers");
        if (Directory.Exists(peerDirectory))
        {
            foreach (var file in Directory.GetFiles(peerDirectory, "*.json").Order(StringComparer.Ordinal))
            {
                rows.Add(Score(Path.GetFileNameWithoutExtension(file), truth, Bodies(file)));
            }
        }

        var perPage = truth.Keys.ToDictionary(id => id, id => ShingleScore.Score(truth[id], predictions.GetValueOrDefault(id) ?? string.Empty));
        return new ExtractionReport(rows.OrderByDescending(r => r.F1).ToList(), perPage, failures, truth.Count, bytes, watch.Elapsed);
    }

    private static PrfRow Score(string system, Dictionary<string, string> truth, Dictionary<string, string> predictions)
    {
        double precision = 0, recall = 0;
        foreach (var (id, gold) in truth)
        {
            var (p, r) = ShingleScore.Score(gold, predictions.GetValueOrDefault(id) ?? string.Empty);
            precision += p;
            recall += r;
        }

        precision /= Math.Max(1, truth.Count);
        recall /= Math.Max(1, truth.Count);
        return new PrfRow(system, precision, recall, ShingleScore.F1(precision, recall), truth.Count);
    }

    private static Dictionary<string, string> Bodies(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in json.RootElement.EnumerateObject())
        {
            result[item.Name] = item.Value.ValueKind == JsonValueKind.Object && item.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String
                ? body.GetString()!
                : string.Empty;
        }

        return result;
    }

    private static Dictionary<string, string> Urls(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in json.RootElement.EnumerateObject())
        {
            if (item.Value.ValueKind == JsonValueKind.Object && item.Value.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
            {
                result[item.Name] = url.GetString()!;
            }
        }

        return result;
    }
}
