using System.Globalization;
using DiploLens.Documents;

namespace DiploLens.Analysis;

/// <summary>
/// Splits text into word tokens: runs of letters, combining marks and digits. A '.' or ',' between two digits
/// stays inside the number (<c>1.000</c>, <c>3,5</c>); apostrophes and hyphens separate words (<c>l’ONU</c> → l, ONU).
/// </summary>
public static class Tokenizer
{
    public static List<TextSpan> Tokenize(string text, TextSpan within)
    {
        var spans = new List<TextSpan>();
        var i = within.Start;
        var end = within.End;
        while (i < end)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < end)
            {
                var c = text[i];
                if (IsWordChar(c))
                {
                    i++;
                }
                else if ((c == '.' || c == ',') && i + 1 < end && i > start && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            spans.Add(new TextSpan(start, i));
        }

        return spans;
    }

    public static List<TextSpan> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        if (char.IsSurrogate(c))
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber => true,
            _ => false,
        };
    }
}
