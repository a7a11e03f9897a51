using System.Globalization;

namespace DiploLens.Language;

/// <summary>
/// The features of the language model, shared by the trainer and the detector so both see the same evidence:
/// every word (a run of letters and combining marks, lower-cased) padded with one space on each side yields its
/// character 1- to 5-grams, and the whole word yields one word feature. Features are 32-bit hashes, not strings.
/// </summary>
internal static class LanguageFeatures
{
    /// <summary>Character n-gram orders 1..<see cref="MaxOrder"/> use slots 0..MaxOrder-1; the word feature uses this slot.</summary>
    public const int WordSlot = 5;

    public const int MaxOrder = 5;

    public const int SlotCount = 6;

    /// <summary>Longer letter runs (URLs, repeated characters) are cut into pieces of this length, which bounds the work per word.</summary>
    public const int MaxWordLength = 32;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>True for characters that belong to words: letters and combining marks (Devanagari, Thai and Vietnamese NFD need them).</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Calls <paramref name="sink"/> with (slot, hash) for every feature of <paramref name="text"/>; returns the number of words.</summary>
    public static int Extract<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        Span<char> word = stackalloc char[MaxWordLength + 2];
        var length = 0;
        var words = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (IsWordChar(c) && length < MaxWordLength)
            {
                word[++length] = char.ToLowerInvariant(c);
                continue;
            }

            if (length > 0)
            {
                EmitWord(word[..(length + 2)], length, ref sink);
                words++;
                length = 0;
            }

            if (IsWordChar(c))
            {
                // The run was longer than MaxWordLength: the current character starts the next piece.
                word[++length] = char.ToLowerInvariant(c);
            }
        }

        return words;
    }

    /// <summary>The hash of the character 1-gram of <paramref name="c"/> (lower-cased), as <see cref="Extract{TSink}"/> emits it.</summary>
    public static uint UnigramHash(char c) => Finish((FnvOffset ^ char.ToLowerInvariant(c)) * FnvPrime, 1, 0);

    /// <summary>The slot a feature hash belongs to: kept in its low three bits.</summary>
    public static int SlotOf(uint hash) => (int)(hash & 7);

    private static void EmitWord<TSink>(Span<char> padded, int length, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        padded[0] = ' ';
        padded[length + 1] = ' ';
        var total = length + 2;
        for (var start = 0; start < total; start++)
        {
            var hash = FnvOffset;
            var max = Math.Min(MaxOrder, total - start);
            for (var n = 1; n <= max; n++)
            {
                hash = (hash ^ padded[start + n - 1]) * FnvPrime;
                if (n == 1 && padded[start] == ' ')
                {
                    // A lone pad says nothing about the language.
                    continue;
                }

                sink.Add(n - 1, Finish(hash, n, n - 1));
            }
        }

        var wordHash = FnvOffset ^ 0x5bd1e995u;
        for (var i = 1; i <= length; i++)
        {
            wordHash = (wordHash ^ padded[i]) * FnvPrime;
        }

        sink.Add(WordSlot, Finish(wordHash, 7, WordSlot));
    }

    // FNV-1a alone mixes the last characters poorly; a final avalanche keeps the sorted keys evenly spread. The low
    // three bits carry the slot, so the model can precompute each entry's score against its slot's unknown cost.
    private static uint Finish(uint hash, int salt, int slot)
    {
        hash ^= (uint)salt * 0x9E3779B9u;
        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return (hash & ~7u) | (uint)slot;
    }
}

/// <summary>Receives features from <see cref="LanguageFeatures.Extract{TSink}"/>.</summary>
internal interface IFeatureSink
{
    void Add(int slot, uint hash);
}
