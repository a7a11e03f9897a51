using System.Collections.Frozen;

namespace DiploLens.Analysis;

/// <summary>
/// Per-language word lists loaded once from <c>Data/language/&lt;lang&gt;/</c>: abbreviations that do not end a
/// sentence and stopwords. Languages without files get empty lists.
/// </summary>
public sealed class LanguageData
{
    private readonly FrozenDictionary<string, FrozenSet<string>> abbreviations;
    private readonly FrozenDictionary<string, FrozenSet<string>> stopwords;

    public LanguageData(DataFiles files)
    {
        Files = files;
        Languages = ["en", "fr", "vi"];
        abbreviations = Languages.ToFrozenDictionary(l => l, l => Load(files, $"language/{l}/abbreviations.txt", StringComparer.Ordinal));
        stopwords = Languages.ToFrozenDictionary(l => l, l => Load(files, $"language/{l}/stopwords.txt", StringComparer.Ordinal));
        AllAbbreviations = abbreviations.Values.SelectMany(s => s).ToFrozenSet(StringComparer.Ordinal);
    }

    public static LanguageData Embedded { get; } = new(DataFiles.Embedded);

    public DataFiles Files { get; }

    public IReadOnlyList<string> Languages { get; }

    /// <summary>Abbreviations of every language, without their final period (<c>M</c>, <c>Mme</c>, <c>U.N</c>, <c>TS</c>).</summary>
    public FrozenSet<string> AllAbbreviations { get; }

    public FrozenSet<string> AbbreviationsOf(string language) =>
        abbreviations.TryGetValue(language, out var set) ? set : FrozenSet<string>.Empty;

    /// <summary>Stopwords in folded form.</summary>
    public FrozenSet<string> StopwordsOf(string language) =>
        stopwords.TryGetValue(language, out var set) ? set : FrozenSet<string>.Empty;

    private static FrozenSet<string> Load(DataFiles files, string path, StringComparer comparer) =>
        files.ReadLines(path).Select(l => l.TrimEnd('.')).ToFrozenSet(comparer);
}
