using System.Text.RegularExpressions;

namespace DiploLens.Extraction;

/// <summary>Where a boilerplate rule applies in a plain-text article.</summary>
public enum RuleScope
{
    /// <summary>A prefix of the first line (a <c>date 2023-12</c> header); group <c>date</c> is the publication date text.</summary>
    HeaderPrefix,

    /// <summary>The whole first line (a <c>05/11/2020 14:06</c> timestamp); group <c>date</c> is the publication date text.</summary>
    HeaderLine,

    /// <summary>A whole line (captions, credits, site chrome); group <c>value</c> goes to the metadata field named by the rule.</summary>
    Line,

    /// <summary>The end of a line (an agency credit after the last sentence).</summary>
    LineSuffix,

    /// <summary>A timestamp line of a related-news list (headline, timestamp, headline, timestamp… at the end).</summary>
    TimestampLine,

    /// <summary>A dateline at the start of the lead (<c>Hanoi (VNA) –</c>): kept in the text, skipped when deriving a title.</summary>
    Dateline,
}

/// <summary>
/// One rule of <c>Data/boilerplate/text-rules.json</c>. A rule with a <see cref="Tail"/> is matched against the last
/// <see cref="Tail"/> characters of a line only (its pattern is anchored at the line end).
/// </summary>
public sealed record BoilerplateRule(string Id, RuleScope Scope, string Language, string Reason, Regex Pattern, string? Metadata, int? Tail = null)
{
    /// <summary>
    /// Matches the rule against a line, or its tail; the match's index is relative to the tail. A pattern that runs
    /// past its time limit on a pathological line counts as no match: the line stays in the body, never lost.
    /// </summary>
    public Match Match(string line, out int offset)
    {
        offset = Tail is { } tail && line.Length > tail ? line.Length - tail : 0;
        try
        {
            return offset == 0 ? Pattern.Match(line) : Pattern.Match(line[offset..]);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    public bool IsMatch(string line) => Match(line, out _).Success;
}
