using System.Text;
using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Ingest;
using DiploLens.Pipeline;

namespace DiploLens.Extraction;

/// <summary>
/// Makes a <see cref="Document"/> from a plain-text article such as the seeds: one paragraph per non-empty line,
/// boilerplate moved out of the body with its reason, a title derived from the lead sentence when none is given.
/// No sentence of the body is removed: only whole lines that a rule or the caption test recognises, and credit
/// suffixes after a line's last sentence.
/// </summary>
public sealed class TextArticleExtractor(BoilerplateRules rules, LanguageData languageData, AnalysisOptions options)
{
    private const string ClosingPunctuation = ".!?…:;,\"”»)";
    private readonly SentenceSplitter splitter = new(languageData.AllAbbreviations);

    public static TextArticleExtractor Default { get; } = new(BoilerplateRules.Embedded, LanguageData.Embedded, AnalysisOptions.Default);

    public Document Extract(RawArticle raw)
    {
        var text = raw.Body;
        var lines = SplitLines(text);
        var removed = new List<PendingRemoval>();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        string? dateText = raw.DateText;

        // 1. Header: a date prefix or a timestamp line at the very top gives the publication date text.
        if (lines.Count > 0)
        {
            dateText = ReadHeader(text, lines, removed) ?? dateText;
        }

        // 2. A related-news tail: headline/timestamp pairs at the end.
        var tailStart = FindRelatedNewsTail(text, lines);
        for (var i = tailStart; i + 1 < lines.Count; i += 2)
        {
            var segment = new Line(lines[i].Start, lines[i + 1].End);
            removed.Add(new PendingRemoval(segment.Of(text), "related news", "related-news-tail", segment.Start, KeptIndex: -1));
        }

        // 3. Line rules, credit suffixes and uncredited captions; what is left is the body.
        var kept = new List<Line>();
        for (var i = 0; i < tailStart; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var lineText = line.Of(text);
            if (MatchLineRule(lineText) is { } rule)
            {
                removed.Add(new PendingRemoval(lineText, rule.Reason, rule.Id, line.Start, kept.Count));
                if (rule.Metadata is not null && rule.Match(lineText, out _).Groups["value"] is { Success: true } value)
                {
                    metadata.TryAdd(rule.Metadata, value.Value.Trim());
                }

                continue;
            }

            if (kept.Count > 0 && IsUncreditedCaption(lineText))
            {
                removed.Add(new PendingRemoval(lineText, "photo caption", "uncredited-caption", line.Start, kept.Count));
                continue;
            }

            foreach (var suffixRule in rules.In(RuleScope.LineSuffix))
            {
                var match = suffixRule.Match(lineText, out var offset);
                var index = offset + match.Index;
                if (match.Success && index > 0)
                {
                    removed.Add(new PendingRemoval(match.Value.Trim(), suffixRule.Reason, suffixRule.Id, line.Start + index + (match.Value.Length - match.Value.TrimStart().Length), -(kept.Count + 1)));
                    line = new Line(line.Start, line.Start + index).Trimmed(text);
                    break;
                }
            }

            kept.Add(line);
        }

        // 4. Assemble the body: paragraphs joined by a blank line, removals anchored where they stood.
        var body = new StringBuilder(text.Length);
        var paragraphs = new List<Paragraph>(kept.Count);
        foreach (var line in kept)
        {
            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            var start = body.Length;
            body.Append(text, line.Start, line.Length);
            var kind = IsHeadingLike(line.Of(text)) && paragraphs.Count > 0 ? BlockKind.Heading : BlockKind.Paragraph;
            paragraphs.Add(new Paragraph(new TextSpan(start, body.Length), kind));
        }

        var bodyText = body.ToString();
        var segments = removed
            .OrderBy(r => r.SourceOffset)
            .Select(r => new RemovedSegment(r.Text, r.Reason, r.Rule, r.SourceOffset, AnchorOf(r.KeptIndex, paragraphs, bodyText.Length)))
            .ToList();

        var title = string.IsNullOrWhiteSpace(raw.Title) ? DeriveTitle(bodyText, paragraphs) : raw.Title.Trim();
        var meta = new DocumentMetadata
        {
            Source = raw.Source,
            Url = raw.Url,
            Title = title,
            TitleDerived = string.IsNullOrWhiteSpace(raw.Title) && title is not null,
            Translator = metadata.GetValueOrDefault("translator"),
            Byline = metadata.GetValueOrDefault("byline"),
            SiteName = raw.SiteName,
            DeclaredLanguage = raw.Language,
            DateText = dateText,
            Published = PublicationDateText.TryRead(dateText),
            ContentHash = ContentHash.Of(text),
            Encoding = raw.Encoding,
        };
        return new Document(bodyText, meta, paragraphs, segments);
    }

