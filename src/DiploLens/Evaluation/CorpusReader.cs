using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DiploLens.Ingest;

namespace DiploLens.Evaluation;

/// <summary>
/// Reads the third-party corpora under <c>../shared/corpus</c> as raw articles, for benchmarks and evaluations:
/// VNTC (<c>vntc10_train.jsonl.gz</c>: <c>{"id","label","text"}</c>) and MasakhaNEWS (<c>category, headline, text, url</c>
/// TSV whose text may run over several lines).
/// </summary>
public static class CorpusReader
{
    public static IEnumerable<RawArticle> ReadVntc(string path, int limit = int.MaxValue)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var count = 0;
        while (count < limit && reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? string.Empty;
            var id = root.GetProperty("id").GetString();
            count++;
            yield return new RawArticle
            {
                Source = $"vntc:{id}",
                Key = $"vntc:{id}",
                Body = text.Normalize(NormalizationForm.FormC),
                Language = "vi",
                Bytes = Encoding.UTF8.GetByteCount(line),
            };
        }
    }

    public static IEnumerable<RawArticle> ReadMasakhaNews(string path, string language, int limit = int.MaxValue)
    {
        var labels = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(path)!, "labels.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        var lines = File.ReadLines(path).Skip(1);
        var record = new StringBuilder();
        var count = 0;
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && labels.Contains(line[..tab]) && record.Length > 0)
            {
                if (count++ >= limit)
                {
                    yield break;
                }

                yield return ToArticle(record.ToString(), path, language);
                record.Clear();
            }

            record.Append(record.Length > 0 ? "\n" : string.Empty).Append(line);
        }

        if (record.Length > 0 && count < limit)
        {
            yield return ToArticle(record.ToString(), path, language);
        }
    }

    private static RawArticle ToArticle(string record, string path, string language)
    {
        var fields = record.Split('\t');
        var url = fields.Length > 3 ? fields[^1].Trim() : null;
        var text = string.Join('\t', fields.Skip(2).Take(Math.Max(1, fields.Length - 3))).Trim('"', ' ');
        return new RawArticle
        {
            Source = url ?? path,
            Key = url,
            Url = url,
            Title = fields.Length > 1 ? fields[1] : null,
            Body = text.Normalize(NormalizationForm.FormC),
            Language = language,
            Bytes = Encoding.UTF8.GetByteCount(record),
        };
    }
}
