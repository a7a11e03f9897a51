using System.Text;
using DiploLens.Analysis;

namespace DiploLens.Language;

/// <summary>
/// Trains a <see cref="LanguageModel"/> from a folder of <c>&lt;code&gt;.txt</c> files (UTF-8, one text per line).
/// Multinomial Naive Bayes with additive smoothing per feature slot; each language keeps its most frequent features
/// per slot. Deterministic: languages in ordinal order of their codes, ties broken by hash, no dependence on
/// dictionary iteration order, so the same data always gives the same bytes.
/// </summary>
public sealed class LanguageModelTrainer
{
    /// <summary>Features kept per language, per slot (1- to 5-grams, words).</summary>
    public IReadOnlyList<int> MaxFeaturesPerSlot { get; init; } = [400, 3000, 12000, 20000, 20000, 20000];

    /// <summary>
    /// Weights of the slots' evidence, stored in the model: 5-grams and whole words count more, because Naive
    /// Bayes otherwise lets the many overlapping short n-grams drown the few long ones. Chosen on the held-out set.
    /// </summary>
    public IReadOnlyList<float> SlotWeights { get; init; } = [1, 1, 1, 1, 2, 3];

    /// <summary>Features seen fewer times than this in a language are dropped from it.</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>
    /// Additive smoothing constant per slot. Small for single letters, because a language's alphabet is fully seen in
    /// its training text and a letter it never uses is strong evidence against it; larger for the sparse long n-grams.
    /// </summary>
    public IReadOnlyList<double> Alpha { get; init; } = [0.01, 0.1, 0.5, 0.5, 0.5, 0.5];

    /// <summary>
    /// When above 0, every line whose index modulo this value is <c>HoldOutEvery − 1</c> is left out of training, so
    /// that <see cref="WriteHoldOut"/> can build a tuning set that is neither training nor evaluation data.
    /// </summary>
    public int HoldOutEvery { get; init; }

    /// <summary>
    /// Languages whose text is also counted with diacritics folded away (<see cref="TextFolder"/>), so that text typed
    /// without marks is still recognised. Vietnamese, whose marks are often stripped in queries and URLs.
    /// </summary>
    public IReadOnlyList<string> FoldedLanguages { get; init; } = ["vi"];

