using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DiploLens.Documents;
using DiploLens.Extraction.Dates;

namespace DiploLens.Extraction.Html;

/// <summary>
/// HTML page → Document: decodes, parses with AngleSharp, reads the metadata, finds the main text and keeps its
/// paragraphs, headings and list items; navigation, ads, share bars, comments, related blocks and cookie notices are
/// removed and kept as provenance with their reason. Work is linear in the page size and every walk is iterative, so
/// deeply nested markup cannot overflow the stack. Thread-safe.
/// </summary>
public sealed class HtmlExtractor(HtmlRules rules, DateParser dates, TimeProvider time)
{
    /// <summary>Pages larger than this (UTF-16 chars) are refused rather than risk unbounded memory; 40 M chars ≈ 40 MB of text.</summary>
    public const int MaxChars = 40_000_000;

    private const string BlockTags = "|p|div|section|article|main|header|h1|h2|h3|h4|h5|h6|li|ul|ol|dl|dt|dd|blockquote|pre|table|tr|td|th|tbody|thead|figure|figcaption|address|hr|center|details|summary|body|";

    public static HtmlExtractor Default { get; } = new(HtmlRules.Embedded, DateParser.Default, TimeProvider.System);

    /// <summary>Extracts from raw bytes, decoding them first (see <see cref="HtmlDecoder"/>).</summary>
    /// <exception cref="HtmlExtractionException">Binary content or an unsupported legacy encoding.</exception>
    public HtmlExtraction Extract(ReadOnlySpan<byte> bytes, HtmlInput input)
    {
        var decoded = HtmlDecoder.Decode(bytes, input.DeclaredCharset);
        var encoding = decoded.Warning is null ? $"{decoded.Encoding} ({decoded.How})" : $"{decoded.Encoding} ({decoded.How}; {decoded.Warning})";
        return Extract(decoded.Html, input, encoding);
    }

    /// <summary>Extracts from decoded HTML.</summary>
    public HtmlExtraction Extract(string html, HtmlInput input, string? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > MaxChars)
        {
            throw new HtmlExtractionException($"page too large: {html.Length:N0} characters (limit {MaxChars:N0}).");
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false });
        using var page = parser.ParseDocument(html);
        var reference = DateOnly.FromDateTime(time.GetLocalNow().DateTime);

        // 1. Metadata, while JSON-LD scripts are still in the tree.
        var metadata = HtmlMetadataReader.Read(page, input, rules, dates, reference);

        // 2. Main text.
        var body = page.Body ?? page.DocumentElement;
        var walk = new MainTextWalk(rules, metadata);
        var (text, paragraphs, removed) = body is null ? (string.Empty, [], []) : walk.Run(body);

        var document = new Documents.Document(
            text,
            new DocumentMetadata
            {
                Source = input.Source,
                Url = metadata.CanonicalUrl ?? input.Url,
                Title = metadata.Title,
                Byline = metadata.Byline,
                SiteName = metadata.SiteName,
                DeclaredLanguage = NormaliseLanguage(input.Language ?? metadata.Language),
                DateText = metadata.PublishedText,
                Published = metadata.Published,
                PublishedSource = metadata.PublishedSource,
                Modified = metadata.Modified,
                ModifiedSource = metadata.ModifiedSource,

                // The identity of the article is its extracted text, so the same article saved with different ads is recognised.
                ContentHash = ContentHash.Of(text),
                Encoding = encoding,
            },
            paragraphs,
            removed);
        return new HtmlExtraction(document, metadata);
    }

    private static string? NormaliseLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var code = tag.Trim().Replace('_', '-');
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? code[..dash] : code).ToLowerInvariant();
    }

    internal static bool IsBlock(string tag) => BlockTags.Contains("|" + tag + "|", StringComparison.Ordinal);
}
