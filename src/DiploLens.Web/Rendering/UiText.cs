using System.Globalization;
using System.Text.Json;

namespace DiploLens.Web.Rendering;

/// <summary>
/// The workbench's UI strings in English, French and Vietnamese, from <c>Resources/ui.{lang}.json</c>. The language is
/// <c>?ui=</c> when given, else the first supported one in Accept-Language, else English. A missing key falls back to English, then to the key.
/// </summary>
public sealed class UiText
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "vi"];

    private readonly Dictionary<string, Dictionary<string, string>> strings = Languages.ToDictionary(l => l, Load, StringComparer.Ordinal);

    public string Get(string language, string key) =>
        strings.TryGetValue(language, out var table) && table.TryGetValue(key, out var value) ? value
        : strings["en"].TryGetValue(key, out var english) ? english
        : key;

    public string Format(string language, string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(language, key), args);

    public static string LanguageOf(HttpRequest request)
    {
        var asked = request.Query["ui"].ToString();
        if (Languages.Contains(asked))
        {
            return asked;
        }

        foreach (var part in request.Headers.AcceptLanguage.ToString().Split(','))
        {
            var code = part.Split(';')[0].Trim();
            code = code.Length >= 2 ? code[..2].ToLowerInvariant() : code;
            if (Languages.Contains(code))
            {
                return code;
            }
        }

        return "en";
    }

    private static Dictionary<string, string> Load(string language)
    {
        using var stream = typeof(UiText).Assembly.GetManifestResourceStream($"DiploLens.Web.Resources.ui.{language}.json")
            ?? throw new InvalidOperationException($"UI strings for '{language}' are missing from the assembly.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }
}
