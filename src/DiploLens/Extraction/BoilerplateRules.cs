using System.Text.Json;
using System.Text.RegularExpressions;
using DiploLens.Analysis;

namespace DiploLens.Extraction;

/// <summary>The boilerplate rules for text articles, loaded from <c>boilerplate/text-rules.json</c>.</summary>
public sealed class BoilerplateRules
{
    public const string DataPath = "boilerplate/text-rules.json";

    private readonly Dictionary<RuleScope, BoilerplateRule[]> byScope;

    private BoilerplateRules(IReadOnlyList<BoilerplateRule> rules, IReadOnlySet<string> captionTitles)
    {
        All = rules;
        CaptionPersonTitles = captionTitles;
        byScope = Enum.GetValues<RuleScope>().ToDictionary(s => s, s => rules.Where(r => r.Scope == s).ToArray());
    }

    public static BoilerplateRules Embedded { get; } = Load(DataFiles.Embedded);

    public IReadOnlyList<BoilerplateRule> All { get; }

    /// <summary>Words that show an uncredited caption names a person (Minister, ministre, Bộ trưởng…).</summary>
    public IReadOnlySet<string> CaptionPersonTitles { get; }

    public IReadOnlyList<BoilerplateRule> In(RuleScope scope) => byScope[scope];

    public static BoilerplateRules Load(DataFiles files)
    {
        var where = files.Describe(DataPath);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(files.ReadAllText(DataPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{where}: not valid JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }

        using (json)
        {
            var rules = new List<BoilerplateRule>();
            foreach (var rule in json.RootElement.GetProperty("rules").EnumerateArray())
            {
                var id = rule.GetProperty("id").GetString()!;
                var scopeText = rule.GetProperty("scope").GetString()!;
                if (!Enum.TryParse<RuleScope>(scopeText.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var scope))
                {
                    throw new InvalidDataException($"{where}: rule '{id}' has unknown scope '{scopeText}'.");
                }

                Regex pattern;
                try
                {
                    pattern = new Regex(rule.GetProperty("pattern").GetString()!, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2));
                }
                catch (ArgumentException e)
                {
                    throw new InvalidDataException($"{where}: rule '{id}' has an invalid pattern: {e.Message}", e);
                }

                rules.Add(new BoilerplateRule(
                    id,
                    scope,
                    rule.TryGetProperty("lang", out var lang) ? lang.GetString()! : "*",
                    rule.GetProperty("reason").GetString()!,
                    pattern,
                    rule.TryGetProperty("metadata", out var meta) ? meta.GetString() : null,
                    rule.TryGetProperty("tail", out var tail) ? tail.GetInt32() : null));
            }

            var titles = json.RootElement.GetProperty("caption_person_titles").GetProperty("words")
                .EnumerateArray().Select(w => w.GetString()!).ToHashSet(StringComparer.Ordinal);
            return new BoilerplateRules(rules, titles);
        }
    }
}
