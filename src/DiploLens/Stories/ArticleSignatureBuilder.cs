using System.Globalization;
using System.Text.RegularExpressions;
using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Knowledge;

namespace DiploLens.Stories;

/// <summary>
/// Builds an <see cref="ArticleSignature"/> from an analysed Document: entity ids from the entities layer (except
/// those in the dateline, "Hanoi (VNA) –", which every dispatch of an agency shares), thesaurus concepts, topic ids
/// weighted by score, figures by kind and value, years and day-month dates written in the text, acronyms, and the most
/// frequent within-language terms (syllable pairs for Vietnamese, whose words are written as separate syllables).
/// Layers that are missing contribute nothing.
/// </summary>
public sealed partial class ArticleSignatureBuilder
{
    private readonly ConceptMatcher concepts;
    private readonly LanguageData languages;
    private readonly StoryOptions options;
    private readonly Dictionary<(string Lang, string Name), int> months = [];

    public ArticleSignatureBuilder(KnowledgeData knowledge, LanguageData languages, StoryOptions options)
    {
        concepts = new ConceptMatcher(knowledge.Base);
        this.languages = languages;
        this.options = options;
        foreach (var line in languages.Files.ReadLines("stories/months.txt"))
        {
            var parts = line.Split('\t');
            months[(parts[0], parts[1])] = int.Parse(parts[2], CultureInfo.InvariantCulture);
        }
    }

    public static ArticleSignatureBuilder Default { get; } = new(KnowledgeData.Embedded, LanguageData.Embedded, StoryOptions.Default);

    public ArticleSignature Build(long articleId, Document document)
    {
        var text = document.Text;
        var language = document.TryGet(Layers.Language, out var lang) && lang.Language != "und"
            ? lang.Language
            : document.Metadata.DeclaredLanguage ?? "und";
        var features = new Dictionary<string, (FeatureKind Kind, double Count, string Label)>(StringComparer.Ordinal);
        void Add(string key, FeatureKind kind, double count, string label) =>
            features[key] = features.TryGetValue(key, out var f) ? (f.Kind, f.Count + count, f.Label) : (kind, count, label);

        var dateline = DatelineEnd(text);
        var covered = new List<TextSpan>();
        if (document.TryGet(Layers.Entities, out var entities))
        {
            foreach (var mention in entities)
            {
                covered.Add(mention.Span);
                if (mention.EntityId is null || mention.Span.End <= dateline)
                {
                    continue;
                }

                Add(mention.EntityId, StoryFeatures.KindOfEntityType(mention.Type), 1, mention.Name);
            }
        }

        foreach (var concept in concepts.Match(text))
        {
            Add(concept.Id, FeatureKind.Concept, 1, concept.NameIn("en"));
        }

        if (document.TryGet(Layers.Topics, out var topics))
        {
            foreach (var topic in topics)
            {
                Add("topic:" + topic.Id, FeatureKind.Topic, Math.Min(topic.Score, 3), topic.Name);
            }
        }

        if (document.TryGet(Layers.Figures, out var figures))
        {
            foreach (var figure in figures)
            {
                if (FigureKey(figure) is { } key)
                {
                    Add(key, FeatureKind.Figure, 1, text[figure.Span.Start..figure.Span.End]);
                }
            }
        }

        var folded = TextFolder.Fold(text);
        foreach (Match m in YearPattern().Matches(folded))
        {
            Add("year:" + m.Value, FeatureKind.Year, 1, m.Value);
        }

        // Day-month dates: from the dates stage when it ran (it knows more forms), else from the patterns below.
        var days = document.TryGet(Layers.Dates, out var dateLayer)
            ? dateLayer.Mentions.Where(m => m.Date.Precision >= DatePrecision.Day).Select(m => (m.Date.Month, m.Date.Day))
            : DayMentions(folded);
        foreach (var (month, day) in days)
        {
            var key = $"day:{month:00}-{day:00}";
            Add(key, FeatureKind.Day, 1, key[4..]);
        }

        foreach (Match m in AcronymPattern().Matches(text))
        {
            if (m.Index >= dateline && !covered.Any(s => s.Start <= m.Index && m.Index < s.End))
            {
                Add("acr:" + TextFolder.Fold(m.Value), FeatureKind.Acronym, 1, m.Value);
            }
        }

        foreach (var (term, count) in Terms(folded, language))
        {
            Add($"term:{language}:{term}", FeatureKind.Term, count, term);
        }

        var (sketch, shingles) = MinHash.Sketch(text, options.ShingleWords, options.MinHashCount);
        // The source's date first; else the publication date the dates stage read from the text (a dateline).
        var published = document.Metadata.Published
            ?? (document.TryGet(Layers.Dates, out var dates) ? dates.Published?.Date : null);
        return new ArticleSignature(
            articleId,
            language,
            features.Select(f => new SignatureFeature(f.Key, f.Value.Kind, StoryFeatures.BaseWeight(f.Value.Kind) * (1 + Math.Log(Math.Max(1, f.Value.Count))), f.Value.Label))
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .ToList())
        {
            Source = document.Metadata.Source,
            Title = document.Metadata.Title,
            TimeStart = published?.Start,
            TimeEnd = published is null ? null : EndOf(published),
            MinHash = sketch,
            ShingleCount = shingles,
        };
    }

