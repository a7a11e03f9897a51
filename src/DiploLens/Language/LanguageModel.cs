using System.Text;

namespace DiploLens.Language;

/// <summary>
/// The trained language model: per language its code, script and the cost (−ln p) of a feature it never saw, per
/// feature slot; and a table from feature hash to the languages that saw it, each with its quantized cost.
/// </summary>
/// <remarks>
/// Binary layout (little-endian), version 2: <c>"DLLM"</c>, int32 version, <see cref="LanguageFeatures.SlotCount"/>
/// float32 slot weights, int32 language count; per language a
/// length-prefixed ASCII code, a script byte and <see cref="LanguageFeatures.SlotCount"/> float32 unknown costs;
/// int32 key count; per key (ascending) the varint gap from the previous key and the varint number of entries;
/// then every entry as (language index byte, cost byte) in key order. A cost byte is the cost in eighths of a nat.
/// </remarks>
public sealed class LanguageModel
{
    /// <summary>Costs are stored in units of 1/<see cref="CostScale"/> nat in one byte, so they range over [0, 31.875].</summary>
    public const float CostScale = 8f;

    private const int Version = 2;
    private static readonly byte[] Magic = "DLLM"u8.ToArray();

    private readonly uint[] keys;
    private readonly int[] starts;
    private readonly byte[] entryLanguages;
    private readonly byte[] entryCosts;
    private readonly float[] entryGains;
    private readonly int[] index;
    private readonly int indexShift;

