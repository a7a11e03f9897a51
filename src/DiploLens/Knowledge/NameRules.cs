using System.Collections.Frozen;
using System.Text.RegularExpressions;
using DiploLens.Analysis;

namespace DiploLens.Knowledge;

/// <summary>
/// What person discovery knows, loaded from <c>knowledge/titles.json</c> and <c>knowledge/person-names.json</c>:
/// role titles and honorifics in three languages, nominal references ("le vice-ministre", "the official"),
/// subject pronouns with gender, Vietnamese family names (folded → written form) and the Vietnamese syllable shape.
/// </summary>
public sealed class NameRules
{
    public const string TitlesPath = "knowledge/titles.json";
    public const string NamesPath = "knowledge/person-names.json";

    private NameRules(
        PhraseTrie<string> officePhrases,
        FrozenSet<string> officeWords,
        string[] demonymSuffixes,
        FrozenSet<string> placePrefixes,
        FrozenSet<string> feminineRoles,
        PhraseTrie<string> roles,
        PhraseTrie<string> honorifics,
        PhraseTrie<string> nominals,
        FrozenSet<string> modifiers,
        FrozenSet<string> connectors,
        FrozenDictionary<string, string> pronouns,
        FrozenDictionary<string, string> familyNames,
        Regex syllable)
    {
        OfficePhrases = officePhrases;
        OfficeWords = officeWords;
        DemonymSuffixes = demonymSuffixes;
        PlacePrefixes = placePrefixes;
        FeminineRoles = feminineRoles;
        Roles = roles;
        Honorifics = honorifics;
        Nominals = nominals;
        RoleModifiers = modifiers;
        Connectors = connectors;
        Pronouns = pronouns;
        FamilyNames = familyNames;
        Syllable = syllable;
    }

    /// <summary>Role titles; the value is the title as written in the data.</summary>
    public PhraseTrie<string> Roles { get; }

    /// <summary>Folded words of office names that continue a title and are never part of a name (Affairs, Finance, secretariat).</summary>
    public FrozenSet<string> OfficeWords { get; }

    /// <summary>Multi-word office names that continue a title before a name (Bộ trưởng Thương mại Ấn Độ X, Chủ tịch Thượng viện Pháp X).</summary>
    public PhraseTrie<string> OfficePhrases { get; }

    /// <summary>Endings of lower-case nationality adjectives allowed between a title and a name (le président chilien X).</summary>
    public IReadOnlyList<string> DemonymSuffixes { get; }

    /// <summary>Folded words (or two-word phrases) after which a name is a street, school or district (đường Lê Duẩn, rue Hô Chi Minh).</summary>
    public FrozenSet<string> PlacePrefixes { get; }

    /// <summary>Folded role titles that say the holder is a woman (ambassadrice, présidente).</summary>
    public FrozenSet<string> FeminineRoles { get; }

    /// <summary>Honorifics (Mr, Mme, ông, bà); the value is the gender, <c>m</c> or <c>f</c>.</summary>
    public PhraseTrie<string> Honorifics { get; }

    /// <summary>Phrases that refer back to a person already named (the official, le vice-ministre); value: the phrase.</summary>
    public PhraseTrie<string> Nominals { get; }

    /// <summary>Folded words that may precede a role in an apposition (former, nguyên, ancien).</summary>
    public FrozenSet<string> RoleModifiers { get; }

    /// <summary>Folded words allowed between a title and the name (of, tại, des…).</summary>
    public FrozenSet<string> Connectors { get; }

    /// <summary>Folded subject pronoun → gender.</summary>
    public FrozenDictionary<string, string> Pronouns { get; }

