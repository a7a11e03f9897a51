using System.Text;
using System.Text.RegularExpressions;

namespace DiploLens.Extraction.Html;

/// <summary>
/// Decodes HTML bytes to NFC text: 1. byte-order mark; 2. the charset the transport declared (HTTP Content-Type); 3. a
/// <c>&lt;meta charset&gt;</c> in the first 4 KB; 4. sniffing (valid UTF-8, else windows-1252). A declared charset the
/// bytes contradict (declared legacy but valid multi-byte UTF-8) is overruled with a warning. Binary data and legacy
/// Vietnamese font encodings (TCVN3/ABC, VNI, VISCII) are refused with <see cref="HtmlExtractionException"/>.
/// </summary>
public static partial class HtmlDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedHtml Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        var decoded = DecodeRaw(bytes, declaredCharset);

        // Text is NFC everywhere in DiploLens (Vietnamese pages sometimes arrive decomposed).
        return decoded.Html.IsNormalized(NormalizationForm.FormC) ? decoded : decoded with { Html = decoded.Html.Normalize(NormalizationForm.FormC) };
    }

    private static DecodedHtml DecodeRaw(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        RefuseBinary(bytes);

        // 1. BOM.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedHtml(Encoding.UTF8.GetString(bytes[3..]), "utf-8", "bom", null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedHtml(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", "bom", null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedHtml(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", "bom", null);
        }

        var isUtf8 = IsValidUtf8(bytes, out var hasMultiByte);

        // 2–3. A declaration from the transport, else from the page itself.
        var (charset, how) = declaredCharset is { Length: > 0 } ? (declaredCharset, "http") : (MetaCharset(bytes), "meta");
        if (charset is not null)
        {
            RefuseLegacyVietnamese(charset);
            var encoding = Resolve(charset);
            if (encoding is null)
            {
                var warning = $"unknown charset '{charset}' declared; decoded as {(isUtf8 ? "utf-8" : "windows-1252")} by sniffing";
                return Sniffed(bytes, isUtf8, warning);
            }

            if (encoding.CodePage != Encoding.UTF8.CodePage && isUtf8 && hasMultiByte)
            {
                return new DecodedHtml(Encoding.UTF8.GetString(bytes), "utf-8", "sniffed", $"declared charset '{charset}' contradicted by valid UTF-8 bytes; decoded as utf-8");
            }

            if (encoding.CodePage == Encoding.UTF8.CodePage && !isUtf8)
            {
                return new DecodedHtml(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252", "sniffed", $"declared charset '{charset}' but the bytes are not valid UTF-8; decoded as windows-1252");
            }

            return new DecodedHtml(encoding.GetString(bytes), encoding.WebName, how, null);
        }

        // 4. Sniffing.
        return Sniffed(bytes, isUtf8, isUtf8 ? null : "no charset declared and the bytes are not UTF-8; decoded as windows-1252");
    }

    private static DecodedHtml Sniffed(ReadOnlySpan<byte> bytes, bool isUtf8, string? warning)
    {
        RefuseLegacyVietnameseFonts(bytes);
        return isUtf8
            ? new DecodedHtml(Encoding.UTF8.GetString(bytes), "utf-8", "sniffed", warning)
            : new DecodedHtml(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252", "sniffed", warning);
    }

    private static Encoding? Resolve(string charset)
    {
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();

        // WHATWG: latin1 and ascii labels mean windows-1252.
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1")
        {
            name = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["c"].Value : null;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out bool hasMultiByte)
    {
        hasMultiByte = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
        if (!hasMultiByte)
        {
            return true;
        }

        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static void RefuseBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        string? kind = head switch
        {
            _ when head.StartsWith("%PDF"u8) => "a PDF document",
            _ when head.StartsWith("PK\u0003\u0004"u8) => "a ZIP archive (or an Office document)",
            _ when head.StartsWith("\u0089PNG"u8) || (head.Length > 3 && head[0] == 0x89 && head[1] == (byte)'P') => "a PNG image",
            _ when head.StartsWith("GIF8"u8) => "a GIF image",
            _ when head.Length > 2 && head[0] == 0xFF && head[1] == 0xD8 => "a JPEG image",
            _ when head.Length > 1 && head[0] == 0x1F && head[1] == 0x8B => "gzip-compressed data",
            _ => null,
        };
        if (kind is null && head.Length > 0 && !head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var controls = 0;
            foreach (var b in head)
            {
                if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B))
                {
                    controls++;
                }
            }

            if (controls > head.Length / 10)
            {
                kind = "binary data";
            }
        }

        if (kind is not null)
        {
            throw new HtmlExtractionException($"not HTML: the content is {kind}.");
        }
    }

    private static void RefuseLegacyVietnamese(string charset)
    {
        var name = charset.Trim().ToLowerInvariant();
        if (name.Contains("tcvn", StringComparison.Ordinal) || name.Contains("vni", StringComparison.Ordinal)
            || name.Contains("viscii", StringComparison.Ordinal) || name.Contains("vps", StringComparison.Ordinal))
        {
            throw new HtmlExtractionException($"unsupported encoding: legacy Vietnamese charset '{charset}' (convert the page to UTF-8 first).");
        }
    }

    private static void RefuseLegacyVietnameseFonts(ReadOnlySpan<byte> bytes)
    {
        // TCVN3 (ABC) and VNI pages carry Vietnamese in Latin-1 bytes and rely on fonts such as .VnTime or VNI-Times.
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 65536)]);
        if (LegacyFontPattern().IsMatch(head))
        {
            throw new HtmlExtractionException("unsupported encoding: the page uses a legacy Vietnamese font encoding (TCVN3/ABC or VNI); convert it to UTF-8 first.");
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<c>[\w:.-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();

    [GeneratedRegex(@"font-family\s*:\s*[""']?(\.Vn[A-Z]|VNI-)|face\s*=\s*[""']?(\.Vn[A-Z]|VNI-)", RegexOptions.IgnoreCase)]
    private static partial Regex LegacyFontPattern();
}