    internal LanguageModel(float[] slotWeights, string[] codes, WritingScript[] scripts, float[] unknownCosts, uint[] keys, int[] starts, byte[] entryLanguages, byte[] entryCosts)
    {
        if (slotWeights.Length != LanguageFeatures.SlotCount)
        {
            throw new ArgumentException($"A model has {LanguageFeatures.SlotCount} slot weights, not {slotWeights.Length}.", nameof(slotWeights));
        }

        if (codes.Length is 0 or > 255)
        {
            throw new ArgumentException($"A model holds 1 to 255 languages, not {codes.Length}.", nameof(codes));
        }

        SlotWeights = slotWeights;
        Codes = codes;
        Scripts = scripts;
        UnknownCosts = unknownCosts;
        this.keys = keys;
        this.starts = starts;
        this.entryLanguages = entryLanguages;
        this.entryCosts = entryCosts;

        // Scoring adds, per seen feature, (its cost − the unknown cost of its slot); precomputing it halves the inner loop.
        entryGains = new float[entryCosts.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            var slot = LanguageFeatures.SlotOf(keys[k]);
            for (var e = starts[k]; e < starts[k + 1]; e++)
            {
                entryGains[e] = slotWeights[slot] * ((entryCosts[e] / CostScale) - unknownCosts[(entryLanguages[e] * LanguageFeatures.SlotCount) + slot]);
            }
        }

        WeightedUnknownCosts = new float[unknownCosts.Length];
        for (var i = 0; i < unknownCosts.Length; i++)
        {
            WeightedUnknownCosts[i] = slotWeights[i % LanguageFeatures.SlotCount] * unknownCosts[i];
        }

        // Open addressing at load time keeps the file a plain sorted table and lookups at one or two probes.
        var capacity = 1 << Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, keys.Length) * 2.0)));
        indexShift = 32 - (int)Math.Log2(capacity);
        index = new int[capacity];
        for (var k = 0; k < keys.Length; k++)
        {
            var slot = (int)((keys[k] * 0x9E3779B1u) >> indexShift);
            while (index[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            index[slot] = k + 1;
        }
    }

    /// <summary>
    /// How much each slot's evidence counts in the score (1- to 5-grams, words). Naive Bayes treats every feature as
    /// independent; weighting whole words up corrects for the n-grams that say the same thing many times over.
    /// </summary>
    public IReadOnlyList<float> SlotWeights { get; }

    /// <summary>ISO 639-1 codes, in the order of the model's language indices (ordinal order of the training files).</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The dominant script of each language's training text.</summary>
    public IReadOnlyList<WritingScript> Scripts { get; }

    /// <summary>Number of distinct feature hashes in the table.</summary>
    public int KeyCount => keys.Length;

    /// <summary>Number of (feature, language) entries in the table.</summary>
    public int EntryCount => entryLanguages.Length;

    /// <summary>Cost of an unseen feature, indexed <c>language * SlotCount + slot</c>.</summary>
    internal float[] UnknownCosts { get; }

    /// <summary><see cref="UnknownCosts"/> times the slot weight, as scoring uses them.</summary>
    internal float[] WeightedUnknownCosts { get; }

    internal ReadOnlySpan<byte> EntryLanguages => entryLanguages;

    internal ReadOnlySpan<byte> EntryCosts => entryCosts;

    /// <summary>Per entry, the slot weight times (its cost − the unknown cost of its language and slot); negative: seen is cheaper.</summary>
    internal ReadOnlySpan<float> EntryGains => entryGains;

    /// <summary>The entry range of <paramref name="key"/>, or an empty range when no language saw it.</summary>
    internal (int Start, int End) Find(uint key)
    {
        var mask = index.Length - 1;
        var slot = (int)((key * 0x9E3779B1u) >> indexShift);
        while (true)
        {
            var k = index[slot];
            if (k == 0)
            {
                return (0, 0);
            }

            if (keys[k - 1] == key)
            {
                return (starts[k - 1], starts[k]);
            }

            slot = (slot + 1) & mask;
        }
    }

    public static LanguageModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.ASCII, leaveOpen: true);
        var magic = reader.ReadBytes(4);
        if (!magic.AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a DiploLens language model: the file does not start with 'DLLM'.");
        }

        var version = reader.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"Language model version {version} is not supported (expected {Version}).");
        }

        var weights = new float[LanguageFeatures.SlotCount];
        for (var s = 0; s < weights.Length; s++)
        {
            weights[s] = reader.ReadSingle();
        }

        var languageCount = reader.ReadInt32();
        var codes = new string[languageCount];
        var scripts = new WritingScript[languageCount];
        var unknown = new float[languageCount * LanguageFeatures.SlotCount];
        for (var l = 0; l < languageCount; l++)
        {
            codes[l] = Encoding.ASCII.GetString(reader.ReadBytes(reader.ReadByte()));
            scripts[l] = (WritingScript)reader.ReadByte();
            for (var s = 0; s < LanguageFeatures.SlotCount; s++)
            {
                unknown[(l * LanguageFeatures.SlotCount) + s] = reader.ReadSingle();
            }
        }

        var keyCount = reader.ReadInt32();
        var keys = new uint[keyCount];
        var starts = new int[keyCount + 1];
        var previous = 0u;
        for (var k = 0; k < keyCount; k++)
        {
            previous += (uint)reader.Read7BitEncodedInt();
            keys[k] = previous;
            starts[k + 1] = starts[k] + reader.Read7BitEncodedInt();
        }

        var entryCount = starts[keyCount];
        var pairs = reader.ReadBytes(entryCount * 2);
        if (pairs.Length != entryCount * 2)
        {
            throw new InvalidDataException($"Language model is truncated: expected {entryCount} entries.");
        }

        var languages = new byte[entryCount];
        var costs = new byte[entryCount];
        for (var e = 0; e < entryCount; e++)
        {
            languages[e] = pairs[2 * e];
            costs[e] = pairs[(2 * e) + 1];
        }

        return new LanguageModel(weights, codes, scripts, unknown, keys, starts, languages, costs);
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        foreach (var weight in SlotWeights)
        {
            writer.Write(weight);
        }

        writer.Write(Codes.Count);
        for (var l = 0; l < Codes.Count; l++)
        {
            var code = Encoding.ASCII.GetBytes(Codes[l]);
            writer.Write((byte)code.Length);
            writer.Write(code);
            writer.Write((byte)Scripts[l]);
            for (var s = 0; s < LanguageFeatures.SlotCount; s++)
            {
                writer.Write(UnknownCosts[(l * LanguageFeatures.SlotCount) + s]);
            }
        }

        writer.Write(keys.Length);
        var previous = 0u;
        for (var k = 0; k < keys.Length; k++)
        {
            writer.Write7BitEncodedInt((int)(keys[k] - previous));
            previous = keys[k];
            writer.Write7BitEncodedInt(starts[k + 1] - starts[k]);
        }

        for (var e = 0; e < entryLanguages.Length; e++)
        {
            writer.Write(entryLanguages[e]);
            writer.Write(entryCosts[e]);
        }
    }
}