    /// <summary>
    /// True when <paramref name="word"/> is a Vietnamese family name: an unaccented word by its folded form (Dang), an
    /// accented one only with the same accents (Đặng, not Đường).
    /// </summary>
    public bool IsFamilyName(string word, string folded) =>
        FamilyNames.TryGetValue(folded, out var written) &&
        (word.All(char.IsAscii) || string.Equals(word, written, StringComparison.OrdinalIgnoreCase) || string.Equals(word.Normalize(), written.Normalize(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Folded Vietnamese family name → its written form with diacritics (dang → Đặng).</summary>
    public FrozenDictionary<string, string> FamilyNames { get; }

    /// <summary>Matches a folded, lower-case Vietnamese syllable.</summary>
    public Regex Syllable { get; }

    public static NameRules Load(DataFiles files)
    {
        var titlesFile = files.Describe(TitlesPath);
        var titles = LinedJson.Parse(files.ReadAllText(TitlesPath), titlesFile);
        RequireSource(titles, titlesFile);
        var roles = new PhraseTrie<string>();
        foreach (var (_, list) in Object(titles, "roles", titlesFile))
        {
            foreach (var role in list.StringList(titlesFile, "'roles'"))
            {
                roles.Add(role, role);
            }
        }

        var feminine = FoldedSet(titles, "feminine_roles", titlesFile);

        var honorifics = new PhraseTrie<string>();
        var pronouns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, byGender) in Object(titles, "honorifics", titlesFile))
        {
            foreach (var (gender, list) in byGender.Members ?? throw new KnowledgeException(titlesFile, byGender.Line, "honorifics must map gender to a list."))
            {
                foreach (var h in list.StringList(titlesFile, "'honorifics'"))
                {
                    honorifics.Add(h, gender);
                }
            }
        }

        foreach (var (_, byGender) in Object(titles, "pronouns", titlesFile))
        {
            foreach (var (gender, list) in byGender.Members ?? throw new KnowledgeException(titlesFile, byGender.Line, "pronouns must map gender to a list."))
            {
                foreach (var p in list.StringList(titlesFile, "'pronouns'"))
                {
                    pronouns[PhraseKey.Of(p)] = gender;
                }
            }
        }

        var nominals = new PhraseTrie<string>();
        foreach (var (_, list) in Object(titles, "nominals", titlesFile))
        {
            foreach (var n in list.StringList(titlesFile, "'nominals'"))
            {
                nominals.Add(n, n);
            }
        }

        var modifiers = FoldedSet(titles, "role_modifiers", titlesFile);
        var officeWords = FoldedSet(titles, "office_words", titlesFile);
        var officePhrases = new PhraseTrie<string>();
        foreach (var phrase in (titles["office_phrases"] ?? throw new KnowledgeException(titlesFile, titles.Line, "missing 'office_phrases'.")).StringList(titlesFile, "'office_phrases'"))
        {
            officePhrases.Add(phrase, phrase);
        }

        var demonymSuffixes = (titles["demonym_suffixes"] ?? throw new KnowledgeException(titlesFile, titles.Line, "missing 'demonym_suffixes'.")).StringList(titlesFile, "'demonym_suffixes'").ToArray();
        var connectors = FoldedSet(titles, "connectors", titlesFile);

        var namesFile = files.Describe(NamesPath);
        var names = LinedJson.Parse(files.ReadAllText(NamesPath), namesFile);
        RequireSource(names, namesFile);
        var family = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in (names["vietnamese_family_names"] ?? throw new KnowledgeException(namesFile, names.Line, "missing 'vietnamese_family_names'.")).StringList(namesFile, "'vietnamese_family_names'"))
        {
            family.TryAdd(TextFolder.Fold(name), name);
        }

        var patternNode = names["syllable_pattern"] ?? throw new KnowledgeException(namesFile, names.Line, "missing 'syllable_pattern'.");
        Regex syllable;
        try
        {
            syllable = new Regex(patternNode.RequireString(namesFile, "'syllable_pattern'"), RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }
        catch (ArgumentException e)
        {
            throw new KnowledgeException(namesFile, patternNode.Line, $"'syllable_pattern' is not a valid regular expression: {e.Message}", e);
        }

        var placePrefixes = FoldedSet(names, "place_prefixes", namesFile);
        return new NameRules(officePhrases, officeWords, demonymSuffixes, placePrefixes, feminine, roles, honorifics, nominals, modifiers, connectors, pronouns.ToFrozenDictionary(StringComparer.Ordinal), family.ToFrozenDictionary(StringComparer.Ordinal), syllable);
    }

    internal static void RequireSource(LinedJson root, string file)
    {
        if (root.Members is null)
        {
            throw new KnowledgeException(file, root.Line, "the file must be a JSON object.");
        }

        (root["source"] ?? throw new KnowledgeException(file, root.Line, "the file has no 'source' line saying where its facts come from.")).RequireString(file, "'source'");
    }

    internal static IReadOnlyList<KeyValuePair<string, LinedJson>> Object(LinedJson root, string name, string file) =>
        (root[name] ?? throw new KnowledgeException(file, root.Line, $"missing '{name}'.")).Members
        ?? throw new KnowledgeException(file, root[name]!.Line, $"'{name}' must be an object.");

    internal static FrozenSet<string> FoldedSet(LinedJson root, string name, string file) =>
        (root[name] ?? throw new KnowledgeException(file, root.Line, $"missing '{name}'."))
            .StringList(file, $"'{name}'").Select(PhraseKey.Of).ToFrozenSet(StringComparer.Ordinal);
}
