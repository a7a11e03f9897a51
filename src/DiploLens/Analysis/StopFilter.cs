using System.Collections.Frozen;

namespace DiploLens.Analysis;

/// <summary>Drops terms found in a stopword set; the set holds folded terms, so this filter runs after folding.</summary>
public sealed class StopFilter(FrozenSet<string> stopwords) : ITokenFilter
{
    public string? Apply(string term) => stopwords.Contains(term) ? null : term;
}
