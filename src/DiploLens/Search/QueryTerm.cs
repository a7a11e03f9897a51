using DiploLens.Analysis;

namespace DiploLens.Search;

/// <summary>
/// One searchable unit of a query: a word, a "phrase" or a prefix* as the user wrote it (NFC), with its folded words.
/// <see cref="Position"/> is the UTF-16 offset in the query text where it began (for error messages and highlighting).
/// <see cref="Expanded"/> marks a label added by cross-language expansion rather than typed.
/// </summary>
public sealed record QueryTerm(string Text, bool IsPhrase, bool IsPrefix, int Position, bool Expanded = false)
{
    /// <summary>The folded words the full-text index is searched for (diacritics removed, đ→d, lower case), split like the index splits text.</summary>
    public IReadOnlyList<string> FoldedWords { get; } = QueryWords.Split(TextFolder.Fold(Text));

    /// <summary>The words in lower case with their diacritics kept: what an exact-diacritic match must contain.</summary>
    public IReadOnlyList<string> ExactWords { get; } = QueryWords.Split(Text.ToLowerInvariant());
}
