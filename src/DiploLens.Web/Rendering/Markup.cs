using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DiploLens.Documents;
using DiploLens.Search;
using Microsoft.AspNetCore.Html;

namespace DiploLens.Web.Rendering;

/// <summary>
/// Markup from scraped text. Every character of article text goes through <see cref="Encoder"/>;
/// the only tags added are <c>&lt;mark&gt;</c> around highlight spans.
/// </summary>
public static class Markup
{
    /// <summary>Encodes markup-significant characters and leaves Vietnamese and French letters readable in the source.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Markup this application generated itself (charts); never scraped text.</summary>
    public static IHtmlContent Raw(string generated) => new HtmlString(generated);

    public static IHtmlContent Marked(Snippet snippet) => Marked(snippet.Text, snippet.Highlights);

    public static IHtmlContent Marked(string text, IReadOnlyList<TextSpan> highlights)
    {
        var html = new StringBuilder(text.Length + highlights.Count * 13);
        var at = 0;
        foreach (var span in highlights.OrderBy(s => s.Start))
        {
            if (span.Start < at || span.End > text.Length)
            {
                continue;
            }

            html.Append(Encoder.Encode(text[at..span.Start])).Append("<mark>").Append(Encoder.Encode(span.Of(text))).Append("</mark>");
            at = span.End;
        }

        html.Append(Encoder.Encode(text[at..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>Highlights every word of <paramref name="text"/> that matches one of the query's terms folded.</summary>
    public static IReadOnlyList<TextSpan> Matches(string text, IEnumerable<QueryTerm> terms) => SnippetBuilder.Matches(text, terms);
}
