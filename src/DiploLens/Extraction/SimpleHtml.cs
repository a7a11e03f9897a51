using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DiploLens.Extraction;

/// <summary>
/// A crude HTML-to-text path used until real main-text extraction exists: drops script, style and comments, turns
/// block tags into line breaks, strips the other tags and decodes entities. Keeps every visible text, navigation included.
/// </summary>
public static partial class SimpleHtml
{
    public static string ToText(string html)
    {
        var withoutHidden = Hidden().Replace(html, " ");
        var withBreaks = BlockTag().Replace(withoutHidden, "\n");
        var stripped = AnyTag().Replace(withBreaks, " ");
        var decoded = WebUtility.HtmlDecode(stripped);
        var builder = new StringBuilder(decoded.Length);
        foreach (var line in decoded.Split('\n'))
        {
            var collapsed = Spaces().Replace(line, " ").Trim();
            if (collapsed.Length > 0)
            {
                builder.Append(collapsed).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>The text of the first <c>&lt;title&gt;</c>, decoded, or null.</summary>
    public static string? Title(string html)
    {
        var match = TitleTag().Match(html);
        return match.Success ? Spaces().Replace(WebUtility.HtmlDecode(match.Groups[1].Value), " ").Trim() : null;
    }

    [GeneratedRegex(@"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"</?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|figure|figcaption|title)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<title\b[^>]*>(.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();
}
