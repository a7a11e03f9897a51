using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiploLens.Documents;
using DiploLens.Extraction;
using DiploLens.Extraction.Dates;
using DiploLens.Extraction.Html;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Stages.Dates;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens extract FILE [--json]</c>: title, byline, dates and main text of one HTML page or text file.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An HTML page (.html, .htm, .xhtml; .gz allowed) or a text file." };
        var json = new Option<bool>("--json") { Description = "Print title, author, published, modified, language, text and removed blocks as JSON." };
        var command = new Command("extract", "Extract the article of one page or text file: title, byline, dates and main text.") { file, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"error: '{path}' does not exist.");
                return ExitCodes.SomeInputsFailed;
            }

            Document document;
            try
            {
                document = ExtractFile(path);
            }
            catch (HtmlExtractionException e)
            {
                Console.Error.WriteLine($"error: {path}: {e.Message}");
                return ExitCodes.SomeInputsFailed;
            }

            // The language decides day/month order and month names for the dates, so it runs first.
            StageCatalog.Default.Create(Stages.Language.LanguageStage.StageName, StageContext.Default).Process(document);
            var dates = new DateStage(DateParser.Default, TimeProvider.System).Find(document);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(ToJson(document, dates).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            }
            else
            {
                Print(document, dates);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>HTML by extension (or by content, for a .gz or extension-less file starting with markup); anything else as a text article.</summary>
    internal static Document ExtractFile(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var bytes = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Gunzip(path) : File.ReadAllBytes(path);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension is ".html" or ".htm" or ".xhtml")
        {
            return HtmlExtractor.Default.Extract(bytes, new HtmlInput(path)).Document;
        }

        var decoded = TextDecoder.Decode(bytes);
        return TextArticleExtractor.Default.Extract(new RawArticle { Source = path, Body = decoded.Text, Encoding = decoded.Encoding, Bytes = bytes.Length });
    }

    private static byte[] Gunzip(string path)
    {
        using var input = File.OpenRead(path);
        using var gzip = new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    private static JsonObject ToJson(Document document, DateAnnotation dates)
    {
        var metadata = document.Metadata;
        var published = dates.Published;
        return new JsonObject
        {
            ["source"] = metadata.Source,
            ["url"] = metadata.Url,
            ["title"] = metadata.Title,
            ["author"] = metadata.Byline,
            ["site"] = metadata.SiteName,
            ["published"] = published is null ? null : new JsonObject
            {
                ["date"] = published.Date.ToIso(),
                ["precision"] = published.Date.Precision.ToString().ToLowerInvariant(),
                ["source"] = published.Source,
                ["rule"] = published.Rule,
                ["evidence"] = published.Evidence is { } span ? document.TextOf(span) : metadata.DateText,
            },
            ["modified"] = dates.Modified is null ? null : new JsonObject
            {
                ["date"] = dates.Modified.Date.ToIso(),
                ["precision"] = dates.Modified.Date.Precision.ToString().ToLowerInvariant(),
                ["source"] = dates.Modified.Rule,
            },
            ["language"] = DocumentFacts.LanguageOf(document),
            ["encoding"] = metadata.Encoding,
            ["text"] = document.Text,
            ["paragraphs"] = new JsonArray(document.Get(Layers.Paragraphs).Select(p => (JsonNode)new JsonObject { ["kind"] = p.Kind.ToString().ToLowerInvariant(), ["start"] = p.Span.Start, ["end"] = p.Span.End }).ToArray()),
            ["mentions"] = new JsonArray(dates.Mentions.Select(m => (JsonNode)new JsonObject
            {
                ["text"] = document.TextOf(m.Span),
                ["date"] = m.End is null ? m.Date.ToIso() : $"{m.Date.ToIso()}/{m.End.ToIso()}",
                ["precision"] = m.Date.Precision.ToString().ToLowerInvariant(),
                ["kind"] = m.Kind.ToString().ToLowerInvariant(),
                ["rule"] = m.Rule,
            }).ToArray()),
            ["removed"] = new JsonArray(document.Removed.Select(r => (JsonNode)new JsonObject { ["reason"] = r.Reason, ["rule"] = r.Rule, ["text"] = r.Text, ["anchor"] = r.Anchor }).ToArray()),
        };
    }

    private static void Print(Document document, DateAnnotation dates)
    {
        var metadata = document.Metadata;
        var output = new StringBuilder();
        output.AppendLine($"Title:     {metadata.Title ?? "(none)"}");
        output.AppendLine($"Byline:    {metadata.Byline ?? "(none)"}");
        output.AppendLine($"Published: {(dates.Published is { } p ? $"{p.Date.ToIso()} ({p.Date.Precision.ToString().ToLowerInvariant()}, {p.Source}: {p.Rule})" : "unknown")}");
        output.AppendLine($"Modified:  {(dates.Modified is { } m ? $"{m.Date.ToIso()} ({m.Rule})" : "unknown")}");
        output.AppendLine($"Language:  {DocumentFacts.LanguageOf(document)}");
        if (dates.Mentions.Count > 0)
        {
            output.AppendLine($"Dates:     {string.Join("; ", dates.Mentions.Take(12).Select(x => $"{document.TextOf(x.Span)} → {(x.End is null ? x.Date.ToIso() : x.Date.ToIso() + "/" + x.End.ToIso())}"))}");
        }

        output.AppendLine($"Removed:   {document.Removed.Count} blocks ({string.Join(", ", document.Removed.GroupBy(r => r.Reason).Select(g => $"{g.Key} {g.Count()}"))})");
        output.AppendLine();
        output.AppendLine(document.Text);
        Console.Out.Write(output.ToString());
    }
}
