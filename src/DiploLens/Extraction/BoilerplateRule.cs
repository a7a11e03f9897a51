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

/// <summary>One rule of <c>Data/boilerplate/text-rules.json</c>.</summary>
public sealed record BoilerplateRule(string Id, RuleScope Scope, string Language, string Reason, Regex Pattern, string? Metadata);
