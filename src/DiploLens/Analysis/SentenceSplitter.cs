using System.Collections.Frozen;
using DiploLens.Documents;

namespace DiploLens.Analysis;

/// <summary>
/// Splits a paragraph into sentences. A sentence ends at '.', '!', '?' or '…' (with any closing quotes and
/// brackets after it) when whitespace and then an upper-case letter, a digit or an opening quote follow, or the
/// paragraph ends. A period does not end a sentence after a known abbreviation (<c>M.</c>, <c>Mme.</c>, <c>U.N.</c>,
/// <c>TS.</c>) or a single capital initial. Numbers such as <c>1.000</c> never split since no space follows the dot.
/// </summary>
public sealed class SentenceSplitter(FrozenSet<string> abbreviations)
{
    private const string Closers = "\"'”’»)]";
    private const string Openers = "\"'“‘«([";

    public List<TextSpan> Split(string text, TextSpan paragraph)
    {
        var sentences = new List<TextSpan>();
        var start = SkipSpace(text, paragraph.Start, paragraph.End);
        var i = start;
        while (i < paragraph.End)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '…')
            {
                var terminator = i;
                var j = i + 1;
                while (j < paragraph.End && (text[j] is '.' or '!' or '?' or '…' or '/' || Closers.Contains(text[j])))
                {
                    j++;
                }

                var next = SkipSpace(text, j, paragraph.End);
                var atEnd = next >= paragraph.End;
                var spaceFollows = next > j;
                if (atEnd || (spaceFollows && StartsSentence(text[next]) && !IsAbbreviation(text, start, terminator)))
                {
                    sentences.Add(new TextSpan(start, TrimEnd(text, start, j)));
                    start = next;
                    i = next;
                    continue;
                }

                i = j;
                continue;
            }

            i++;
        }

        if (start < paragraph.End)
        {
            var end = TrimEnd(text, start, paragraph.End);
            if (end > start)
            {
                sentences.Add(new TextSpan(start, end));
            }
        }

        return sentences;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || Openers.Contains(c) || c == '-' || c == '–';

    /// <summary>True when the word ending just before the period at <paramref name="period"/> is an abbreviation or an initial.</summary>
    private bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        if (text[period] != '.')
        {
            return false;
        }

        var wordStart = period;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && !Openers.Contains(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        var lookup = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) || (word.Length > 1 && char.IsUpper(word[0]) && lookup.Contains(word.ToString().ToLowerInvariant()));
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
