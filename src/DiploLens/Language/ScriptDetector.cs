namespace DiploLens.Language;

/// <summary>Maps characters to their <see cref="WritingScript"/> by Unicode block, and finds the dominant script of a text.</summary>
public static class ScriptDetector
{
    /// <summary>The script of one character; <see cref="WritingScript.None"/> for anything that is not a letter or mark.</summary>
    public static WritingScript Of(char c)
    {
        if (!LanguageFeatures.IsWordChar(c))
        {
            return WritingScript.None;
        }

        return c switch
        {
            < '\u0250' => WritingScript.Latin,
            >= '\u1E00' and < '\u1F00' => WritingScript.Latin,
            >= '\u0300' and < '\u0370' => WritingScript.None, // combining marks follow their base letter
            >= '\u0370' and < '\u0400' => WritingScript.Greek,
            >= '\u1F00' and < '\u2000' => WritingScript.Greek,
            >= '\u0400' and < '\u0530' => WritingScript.Cyrillic,
            >= '\u0530' and < '\u0590' => WritingScript.Armenian,
            >= '\u0590' and < '\u0600' => WritingScript.Hebrew,
            >= '\u0600' and < '\u0780' => WritingScript.Arabic,
            >= '\u08A0' and < '\u0900' => WritingScript.Arabic,
            >= '\uFB50' and < '\uFE00' => WritingScript.Arabic,
            >= '\uFE70' and < '\uFF00' => WritingScript.Arabic,
            >= '\u0900' and < '\u0980' => WritingScript.Devanagari,
            >= '\u0980' and < '\u0A00' => WritingScript.Bengali,
            >= '\u0A00' and < '\u0A80' => WritingScript.Gurmukhi,
            >= '\u0A80' and < '\u0B00' => WritingScript.Gujarati,
            >= '\u0B80' and < '\u0C00' => WritingScript.Tamil,
            >= '\u0C00' and < '\u0C80' => WritingScript.Telugu,
            >= '\u0E00' and < '\u0E80' => WritingScript.Thai,
            >= '\u10A0' and < '\u1100' => WritingScript.Georgian,
            >= '\u1100' and < '\u1200' => WritingScript.Hangul,
            >= '\u3130' and < '\u3190' => WritingScript.Hangul,
            >= '\uAC00' and < '\uD7B0' => WritingScript.Hangul,
            >= '\u3040' and < '\u3100' => WritingScript.Cjk,
            >= '\u3400' and < '\u4DC0' => WritingScript.Cjk,
            >= '\u4E00' and < '\uA000' => WritingScript.Cjk,
            >= '\uF900' and < '\uFB00' => WritingScript.Cjk,
            >= '\uFF66' and < '\uFFA0' => WritingScript.Cjk,
            >= '\u2C60' and < '\u2C80' => WritingScript.Latin,
            >= '\uA720' and < '\uA800' => WritingScript.Latin,
            >= '\uFF21' and < '\uFF5B' => WritingScript.Latin,
            _ => WritingScript.Other,
        };
    }

    /// <summary>The script with the most letters in <paramref name="text"/>, and how many letters the text has in all scripts.</summary>
    public static (WritingScript Script, int Letters) Dominant(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[(int)WritingScript.Other + 1];
        var letters = 0;
        foreach (var c in text)
        {
            var script = Of(c);
            if (script != WritingScript.None)
            {
                counts[(int)script]++;
                letters++;
            }
        }

        var best = WritingScript.None;
        var bestCount = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            // Ties go to the lower enum value, so the result never depends on character order.
            if (counts[i] > bestCount)
            {
                best = (WritingScript)i;
                bestCount = counts[i];
            }
        }

        return (best, letters);
    }
}
