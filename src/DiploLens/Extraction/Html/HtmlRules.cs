using System.Text.Json;
using System.Text.RegularExpressions;
using DiploLens.Analysis;

namespace DiploLens.Extraction.Html;

/// <summary>The data that drives HTML extraction (<c>extraction/html-rules.json</c>): tags to drop, boilerplate class/id patterns with their reasons, known article containers, meta tag names for dates and authors.</summary>
public sealed class HtmlRules
{
    private const string DataPath = "extraction/html-rules.json";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly Lazy<HtmlRules> EmbeddedRules = new(() => Load(DataFiles.Embedded));

    private HtmlRules()
    {
    }

    public static HtmlRules Embedded => EmbeddedRules.Value;

    /// <summary>Elements never part of the text (scripts, forms, media).</summary>
    public IReadOnlySet<string> DropTags { get; private init; } = new HashSet<string>();

    /// <summary>Tags that are boilerplate by their role (nav, aside, footer), with the reason recorded.</summary>
    public IReadOnlyDictionary<string, string> StructuralTags { get; private init; } = new Dictionary<string, string>();

    /// <summary>Class/id patterns of boilerplate blocks, each with the reason recorded in the provenance.</summary>
    public IReadOnlyList<(string Reason, Regex Pattern)> Boilerplate { get; private init; } = [];

    /// <summary>Class/id pattern of blocks likely to hold the article.</summary>
    public Regex Positive { get; private init; } = new("$^");

    public IReadOnlyList<string> KnownContainers { get; private init; } = [];

    /// <summary>Whole lines that are widgets, not text (<c>Advertisement</c>, <c>Share this</c>).</summary>
    public IReadOnlyList<Regex> BoilerplateLines { get; private init; } = [];

    /// <summary>Short blocks that open a trailing related/comments/share section (<c>Mehr zum Thema</c>, <c>Tin liên quan</c>): the block and what follows are cut when the rest is a minor part of the text.</summary>
    public IReadOnlyList<Regex> TailHeadings { get; private init; } = [];

    public IReadOnlyList<string> PublishedMeta { get; private init; } = [];

    public IReadOnlyList<string> ModifiedMeta { get; private init; } = [];

    public IReadOnlyList<string> AuthorMeta { get; private init; } = [];

    /// <summary>Class/id of elements that hold the publication date (<c>post-date</c>), searched before <see cref="DateElementWeak"/> (<c>meta</c>, <c>byline</c>).</summary>
    public Regex DateElement { get; private init; } = new("$^");

    public Regex DateElementWeak { get; private init; } = new("$^");

    /// <summary>Meta names not listed in <see cref="PublishedMeta"/> that still say publication date (<c>zdf:publicationDate</c>).</summary>
    public Regex GenericPublishedMeta { get; private init; } = new("$^");

    public Regex BylineElement { get; private init; } = new("$^");

    public IReadOnlyList<string> TitleSeparators { get; private init; } = [];

    public static HtmlRules Load(DataFiles files)
    {
        using var stream = files.Open(DataPath);
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        IReadOnlyList<string> Strings(string name) => root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
        Regex Pattern(string name) => new(root.GetProperty(name).GetString()!, Options);
        return new HtmlRules
        {
            DropTags = Strings("dropTags").ToHashSet(StringComparer.OrdinalIgnoreCase),
            StructuralTags = root.GetProperty("structuralBoilerplateTags").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase),
            Boilerplate = root.GetProperty("boilerplate").EnumerateArray()
                .Select(e => (e.GetProperty("reason").GetString()!, new Regex(e.GetProperty("pattern").GetString()!, Options)))
                .ToList(),
            Positive = Pattern("positive"),
            KnownContainers = Strings("knownContainers"),
            BoilerplateLines = Strings("boilerplateLines").Select(p => new Regex(p, Options)).ToList(),
            TailHeadings = Strings("tailHeadings").Select(p => new Regex(p, Options)).ToList(),
            PublishedMeta = Strings("publishedMeta"),
            ModifiedMeta = Strings("modifiedMeta"),
            AuthorMeta = Strings("authorMeta"),
            DateElement = Pattern("dateElementPattern"),
            DateElementWeak = Pattern("dateElementWeakPattern"),
            GenericPublishedMeta = Pattern("genericPublishedMetaPattern"),
            BylineElement = Pattern("bylinePattern"),
            TitleSeparators = Strings("titleSeparators"),
        };
    }
}
