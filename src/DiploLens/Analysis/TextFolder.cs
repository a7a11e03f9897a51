using System.Globalization;
using System.Text;

namespace DiploLens.Analysis;

/// <summary>
/// Search folding: lower-case, every combining mark removed (Vietnamese tones and vowel marks, French accents),
/// and letters that do not decompose mapped by hand (đ→d, ø→o, ł→l, æ→ae, œ→oe, ß→ss), curly apostrophes to '.
/// For matching and search only, never for display. Offsets are not preserved: one character folds to 0, 1 or 2.
/// </summary>
public static class TextFolder
{
    // Characters up to U+2FFF (Latin, Greek, Cyrillic, combining marks, Vietnamese in Latin Extended Additional,
    // punctuation) are folded through a table built once; above it only lower-casing applies.
    private const int TableLimit = 0x3000;
    private static readonly string[] Table = BuildTable();

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainAsciiLower(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        AppendFolded(text, builder);
        return builder.ToString();
    }

    /// <summary>Folds a slice of text without first copying it to a string; short slices fold on the stack.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        // A character folds to at most two (æ→ae), so twice the length always suffices.
        var buffer = text.Length <= 128 ? stackalloc char[text.Length * 2] : new char[text.Length * 2];
        return new string(buffer[..FoldInto(text, buffer)]);
    }

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="buffer"/> (at least twice the text's length: a character
    /// folds to at most two) and returns the folded length; allocates nothing.
    /// </summary>
    public static int FoldInto(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                buffer[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
            else if (c < TableLimit)
            {
                foreach (var f in Table[c])
                {
                    buffer[length++] = f;
                }
            }
            else
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return length;
    }

    public static void AppendFolded(ReadOnlySpan<char> text, StringBuilder builder)
    {
        foreach (var c in text)
        {
            AppendFolded(c, builder);
        }
    }

    /// <summary>Appends the folded form of one character (nothing for a combining mark).</summary>
    public static void AppendFolded(char c, StringBuilder builder)
    {
        if (c < 0x80)
        {
            builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        }
        else if (c < TableLimit)
        {
            builder.Append(Table[c]);
        }
        else
        {
            builder.Append(char.ToLowerInvariant(c));
        }
    }

    /// <summary>The folded form of one character, as a string (empty for a combining mark).</summary>
    public static string FoldChar(char c) =>
        c < 0x80 ? (c is >= 'A' and <= 'Z' ? ((char)(c + 32)).ToString() : c.ToString())
        : c < TableLimit ? Table[c]
        : char.ToLowerInvariant(c).ToString();

    private static string[] BuildTable()
    {
        var table = new string[TableLimit];
        var special = new Dictionary<char, string>
        {
            ['đ'] = "d", ['Đ'] = "d", ['ð'] = "d", ['Ð'] = "d",
            ['ø'] = "o", ['Ø'] = "o", ['ł'] = "l", ['Ł'] = "l",
            ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe",
            ['ß'] = "ss", ['ı'] = "i",
            ['\u2019'] = "'", ['\u2018'] = "'", ['\u02BC'] = "'",
            ['\u00A0'] = " ",
        };
        for (var i = 0; i < TableLimit; i++)
        {
            var c = (char)i;
            if (special.TryGetValue(c, out var mapped))
            {
                table[i] = mapped;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                table[i] = c.ToString();
                continue;
            }

            var builder = new StringBuilder(2);
            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (!IsMark(d))
                {
                    builder.Append(char.ToLowerInvariant(d));
                }
            }

            table[i] = builder.ToString();
        }

        return table;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsPlainAsciiLower(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 || c is >= 'A' and <= 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
