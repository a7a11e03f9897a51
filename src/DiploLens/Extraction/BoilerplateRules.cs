using System.Text.Json;
using System.Text.RegularExpressions;
using DiploLens.Analysis;

namespace DiploLens.Extraction;

/// <summary>The boilerplate rules for text articles, loaded from <c>boilerplate/text-rules.json</c>.</summary>
public sealed class BoilerplateRules
{
    public const string DataPath = "boilerplate/text-rules.json";

    private BoilerplateRules(IReadOnlyList<BoilerplateRule> rules, IReadOnlySet<string> captionTitles)
    {
        All = rules;
        CaptionPersonTitles = captionTitles;
    }

    public static BoilerplateRules Embedded { get; } = Load(DataFiles.Embedded);

    public IReadOnlyList<BoilerplateRule> All { get; }

    /// <summary>Words that show an uncredited caption names a person (Minister, ministre, Bộ trưởng…).</summary>
    public IReadOnlySet<string> CaptionPersonTitles { get; }

    public IEnumerable<BoilerplateRule> In(RuleScope scope) => All.Where(r => r.Scope == scope);

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
                    pattern = new Regex(rule.GetProperty("pattern").GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
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
                    rule.TryGetProperty("metadata", out var meta) ? meta.GetString() : null));
            }

            var titles = json.RootElement.GetProperty("caption_person_titles").GetProperty("words")
                .EnumerateArray().Select(w => w.GetString()!).ToHashSet(StringComparer.Ordinal);
            return new BoilerplateRules(rules, titles);
        }
    }
}
