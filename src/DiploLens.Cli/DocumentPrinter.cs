using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiploLens.Documents;
using DiploLens.Storage;

namespace DiploLens.Cli;

/// <summary>Plain-text views of a Document for the terminal: the full view of <c>show</c> and the short report of <c>demo</c>.</summary>
internal static class DocumentPrinter
{
    private const int ExcerptLength = 90;

    public static void PrintFull(long id, Document document, TextWriter output)
    {
        var m = document.Metadata;
        output.WriteLine($"Article {id}");
        output.WriteLine($"  source     {m.Source}");
        WriteIf(output, "url", m.Url);
        output.WriteLine($"  title      {m.Title}{(m.TitleDerived ? "  (derived from the lead sentence)" : string.Empty)}");
        output.WriteLine($"  language   {LanguageLine(document)}");
        output.WriteLine($"  published  {PublishedLine(document)}");
        WriteIf(output, "byline", m.Byline);
        WriteIf(output, "translator", m.Translator);
        WriteIf(output, "site", m.SiteName);
        WriteIf(output, "encoding", m.Encoding);
        output.WriteLine($"  hash       {m.ContentHash}");
        output.WriteLine();
        output.WriteLine("Text");
        foreach (var paragraph in document.Get(Layers.Paragraphs))
        {
            var marker = paragraph.Kind == BlockKind.Heading ? "## " : string.Empty;
            output.WriteLine($"  {marker}{document.TextOf(paragraph.Span)}");
            output.WriteLine();
        }

        PrintRemoved(document, output, full: true);
        output.WriteLine("Layers");
        foreach (var (key, value) in document.AllLayers)
        {
            PrintLayer(document, key, value, output);
        }
    }

    public static void PrintReport(long id, string action, Document document, TextWriter output)
    {
        var m = document.Metadata;
        var sentences = document.TryGet(Layers.Sentences, out var s) ? s.Count : 0;
        output.WriteLine($"── {Path.GetFileName(m.Source)}  (article {id}, {action})");
        output.WriteLine($"   title      {m.Title}");
        output.WriteLine($"   language   {LanguageLine(document)}");
        output.WriteLine($"   published  {PublishedLine(document)}");
        WriteIf(output, "translator", m.Translator, indent: "   ");
        output.WriteLine($"   summary    {document.Get(Layers.Paragraphs).Count} paragraphs, {sentences} sentences, {document.Text.Length:N0} characters kept; {document.Removed.Count} boilerplate segments removed");
        PrintKnowledge(document, output);
        PrintRemoved(document, output, full: false);
        output.WriteLine();
    }

    /// <summary>One line per knowledge layer: persons with roles, organisations, quotes with speakers, topics, figures.</summary>
    private static void PrintKnowledge(Document document, TextWriter output)
    {
        if (document.TryGet(Layers.Entities, out var entities))
        {
            var persons = entities.Where(e => e.Type == "person" && e.EntityId is not null).GroupBy(e => e.EntityId!)
                .Select(g => g.SelectMany(e => e.Roles).FirstOrDefault() is { } role ? $"{g.First().Name} ({role})" : g.First().Name);
            var ambiguous = entities.Count(e => e.Type == "person" && e.EntityId is null);
            output.WriteLine($"   persons    {Join(persons)}{(ambiguous > 0 ? $"; {ambiguous} ambiguous reference(s)" : string.Empty)}");
            var others = entities.Where(e => e.Type != "person" && e.EntityId is not null).GroupBy(e => e.EntityId!).Select(g => $"{g.First().Name} [{g.First().Type}]");
            output.WriteLine($"   entities   {Join(others)}");
        }

        if (document.TryGet(Layers.Quotations, out var quotes))
        {
            var bySpeaker = quotes.GroupBy(q => q.Speaker ?? $"unresolved \"{q.SpeakerText}\"")
                .Select(g => $"{g.Key}: {g.Count(q => q.Kind == QuotationKind.Direct)} direct, {g.Count(q => q.Kind == QuotationKind.Reported)} reported");
            output.WriteLine($"   quotes     {Join(bySpeaker)}");
        }

        if (document.TryGet(Layers.Topics, out var topics))
        {
            output.WriteLine($"   topics     {Join(topics.Select(t => $"{t.Name} {t.Score:0.#}"))}");
        }

        if (document.TryGet(Layers.Figures, out var figures))
        {
            output.WriteLine($"   figures    {Join(figures.Select(f => $"“{document.TextOf(f.Span)}”"))}");
        }
    }

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "(none)" : string.Join("; ", list);
    }

    private static void PrintRemoved(Document document, TextWriter output, bool full)
    {
        var indent = full ? "  " : "   ";
        output.WriteLine(full ? "Removed boilerplate" : $"{indent}removed");
        if (document.Removed.Count == 0)
        {
            output.WriteLine($"{indent}  (nothing)");
        }

        foreach (var segment in document.Removed)
        {
            var text = full ? segment.Text.Replace("\n", " ⏎ ", StringComparison.Ordinal) : Excerpt(segment.Text);
            output.WriteLine($"{indent}  {segment.Reason,-22} {Quote(text)}");
        }

        if (full)
        {
            output.WriteLine();
        }
    }

    private static void PrintLayer(Document document, LayerKey key, object value, TextWriter output)
    {
        if (value is IEnumerable items and not string)
        {
            var list = items.Cast<object>().ToList();
            output.WriteLine($"  {key.Name} ({list.Count}){(key.Persisted ? string.Empty : ", not stored")}");
            foreach (var item in list)
            {
                output.WriteLine($"    {DescribeItem(document, item)}");
            }
        }
        else
        {
            output.WriteLine($"  {key.Name}: {DescribeItem(document, value)}");
        }
    }

    /// <summary>A span's text as an excerpt, then the item's other fields as compact JSON.</summary>
    private static string DescribeItem(Document document, object item)
    {
        var node = JsonSerializer.SerializeToNode(item, item.GetType(), DocumentJson.Options) as JsonObject;
        var prefix = string.Empty;
        if (node is not null && item.GetType().GetProperty("Span")?.GetValue(item) is TextSpan span)
        {
            node.Remove("span");
            prefix = $"{span,-12} {Quote(Excerpt(document.TextOf(span)))} ";
        }

        var rest = node is null || node.Count == 0 ? string.Empty : node.ToJsonString(DocumentJson.Options);
        return (prefix + rest).TrimEnd();
    }

    private static string LanguageLine(Document document) =>
        document.TryGet(Layers.Language, out var language)
            ? $"{language.Language} ({language.Confidence:0.00})"
            : $"{DocumentFacts.LanguageOf(document)} (declared; not detected)";

    private static string PublishedLine(Document document) =>
        DocumentFacts.PublishedOf(document) is { } date
            ? $"{date.ToIso()} ({date.Precision.ToString().ToLowerInvariant()} precision, from \"{document.Metadata.DateText}\")"
            : "unknown";

    private static void WriteIf(TextWriter output, string label, string? value, string indent = "  ")
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            output.WriteLine($"{indent}{label,-10} {value}");
        }
    }

    private static string Excerpt(string text)
    {
        var flat = text.Replace('\n', ' ');
        return flat.Length <= ExcerptLength ? flat : flat[..(ExcerptLength - 1)] + "…";
    }

    private static string Quote(string text) => $"“{text}”";
}
