using System.Collections.Frozen;
using DiploLens.Analysis;

namespace DiploLens.Knowledge;

/// <summary>
/// What the figure finder knows, from <c>knowledge/figures.json</c>: qualifiers before a number (over, plus de, hơn),
/// ordinal suffixes (31e, 21st), percent words, month names (a number beside one is a date, not a figure), words that
/// end what a number counts, and words that make the next number an identifier (Directive 15).
/// </summary>
public sealed class FigureRules
{
    public const string Path = "knowledge/figures.json";

    private FigureRules(PhraseTrie<string> qualifiers, FrozenSet<string> ordinalSuffixes, FrozenSet<string> percentWords, FrozenSet<string> months, FrozenSet<string> datePrefixes, FrozenSet<string> stopWords, FrozenSet<string> identifierHeads)
    {
        Qualifiers = qualifiers;
        OrdinalSuffixes = ordinalSuffixes;
        PercentWords = percentWords;
        Months = months;
        DatePrefixes = datePrefixes;
        StopWords = stopWords;
        IdentifierHeads = identifierHeads;
    }

    public PhraseTrie<string> Qualifiers { get; }

    public FrozenSet<string> OrdinalSuffixes { get; }

    public FrozenSet<string> PercentWords { get; }

    public FrozenSet<string> Months { get; }

    /// <summary>Words that make the number after them a date part (tháng 11, năm 2024, l'année 2023).</summary>
    public FrozenSet<string> DatePrefixes { get; }

    public FrozenSet<string> StopWords { get; }

    public FrozenSet<string> IdentifierHeads { get; }

    public static FigureRules Load(DataFiles files)
    {
        var file = files.Describe(Path);
        var root = LinedJson.Parse(files.ReadAllText(Path), file);
        NameRules.RequireSource(root, file);
        var qualifiers = new PhraseTrie<string>();
        foreach (var q in (root["qualifiers"] ?? throw new KnowledgeException(file, root.Line, "missing 'qualifiers'.")).StringList(file, "'qualifiers'"))
        {
            qualifiers.Add(q, PhraseKey.Of(q));
        }

        return new FigureRules(
            qualifiers,
            NameRules.FoldedSet(root, "ordinal_suffixes", file),
            NameRules.FoldedSet(root, "percent_words", file),
            NameRules.FoldedSet(root, "months", file),
            NameRules.FoldedSet(root, "date_prefixes", file),
            NameRules.FoldedSet(root, "stop_words", file),
            NameRules.FoldedSet(root, "identifier_heads", file));
    }
}
