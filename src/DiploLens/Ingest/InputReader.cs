using System.Text;
using System.Text.Json;

namespace DiploLens.Ingest;

/// <summary>
/// Reads the inputs named on a command line: text files (<c>.txt</c>), HTML pages (<c>.html</c>, <c>.htm</c>),
/// JSON Lines dumps (<c>.jsonl</c>, <c>.ndjson</c>: one article a line with <c>url</c>, <c>title</c>, <c>text</c> or
/// <c>html</c>, optional <c>date</c>, <c>lang</c>, <c>source</c>), folders (recursively, in ordinal path order) and
/// <c>-</c> for standard input (JSON Lines when every line is a JSON object, text otherwise). Every problem becomes a
/// failure naming the file (and line) and the reading goes on with the next input.
/// </summary>
public sealed class InputReader(long maxInputBytes, Func<Stream>? standardInput = null)
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text" };
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };
    private static readonly HashSet<string> JsonLinesExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };

    /// <summary>Total size in bytes of the named files and folders, for progress; unknown parts (stdin) count 0.</summary>
    public static long MeasureBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                total += new FileInfo(path).Length;
            }
            else if (Directory.Exists(path))
            {
                total += EnumerateFolder(path).Sum(f => SafeLength(f));
            }
        }

        return total;
    }

    public IEnumerable<InputItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var item in ReadStandardInput())
                {
                    yield return item;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in EnumerateFolder(path))
                {
                    foreach (var item in ReadFile(file, explicitlyNamed: false))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path, explicitlyNamed: true))
                {
                    yield return item;
                }
            }
            else
            {
                yield return InputItem.Fail(path, "no such file or folder");
            }
        }
    }

    private static IEnumerable<string> EnumerateFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => IsSupported(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsSupported(string extension) =>
        TextExtensions.Contains(extension) || HtmlExtensions.Contains(extension) || JsonLinesExtensions.Contains(extension);

    private static long SafeLength(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private IEnumerable<InputItem> ReadFile(string path, bool explicitlyNamed)
    {
        var extension = Path.GetExtension(path);
        if (JsonLinesExtensions.Contains(extension))
        {
            foreach (var item in ReadJsonLinesFile(path))
            {
                yield return item;
            }

            yield break;
        }

        if (explicitlyNamed && !IsSupported(extension))
        {
            yield return InputItem.Fail(path, $"unsupported file type '{extension}' (expected .txt, .html, .htm or .jsonl)");
            yield break;
        }

        yield return ReadWholeFile(path, HtmlExtensions.Contains(extension) ? InputFormat.Html : InputFormat.Text);
    }

    private InputItem ReadWholeFile(string path, InputFormat format)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxInputBytes)
            {
                return InputItem.Fail(path, $"file is {Megabytes(length)}, over the {Megabytes(maxInputBytes)} limit (--max-size)");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputItem.Fail(path, $"cannot read: {e.Message}");
        }

        try
        {
            // HTML declares its charset (meta, BOM) and may be binary under an .html name: the HTML decoder knows both.
            var (text, encoding) = format == InputFormat.Html ? DecodeHtml(bytes) : DecodeText(bytes);
            var full = Path.GetFullPath(path);
            return InputItem.Of(new RawArticle
            {
                Source = path,
                Key = "file:" + full,
                Body = text,
                Format = format,
                Encoding = encoding,
                Bytes = bytes.Length,
            });
        }
        catch (InputException e)
        {
            return InputItem.Fail(path, e.Message);
        }
        catch (Extraction.Html.HtmlExtractionException e)
        {
            return InputItem.Fail(path, e.Message);
        }
    }

    private static (string Text, string Encoding) DecodeText(byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        return (decoded.Text, decoded.Warning is null ? decoded.Encoding : $"{decoded.Encoding} ({decoded.Warning})");
    }

    private static (string Text, string Encoding) DecodeHtml(byte[] bytes)
    {
        var decoded = Extraction.Html.HtmlDecoder.Decode(bytes);
        return (decoded.Html, decoded.Warning is null ? $"{decoded.Encoding} ({decoded.How})" : $"{decoded.Encoding} ({decoded.How}; {decoded.Warning})");
    }

    private IEnumerable<InputItem> ReadJsonLinesFile(string path)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputItem.Fail(path, $"cannot read: {e.Message}")];
        }

        return ReadJsonLines(stream, path);
    }

    private IEnumerable<InputItem> ReadJsonLines(Stream stream, string path)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        var any = false;
        while (true)
        {
            string? line;
            string? readError = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (IOException e)
            {
                line = null;
                readError = e.Message;
            }

            if (readError is not null)
            {
                yield return InputItem.Fail($"{path}:{lineNumber + 1}", $"cannot read: {readError}");
                yield break;
            }

            if (line is null)
            {
                break;
            }

            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            any = true;
            yield return ParseJsonLine(line, $"{path}:{lineNumber}");
        }

        if (!any)
        {
            yield return InputItem.Fail(path, "empty file (no JSON Lines records)");
        }
    }

    private InputItem ParseJsonLine(string line, string source)
    {
        if (line.Length * 2L > maxInputBytes)
        {
            return InputItem.Fail(source, $"record is over the {Megabytes(maxInputBytes)} limit (--max-size)");
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InputItem.Fail(source, $"line is JSON but not an object (found {root.ValueKind})");
            }

            var text = StringField(root, "text");
            var html = StringField(root, "html");
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
            {
                return InputItem.Fail(source, "record has no 'text' or 'html' field with content");
            }

            var url = StringField(root, "url");
            var body = (string.IsNullOrWhiteSpace(text) ? html! : text).Replace("\r\n", "\n", StringComparison.Ordinal);
            return InputItem.Of(new RawArticle
            {
                Source = url ?? source,
                Key = string.IsNullOrWhiteSpace(url) ? null : url,
                Url = url,
                Title = StringField(root, "title"),
                Body = body.IsNormalized(NormalizationForm.FormC) ? body : body.Normalize(NormalizationForm.FormC),
                Format = string.IsNullOrWhiteSpace(text) ? InputFormat.Html : InputFormat.Text,
                DateText = StringField(root, "date"),
                Language = StringField(root, "lang"),
                SiteName = StringField(root, "source"),
                Encoding = "utf-8",
                Bytes = Encoding.UTF8.GetByteCount(line),
            });
        }
        catch (JsonException e)
        {
            return InputItem.Fail(source, $"line is not valid JSON: {e.Message}");
        }
    }

    private static string? StringField(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private IEnumerable<InputItem> ReadStandardInput()
    {
        var input = standardInput?.Invoke() ?? Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.Length > maxInputBytes && !LooksLikeJsonLines(bytes))
        {
            return [InputItem.Fail("-", $"standard input is {Megabytes(bytes.Length)}, over the {Megabytes(maxInputBytes)} limit (--max-size)")];
        }

        if (LooksLikeJsonLines(bytes))
        {
            return ReadJsonLines(new MemoryStream(bytes), "-").ToList();
        }

        try
        {
            var decoded = TextDecoder.Decode(bytes);
            return [InputItem.Of(new RawArticle { Source = "-", Body = decoded.Text, Encoding = decoded.Encoding, Bytes = bytes.Length })];
        }
        catch (InputException e)
        {
            return [InputItem.Fail("-", e.Message)];
        }
    }

    private static bool LooksLikeJsonLines(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 0 && lines.All(l => l.StartsWith('{') && l.EndsWith('}'));
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
