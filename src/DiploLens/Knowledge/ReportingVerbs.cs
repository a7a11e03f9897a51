using System.Collections.Frozen;
using DiploLens.Analysis;

namespace DiploLens.Knowledge;

/// <summary>Reporting verbs of vi/fr/en from <c>knowledge/reporting-verbs.json</c>, as a phrase trie, with the adverbs that may sit inside a phrase.</summary>
public sealed class ReportingVerbs
{
    public const string Path = "knowledge/reporting-verbs.json";

    private ReportingVerbs(PhraseTrie<ReportingVerb> trie, FrozenSet<string> skippable, FrozenSet<string> contentMarkers)
    {
        Trie = trie;
        Skippable = skippable;
        ContentMarkers = contentMarkers;
    }

    public PhraseTrie<ReportingVerb> Trie { get; }

    /// <summary>Folded adverbs and auxiliaries allowed inside a verb phrase.</summary>
    public FrozenSet<string> Skippable { get; }

    /// <summary>Folded words that introduce the reported content (that, que, rằng).</summary>
    public FrozenSet<string> ContentMarkers { get; }

    /// <summary>The longest reporting verb at <paramref name="start"/> (see <see cref="ReportingVerb.Written"/>), or -1.</summary>
    public int Match(TokenSequence sequence, int start, int limit, out ReportingVerb verb) =>
        Trie.LongestWith(sequence, start, limit, AccentsAgree, out verb, Skippable);

    private static bool AccentsAgree(TokenSequence sequence, ReportingVerb verb, int start, int end)
    {
        if (verb.Written is null)
        {
            return true;
        }

        var w = 0;
        for (var t = start; t < end && w < verb.Written.Length; t++)
        {
            var span = sequence.Tokens[t].Span;
            if (sequence.Text.AsSpan(span.Start, span.Length).Equals(verb.Written[w], StringComparison.OrdinalIgnoreCase))
            {
                w++;
            }
            else if (sequence.Terms[t] != Analysis.TextFolder.Fold(verb.Written[w]))
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return w == verb.Written.Length;
    }

    public static ReportingVerbs Load(DataFiles files, NameRules names)
    {
        var file = files.Describe(Path);
        var root = LinedJson.Parse(files.ReadAllText(Path), file);
        NameRules.RequireSource(root, file);
        var after = NameRules.FoldedSet(root, "speaker_after_only", file);
        var trie = new PhraseTrie<ReportingVerb>();
        foreach (var (language, list) in NameRules.Object(root, "verbs", file))
        {
            foreach (var phrase in list.StringList(file, "'verbs'"))
            {
                var tokens = PhraseKey.Tokens(phrase);
                var gender = tokens.Select(t => names.Pronouns.GetValueOrDefault(t)).FirstOrDefault(g => g is not null);
                var written = language == "vi" ? Analysis.Tokenizer.Tokenize(phrase).Select(t => t.Of(phrase)).ToArray() : null;
                trie.Add(tokens, new ReportingVerb(phrase, language, gender, after.Contains(string.Join(' ', tokens))) { Written = written });
            }
        }

        return new ReportingVerbs(trie, NameRules.FoldedSet(root, "skippable", file), NameRules.FoldedSet(root, "content_markers", file));
    }
}
