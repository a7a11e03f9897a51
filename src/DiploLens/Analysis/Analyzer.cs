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
            string? term = text.Substring(span.Start, span.Length);
            foreach (var filter in filters)
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
