using System.Text;
using DiploLens.Analysis;
using DiploLens.Documents;

namespace DiploLens.Language;

/// <summary>
/// Identifies the language of a text among the languages of a <see cref="LanguageModel"/> (75 in the embedded one).
/// The dominant script first narrows the candidates, and decides alone when one language writes it (Thai, Korean,
/// Greek…); otherwise Naive Bayes over character 1–5-grams and whole words ranks the languages of that script.
/// Thread-safe: the model is read-only and each call uses its own buffers.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>The embedded model's resource path under <c>src/DiploLens/Data/</c>.</summary>
    public const string ModelPath = "langid/model.bin";

    /// <summary>The code returned when the language cannot be told: no letters, or a script no model language uses.</summary>
    public const string Undetermined = "und";

    // Naive Bayes counts each character in up to six overlapping features, so its raw posteriors are far too sure;
    // dividing the log-likelihoods by this temperature gives confidences that behave like probabilities on short text.
    private const double Temperature = 6.0;

    private static readonly Lazy<LanguageDetector> LazyDefault = new(() =>
    {
        using var stream = DataFiles.Embedded.Open(ModelPath);
        return new LanguageDetector(LanguageModel.Read(stream));
    });

    // A Latin letter is distinctive of a language when that language's cost for it is this many nats below every
    // other language's (Vietnamese ư, ơ, ệ…, but not ẹ/ọ which Yoruba shares, nor đ which Croatian shares).
    private const double DistinctiveMargin = 4.0;

    // Words spelled with a language's distinctive letters decide for it when they are at least this share of the words.
    private const double DistinctiveShare = 1.0 / 3;

    // From this many letters on, single letters and letter pairs add nothing the longer n-grams do not already say,
    // yet they cost most of the scoring time (each is seen by dozens of languages), so long texts skip them.
    private const int LongTextLetters = 200;

    private readonly LanguageModel model;
    private readonly int longTextLetters;
    private readonly int[][] languagesByScript;
    private readonly Dictionary<char, int> distinctiveLetters;

    public LanguageDetector(LanguageModel model, int maxSampleChars = 512, int longTextLetters = LongTextLetters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSampleChars, 64);
        this.model = model;
        MaxSampleChars = maxSampleChars;
        this.longTextLetters = longTextLetters;
        languagesByScript = new int[(int)WritingScript.Other + 1][];
        for (var s = 0; s < languagesByScript.Length; s++)
        {
            languagesByScript[s] = Enumerable.Range(0, model.Codes.Count).Where(l => (int)model.Scripts[l] == s).ToArray();
        }

        distinctiveLetters = FindDistinctiveLetters(model);
    }

    /// <summary>Lower-case Latin letters that only one language of the model really writes, each with that language's code.</summary>
    public IReadOnlyDictionary<char, string> DistinctiveLetters =>
        distinctiveLetters.OrderBy(p => p.Key).ToDictionary(p => p.Key, p => model.Codes[p.Value]);

    /// <summary>
    /// A detector over the embedded model judging at most <paramref name="maxSampleChars"/> characters of a text; the
    /// letter count from which 1- and 2-grams are skipped shrinks with the sample (3/8 of it, as 200 is of 512).
    /// </summary>
    public static LanguageDetector WithSample(int maxSampleChars) =>
        maxSampleChars == Default.MaxSampleChars ? Default : new LanguageDetector(Default.Model, maxSampleChars, Math.Min(LongTextLetters, maxSampleChars * 3 / 8));

    /// <summary>The detector over the embedded model, loaded on first use.</summary>
    public static LanguageDetector Default => LazyDefault.Value;

    public LanguageModel Model => model;

    /// <summary>Longer texts are judged on evenly spaced windows totalling about this many characters.</summary>
    public int MaxSampleChars { get; }

    /// <summary>
    /// The candidate languages of <paramref name="text"/>, best first, with confidences summing to at most 1, using the
    /// embedded model. Text without letters, or only in scripts no model language uses, gives a single <c>und</c> with
    /// confidence 0. Never throws for any string.
    /// </summary>
    public static IReadOnlyList<LanguageGuess> Detect(string? text) => Default.Rank(text);

    /// <summary>As <see cref="Detect"/>, with this detector's model; at most <paramref name="maxCandidates"/> guesses.</summary>
    public IReadOnlyList<LanguageGuess> Rank(string? text, int maxCandidates = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCandidates, 1);
        if (string.IsNullOrEmpty(text))
        {
            return [new LanguageGuess(Undetermined, 0)];
        }

        var sample = Sample(text);
        var (script, letters) = ScriptDetector.Dominant(sample);
        if (letters == 0 || script is WritingScript.None)
        {
            return [new LanguageGuess(Undetermined, 0)];
        }

        var candidates = languagesByScript[(int)script];
        if (candidates.Length == 0)
        {
            return [new LanguageGuess(Undetermined, 0)];
        }

        if (candidates.Length == 1)
        {
            return [new LanguageGuess(model.Codes[candidates[0]], 1.0)];
        }

        var costs = Score(sample, candidates, letters >= longTextLetters ? 2 : 0, out var words);
        if (script == WritingScript.Latin && DistinctiveLanguage(sample, words) is var forced and >= 0)
        {
            // The marks decide: the language whose own letters spell enough of the words ranks first, ahead of the
            // n-gram verdict by a fixed margin, so a Vietnamese word is never taken for Yoruba or English.
            var best = costs.Min();
            var i = Array.IndexOf(candidates, forced);
            if (i >= 0)
            {
                costs[i] = Math.Min(costs[i], best - (2 * Temperature));
            }
        }

        return ToGuesses(costs, candidates, maxCandidates);
    }

    /// <summary>Total cost (−log-likelihood) of <paramref name="text"/> for each of <paramref name="candidates"/>.</summary>
    private double[] Score(string text, int[] candidates, int firstSlot, out int words)
    {
        var sink = new ScoringSink(model, firstSlot, new int[LanguageFeatures.SlotCount], new float[model.Codes.Count]);
        words = LanguageFeatures.Extract(text, ref sink);
        var costs = new double[candidates.Length];
        var unknown = model.WeightedUnknownCosts;
        for (var i = 0; i < candidates.Length; i++)
        {
            var l = candidates[i];
            double cost = sink.Adjustments[l];
            for (var s = 0; s < LanguageFeatures.SlotCount; s++)
            {
                cost += sink.SlotCounts[s] * (double)unknown[(l * LanguageFeatures.SlotCount) + s];
            }

            costs[i] = cost;
        }

        return costs;
    }

    private IReadOnlyList<LanguageGuess> ToGuesses(double[] costs, int[] candidates, int maxCandidates)
    {
        var order = Enumerable.Range(0, candidates.Length).ToArray();
        Array.Sort(order, (a, b) => costs[a] != costs[b] ? costs[a].CompareTo(costs[b]) : candidates[a].CompareTo(candidates[b]));
        var best = costs[order[0]];
        var weights = new double[order.Length];
        var total = 0.0;
        for (var i = 0; i < order.Length; i++)
        {
            weights[i] = Math.Exp(-(costs[order[i]] - best) / Temperature);
            total += weights[i];
        }

        var guesses = new List<LanguageGuess>(Math.Min(maxCandidates, order.Length));
        for (var i = 0; i < order.Length && i < maxCandidates; i++)
        {
            guesses.Add(new LanguageGuess(model.Codes[candidates[order[i]]], Math.Round(weights[i] / total, 4)));
        }

        return guesses;
    }

    /// <summary>The language whose distinctive letters appear in at least a third of the words, or −1.</summary>
    private int DistinctiveLanguage(string text, int words)
    {
        if (distinctiveLetters.Count == 0 || words == 0)
        {
            return -1;
        }

        Span<int> counts = stackalloc int[model.Codes.Count];
        var current = -1;
        var mixed = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (LanguageFeatures.IsWordChar(c))
            {
                if (c >= '\u00C0' && distinctiveLetters.TryGetValue(char.ToLowerInvariant(c), out var language))
                {
                    mixed |= current >= 0 && current != language;
                    current = language;
                }

                continue;
            }

            if (current >= 0 && !mixed)
            {
                counts[current]++;
            }

            current = -1;
            mixed = false;
        }

        var best = -1;
        for (var l = 0; l < counts.Length; l++)
        {
            if (counts[l] > 0 && counts[l] >= DistinctiveShare * words && (best < 0 || counts[l] > counts[best]))
            {
                best = l;
            }
        }

        return best;
    }

    private static Dictionary<char, int> FindDistinctiveLetters(LanguageModel model)
    {
        var letters = new Dictionary<char, int>();
        var costs = new double[model.Codes.Count];
        for (var c = '\u00C0'; c < '\u1F00'; c++)
        {
            if (c == '\u0250')
            {
                c = '\u1E00';
            }

            if (!char.IsLetter(c) || char.ToLowerInvariant(c) != c)
            {
                continue;
            }

            for (var l = 0; l < costs.Length; l++)
            {
                costs[l] = model.UnknownCosts[l * LanguageFeatures.SlotCount];
            }

            var (start, end) = model.Find(LanguageFeatures.UnigramHash(c));
            for (var e = start; e < end; e++)
            {
                costs[model.EntryLanguages[e]] = model.EntryCosts[e] / LanguageModel.CostScale;
            }

            var best = 0;
            for (var l = 1; l < costs.Length; l++)
            {
                if (costs[l] < costs[best])
                {
                    best = l;
                }
            }

            var runnerUp = Enumerable.Range(0, costs.Length).Where(l => l != best).Min(l => costs[l]);
            if (start < end && model.Scripts[best] == WritingScript.Latin && runnerUp - costs[best] >= DistinctiveMargin)
            {
                letters[c] = best;
            }
        }

        return letters;
    }

    /// <summary>
    /// The text to judge, in NFC: all of it when short, else evenly spaced windows cut at word boundaries. Bounding the
    /// sample bounds the cost per document whatever its length (10 MB of one character included).
    /// </summary>
    private string Sample(string text)
    {
        string sample;
        if (text.Length <= MaxSampleChars)
        {
            sample = text;
        }
        else
        {
            const int windows = 4;
            var width = MaxSampleChars / windows;
            var builder = new StringBuilder(MaxSampleChars + (windows * 2 * LanguageFeatures.MaxWordLength));
            for (var w = 0; w < windows; w++)
            {
                var start = (int)((long)(text.Length - width) * w / (windows - 1));
                var end = Math.Min(text.Length, start + width);
                start = SnapForward(text, start);
                end = SnapForward(text, end);
                if (end > start)
                {
                    builder.Append(text, start, end - start).Append(' ');
                }
            }

            sample = builder.ToString();
        }

        return NeedsNormalization(sample) ? sample.Normalize(NormalizationForm.FormC) : sample;
    }

    // Moves a window edge past the rest of the word it falls in (at most one word piece), so windows hold whole words.
    private static int SnapForward(string text, int position)
    {
        var limit = Math.Min(text.Length, position + LanguageFeatures.MaxWordLength);
        while (position > 0 && position < limit && LanguageFeatures.IsWordChar(text[position - 1]) && LanguageFeatures.IsWordChar(text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool NeedsNormalization(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0300' and < '\u0370')
            {
                return !text.IsNormalized(NormalizationForm.FormC);
            }
        }

        return false;
    }

    private readonly struct ScoringSink(LanguageModel model, int firstSlot, int[] slotCounts, float[] adjustments) : IFeatureSink
    {
        public int[] SlotCounts { get; } = slotCounts;

        /// <summary>Per language, the sum over seen features of (their cost − the unknown cost of their slot).</summary>
        public float[] Adjustments { get; } = adjustments;

        public void Add(int slot, uint hash)
        {
            if (slot < firstSlot)
            {
                return;
            }

            SlotCounts[slot]++;
            var (start, end) = model.Find(hash);
            if (start == end)
            {
                return;
            }

            var languages = model.EntryLanguages[start..end];
            var gains = model.EntryGains[start..end];
            var adjustments = Adjustments;
            for (var e = 0; e < languages.Length; e++)
            {
                adjustments[languages[e]] += gains[e];
            }
        }
    }
}