    /// <summary>Trains on every <c>*.txt</c> file of <paramref name="directory"/>; the file name is the language code.</summary>
    public LanguageModel TrainDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Training directory '{directory}' does not exist.");
        }

        var files = Directory.GetFiles(directory, "*.txt")
            .Select(f => (Code: Path.GetFileNameWithoutExtension(f), Path: f))
            .OrderBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException($"Training directory '{directory}' has no <code>.txt files.");
        }

        return Train(files.Select(f => (f.Code, (Func<TextReader>)(() => HoldOutEvery > 0
            ? new StringReader(string.Join('\n', File.ReadLines(f.Path, Encoding.UTF8).Where((_, i) => i % HoldOutEvery != HoldOutEvery - 1)))
            : new StreamReader(f.Path, Encoding.UTF8)))).ToList());
    }

    /// <summary>
    /// Writes the lines <see cref="HoldOutEvery"/> leaves out as a folder laid out like <c>eval/langid</c>: per language up
    /// to <paramref name="perKind"/> sentences (held-out lines, cut to at most 200 characters), word pairs and single words
    /// taken from them at a fixed stride. A tuning set for the model's settings that never touches the evaluation items.
    /// </summary>
    public void WriteHoldOut(string directory, string outputDirectory, int perKind = 300)
    {
        if (HoldOutEvery <= 0)
        {
            throw new InvalidOperationException("WriteHoldOut needs HoldOutEvery > 0.");
        }

        foreach (var file in Directory.GetFiles(directory, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var code = Path.GetFileNameWithoutExtension(file);
            var lines = File.ReadLines(file, Encoding.UTF8)
                .Where((_, i) => i % HoldOutEvery == HoldOutEvery - 1)
                .Select(l => Clip(l.Trim().Normalize(NormalizationForm.FormC), 200))
                .Where(l => l.Length >= 20)
                .ToList();
            var words = lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '«', '»', '“', '”'))
                .Where(w => w.Length > 0 && w.Any(char.IsLetter))
                .ToList();
            var pairs = Enumerable.Range(0, Math.Max(0, words.Count - 1)).Where(i => i % 2 == 0).Select(i => words[i] + " " + words[i + 1]).ToList();
            Write(Path.Combine(outputDirectory, "sentences", code + ".txt"), Stride(lines, perKind));
            Write(Path.Combine(outputDirectory, "word-pairs", code + ".txt"), Stride(pairs, perKind));
            Write(Path.Combine(outputDirectory, "single-words", code + ".txt"), Stride(words, perKind));
        }

        // Long lines (whole articles) are cut at the last space before the limit, like a sentence-sized item.
        static string Clip(string line, int limit) =>
            line.Length <= limit ? line : line[..Math.Max(line.LastIndexOf(' ', limit), limit / 2)];

        static List<string> Stride(List<string> items, int count) =>
            items.Count <= count ? items : Enumerable.Range(0, count).Select(i => items[(int)((long)i * items.Count / count)]).ToList();

        static void Write(string path, List<string> items)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllLines(path, items);
        }
    }

    /// <summary>Trains on the given languages; each reader yields that language's text, one item a line.</summary>
    public LanguageModel Train(IReadOnlyList<(string Code, Func<TextReader> Open)> languages)
    {
        var ordered = languages.OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
        var counted = new LanguageCounts[ordered.Count];
        Parallel.For(0, ordered.Count, i =>
        {
            using var reader = ordered[i].Open();
            counted[i] = Count(reader, FoldedLanguages.Contains(ordered[i].Code, StringComparer.Ordinal));
        });

        // Vocabulary size per slot over all languages, before pruning: the denominator of the smoothing.
        var vocabulary = new long[LanguageFeatures.SlotCount];
        for (var s = 0; s < LanguageFeatures.SlotCount; s++)
        {
            var union = new HashSet<uint>();
            foreach (var c in counted)
            {
                union.UnionWith(c.Slots[s].Keys);
            }

            vocabulary[s] = union.Count;
        }

        var unknown = new float[ordered.Count * LanguageFeatures.SlotCount];
        var entries = new List<(uint Key, byte Language, byte Cost)>();
        for (var l = 0; l < ordered.Count; l++)
        {
            for (var s = 0; s < LanguageFeatures.SlotCount; s++)
            {
                var counts = counted[l].Slots[s];
                var alpha = Alpha[s];
                var denominator = counted[l].Totals[s] + (alpha * vocabulary[s]);
                unknown[(l * LanguageFeatures.SlotCount) + s] = (float)-Math.Log(alpha / denominator);
                var kept = counts
                    .Where(p => p.Value >= MinCount)
                    .OrderByDescending(p => p.Value)
                    .ThenBy(p => p.Key)
                    .Take(MaxFeaturesPerSlot[s]);
                foreach (var (key, count) in kept)
                {
                    var cost = -Math.Log((count + alpha) / denominator);
                    entries.Add((key, (byte)l, (byte)Math.Clamp(Math.Round(cost * LanguageModel.CostScale), 0, 255)));
                }
            }
        }

        // Sort by key, then language; a hash kept in two slots of one language (a collision) keeps its first entry.
        entries.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Language != b.Language ? a.Language.CompareTo(b.Language) : a.Cost.CompareTo(b.Cost));
        var keys = new List<uint>();
        var starts = new List<int> { 0 };
        var entryLanguages = new List<byte>();
        var entryCosts = new List<byte>();
        for (var e = 0; e < entries.Count; e++)
        {
            var (key, language, cost) = entries[e];
            if (e > 0 && entries[e - 1].Key == key && entries[e - 1].Language == language)
            {
                continue;
            }

            if (keys.Count == 0 || keys[^1] != key)
            {
                if (keys.Count > 0)
                {
                    starts.Add(entryLanguages.Count);
                }

                keys.Add(key);
            }

            entryLanguages.Add(language);
            entryCosts.Add(cost);
        }

        starts.Add(entryLanguages.Count);
        if (keys.Count == 0)
        {
            starts = [0];
        }

        return new LanguageModel(
            SlotWeights.ToArray(),
            ordered.Select(l => l.Code).ToArray(),
            counted.Select(c => c.Script).ToArray(),
            unknown,
            keys.ToArray(),
            starts.ToArray(),
            entryLanguages.ToArray(),
            entryCosts.ToArray());
    }

    private static LanguageCounts Count(TextReader reader, bool alsoFolded)
    {
        var sink = new CountingSink(new LanguageCounts());
        Span<long> scripts = stackalloc long[(int)WritingScript.Other + 1];
        while (reader.ReadLine() is { } line)
        {
            line = line.Normalize(NormalizationForm.FormC);
            foreach (var c in line)
            {
                scripts[(int)ScriptDetector.Of(c)]++;
            }

            LanguageFeatures.Extract(line, ref sink);
            if (alsoFolded)
            {
                var folded = TextFolder.Fold(line);
                if (!string.Equals(folded, line.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    LanguageFeatures.Extract(folded, ref sink);
                }
            }
        }

        var best = WritingScript.None;
        for (var i = 1; i < scripts.Length; i++)
        {
            if (scripts[i] > (best == WritingScript.None ? 0 : scripts[(int)best]))
            {
                best = (WritingScript)i;
            }
        }

        sink.Counts.Script = best;
        return sink.Counts;
    }

    private sealed class LanguageCounts
    {
        public Dictionary<uint, int>[] Slots { get; } = Enumerable.Range(0, LanguageFeatures.SlotCount).Select(_ => new Dictionary<uint, int>()).ToArray();

        public long[] Totals { get; } = new long[LanguageFeatures.SlotCount];

        public WritingScript Script { get; set; }
    }

    private struct CountingSink(LanguageCounts counts) : IFeatureSink
    {
        public LanguageCounts Counts { get; } = counts;

        public void Add(int slot, uint hash)
        {
            var map = Counts.Slots[slot];
            map[hash] = map.GetValueOrDefault(hash) + 1;
            Counts.Totals[slot]++;
        }
    }
}
