using System.Globalization;

namespace DiploLens.Search;

/// <summary>
/// Splits text into index words the way the full-text tokenizer does (FTS5 unicode61: runs of letters, digits and
/// combining marks; everything else separates), so a query word maps to exactly the words the index holds.
/// </summary>
public static class QueryWords
{
    public static IReadOnlyList<string> Split(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    public static bool IsWordChar(char c) =>
        c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || char.IsSurrogate(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
