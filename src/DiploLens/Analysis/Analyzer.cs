using DiploLens.Documents;

namespace DiploLens.Analysis;

/// <summary>
/// A tokenizer wrapped in filters, Lucene style. <see cref="Search"/> folds only (what the full-text index sees);
/// <see cref="For"/> adds the language's stopwords (what similarity and topic features see).
/// </summary>
public sealed class Analyzer
{
    private readonly ITokenFilter[] filters;

    public Analyzer(string name, params ITokenFilter[] filters)
    {
        Name = name;
        this.filters = filters;
    }

    public string Name { get; }

    public static Analyzer Search { get; } = new("search", FoldFilter.Instance);

    public static Analyzer For(string language, LanguageData data) =>
        new(language, FoldFilter.Instance, new StopFilter(data.StopwordsOf(language)));

    public List<Token> Analyze(string text) => Analyze(text, new TextSpan(0, text.Length));

    public List<Token> Analyze(string text, TextSpan within)
    {
        var tokens = new List<Token>();
        foreach (var span in Tokenizer.Tokenize(text, within))
        {
            // Folding first (every analyzer's first filter) reads the slice directly, sparing a copy per token.
            var first = filters.Length > 0 && filters[0] is FoldFilter ? 1 : 0;
            string? term = first == 1 ? TextFolder.Fold(text.AsSpan(span.Start, span.Length)) : text.Substring(span.Start, span.Length);
            foreach (var filter in filters.AsSpan(first))
            {
                term = filter.Apply(term);
                if (term is null)
                {
                    break;
                }
            }

            if (!string.IsNullOrEmpty(term))
            {
                tokens.Add(new Token(span, term));
            }
        }

        return tokens;
    }
}
