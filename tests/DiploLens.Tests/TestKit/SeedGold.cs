using System.Text.Json;

namespace DiploLens.Tests.TestKit;

/// <summary>The hand-written gold of the five seeds (Fixtures/Entities/seeds-gold.json).</summary>
internal static class SeedGold
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Fixtures, "Entities", "seeds-gold.json"))).RootElement;

    public static IEnumerable<object[]> Prefixes => new[] { "000", "001", "002", "003", "004" }.Select(p => new object[] { p });

    public static JsonElement Of(string prefix) => Root.GetProperty("seeds").GetProperty(prefix);

    public static List<string> Strings(string prefix, string name) =>
        Of(prefix).GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
}
