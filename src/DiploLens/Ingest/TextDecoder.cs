using System.Text;

namespace DiploLens.Ingest;

/// <summary>
/// Turns input bytes into text. The cascade: (1) refuse empty input; (2) refuse known binary formats by their magic
/// bytes, and any input with NUL bytes and no UTF-16 byte-order mark; (3) honour a UTF-8/UTF-16 BOM; (4) strict UTF-8;
/// (5) otherwise windows-1252, with a warning naming the first invalid byte — unless the result is mostly control
/// characters, which means binary. The text is normalised to NFC with line ends as '\n'.
/// </summary>
public static class TextDecoder
{
    private static readonly (byte[] Magic, string Name)[] BinarySignatures =
    [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ("%PDF"u8.ToArray(), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive (or DOCX/XLSX)"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ("RIFF"u8.ToArray(), "RIFF media file"),
        ([0xD0, 0xCF, 0x11, 0xE0], "legacy Office document"),
        ("SQLite format 3"u8.ToArray(), "SQLite database"),
    ];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            throw new InputException("empty file (0 bytes)");
        }

        foreach (var (magic, name) in BinarySignatures)
        {
            if (bytes.StartsWith(magic))
            {
                throw new InputException($"binary file ({name}), not text");
            }
        }

        string text;
        string encoding;
        string? warning = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8(bytes[3..], out warning);
            encoding = "utf-8 (BOM)";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
            encoding = "utf-16le (BOM)";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
            encoding = "utf-16be (BOM)";
        }
        else
        {
            if (bytes.IndexOf((byte)0) >= 0)
            {
                throw new InputException($"binary file (NUL byte at offset {bytes.IndexOf((byte)0)}), not text");
            }

            text = DecodeUtf8(bytes, out warning);
            encoding = warning is null ? "utf-8" : "windows-1252";
        }

        if (warning is not null && ControlCharacterRatio(text) > 0.05)
        {
            throw new InputException("binary file (not valid UTF-8 and mostly control characters), not text");
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException("no text (the file holds only whitespace)");
        }

        return new DecodedText(text, encoding, warning);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, out string? warning)
    {
        try
        {
            warning = null;
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : FirstInvalidUtf8(bytes);
            warning = $"not valid UTF-8 (first invalid byte at offset {offset}); decoded as windows-1252";
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }

    private static double ControlCharacterRatio(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
            {
                controls++;
            }
        }

        return (double)controls / text.Length;
    }
}