    /// <summary>The last instant a partial date can denote.</summary>
    public static DateTime EndOf(PartialDate date) => date.Precision switch
    {
        DatePrecision.Year => date.Start.AddYears(1).AddTicks(-1),
        DatePrecision.Month => date.Start.AddMonths(1).AddTicks(-1),
        DatePrecision.Day => date.Start.AddDays(1).AddTicks(-1),
        _ => date.Start,
    };

    private static string? FigureKey(Figure figure)
    {
        // Small counts ("three pillars", "02 sessions") are everywhere; they do not tell events apart.
        if (figure.Kind == FigureKind.Count && figure.Value < 4)
        {
            return null;
        }

        var value = figure.Value.ToString("0.##", CultureInfo.InvariantCulture);
        return figure.Kind == FigureKind.Range && figure.UpperValue is { } upper
            ? $"fig:range:{value}-{upper.ToString("0.##", CultureInfo.InvariantCulture)}"
            : $"fig:{figure.Kind.ToString().ToLowerInvariant()}:{value}";
    }

    /// <summary>End offset of a dateline such as "Hanoi (VNA) –" at the start of the text, else 0.</summary>
    private static int DatelineEnd(string text)
    {
        var m = DatelinePattern().Match(text);
        return m.Success ? m.Length : 0;
    }

    private IEnumerable<(int Month, int Day)> DayMentions(string folded)
    {
        foreach (Match m in DayMonthPattern().Matches(folded))
        {
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (Month(m.Groups["m"].Value) is { } month && day is >= 1 and <= 31)
            {
                yield return (month, day);
            }
        }

        foreach (Match m in MonthDayPattern().Matches(folded))
        {
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (Month(m.Groups["m"].Value) is { } month && day is >= 1 and <= 31)
            {
                yield return (month, day);
            }
        }

        foreach (Match m in NumericDayPattern().Matches(folded))
        {
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (day is >= 1 and <= 31 && month is >= 1 and <= 12)
            {
                yield return (month, day);
            }
        }
    }

    private int? Month(string name)
    {
        foreach (var lang in new[] { "fr", "en" })
        {
            if (months.TryGetValue((lang, name), out var month))
            {
                return month;
            }
        }

        return null;
    }

    private IEnumerable<(string Term, int Count)> Terms(string folded, string language)
    {
        var stop = languages.Languages.Contains(language) ? languages.StopwordsOf(language) : null;
        var words = Tokenizer.Tokenize(folded).Select(s => folded[s.Start..s.End]).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        bool Keep(string w) => w.Length >= 2 && !char.IsAsciiDigit(w[0]) && (stop is null || !stop.Contains(w));
        if (language == "vi")
        {
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (Keep(words[i]) && Keep(words[i + 1]))
                {
                    var pair = words[i] + "_" + words[i + 1];
                    counts[pair] = counts.GetValueOrDefault(pair) + 1;
                }
            }
        }
        else
        {
            foreach (var w in words)
            {
                if (w.Length >= 3 && Keep(w))
                {
                    counts[w] = counts.GetValueOrDefault(w) + 1;
                }
            }
        }

        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(options.MaxTerms)
            .Select(c => (c.Key, c.Value));
    }

    [GeneratedRegex(@"(?<!\d\s*[-–]\s*)\b(19[4-9]\d|20[0-4]\d)\b(?!\s*[-–]\s*\d)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:er)?\s+(?<m>[a-z]{3,9})\b")]
    private static partial Regex DayMonthPattern();

    [GeneratedRegex(@"\b(?<m>[a-z]{3,9})\s+(?<d>\d{1,2})\b(?!\s*[.,]?\d)")]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex(@"\b(?:ngay\s+)?(?<d>\d{1,2})/(?<m>\d{1,2})(?:/\d{4})?\b")]
    private static partial Regex NumericDayPattern();

    [GeneratedRegex(@"\b\p{Lu}{2,8}\b")]
    private static partial Regex AcronymPattern();

    [GeneratedRegex(@"^[^\n–—-]{1,60}\([^)\n]{1,30}\)\s*[–—-]")]
    private static partial Regex DatelinePattern();
}