    private string? ReadHeader(string text, List<Line> lines, List<PendingRemoval> removed)
    {
        var first = lines.FindIndex(l => l.Length > 0);
        if (first < 0)
        {
            return null;
        }

        var line = lines[first];
        var lineText = line.Of(text);
        foreach (var rule in rules.In(RuleScope.HeaderLine))
        {
            var match = rule.Match(lineText, out _);
            if (match.Success)
            {
                removed.Add(new PendingRemoval(lineText, rule.Reason, rule.Id, line.Start, 0));
                lines[first] = new Line(line.End, line.End);
                return match.Groups["date"].Value;
            }
        }

        foreach (var rule in rules.In(RuleScope.HeaderPrefix))
        {
            var match = rule.Match(lineText, out _);
            if (match.Success && match.Index == 0)
            {
                removed.Add(new PendingRemoval(match.Value.Trim(), rule.Reason, rule.Id, line.Start, 0));
                lines[first] = new Line(line.Start + match.Length, line.End).Trimmed(text);
                return match.Groups["date"].Value;
            }
        }

        return null;
    }

    /// <summary>The index of the first line of a trailing related-news list, or <c>lines.Count</c> when there is none.</summary>
    private int FindRelatedNewsTail(string text, List<Line> lines)
    {
        var nonEmpty = lines.Count;
        while (nonEmpty > 0 && lines[nonEmpty - 1].Length == 0)
        {
            nonEmpty--;
        }

        var start = nonEmpty;
        var pairs = 0;
        while (start >= 2
               && IsTimestampLine(lines[start - 1].Of(text))
               && lines[start - 2].Length > 0
               && !IsTimestampLine(lines[start - 2].Of(text)))
        {
            start -= 2;
            pairs++;
        }

        if (pairs < options.MinRelatedNewsItems || start == 0)
        {
            return lines.Count;
        }

        // Blank lines between the pairs were skipped by SplitLines, so every line from start on is part of the tail.
        return start;
    }

    private bool IsTimestampLine(string line)
    {
        foreach (var rule in rules.In(RuleScope.TimestampLine))
        {
            if (rule.IsMatch(line))
            {
                return true;
            }
        }

        return false;
    }

    private BoilerplateRule? MatchLineRule(string line)
    {
        foreach (var rule in rules.In(RuleScope.Line))
        {
            if (rule.IsMatch(line))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>A short line, not closed by punctuation, that ends in a capitalised name and names a person's title.</summary>
    private bool IsUncreditedCaption(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || words.Length > options.MaxCaptionWords || ClosingPunctuation.Contains(line[^1]))
        {
            return false;
        }

        var capitalisedRun = 0;
        for (var i = words.Length - 1; i >= 0 && char.IsUpper(words[i][0]) && words[i].All(c => char.IsLetter(c) || c is '-' or '.'); i--)
        {
            capitalisedRun++;
        }

        return capitalisedRun >= 2 && words.Any(w => rules.CaptionPersonTitles.Contains(w.Trim('"', '“', '”', ',')));
    }

    private bool IsHeadingLike(string line)
    {
        var words = line.Count(c => c == ' ') + 1;
        return words <= options.MaxHeadingWords && !ClosingPunctuation.Contains(line[^1]);
    }

    private string? DeriveTitle(string body, List<Paragraph> paragraphs)
    {
        var lead = paragraphs.FirstOrDefault(p => p.Kind == BlockKind.Paragraph) ?? paragraphs.FirstOrDefault();
        if (lead is null)
        {
            return null;
        }

        var span = lead.Span;
        var leadText = span.Of(body);
        foreach (var rule in rules.In(RuleScope.Dateline))
        {
            var match = rule.Match(leadText, out _);
            if (match.Success && match.Index == 0)
            {
                span = new TextSpan(span.Start + match.Length, span.End);
                break;
            }
        }

        var sentences = splitter.Split(body, span);
        var sentence = sentences.Count > 0 ? sentences[0].Of(body) : span.Of(body);
        sentence = sentence.TrimEnd('.', ' ');
        if (sentence.Length <= options.MaxDerivedTitleLength)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', options.MaxDerivedTitleLength - 1);
        return sentence[..(cut > 0 ? cut : options.MaxDerivedTitleLength)].TrimEnd(',', ';', ' ') + "…";
    }

    private static int AnchorOf(int keptIndex, List<Paragraph> paragraphs, int textLength)
    {
        if (keptIndex < 0)
        {
            // A negative index -(k+1) marks a suffix removed from kept paragraph k: it stood at that paragraph's end.
            var k = -keptIndex - 1;
            return k < paragraphs.Count ? paragraphs[k].Span.End : textLength;
        }

        return keptIndex < paragraphs.Count ? paragraphs[keptIndex].Span.Start : textLength;
    }

    private static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var line = new Line(start, i).Trimmed(text);
                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                start = i + 1;
            }
        }

        return lines;
    }

    private readonly record struct Line(int Start, int End)
    {
        public int Length => End - Start;

        public string Of(string text) => text.Substring(Start, Length);

        public Line Trimmed(string text)
        {
            var s = Start;
            var e = End;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            return new Line(s, e);
        }
    }

    private sealed record PendingRemoval(string Text, string Reason, string Rule, int SourceOffset, int KeptIndex);
}
