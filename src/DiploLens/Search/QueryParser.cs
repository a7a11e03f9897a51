using System.Text;
using DiploLens.Documents;

namespace DiploLens.Search;

/// <summary>
/// Parses the query language: words (all required), "phrases", <c>a OR b</c>, <c>-excluded</c>, <c>prefix*</c>, and
/// filters <c>lang:</c> <c>from:</c> <c>to:</c> <c>source:</c> <c>topic:</c> <c>entity:</c> <c>story:</c> <c>expand:off</c>
/// (a filter value may be quoted: <c>entity:"Bùi Thanh Sơn"</c>). Errors throw <see cref="QuerySyntaxException"/> naming
/// the character where the query is malformed.
/// </summary>
public static class QueryParser
{
    /// <summary>Longer queries are refused: a human never types them, and they bound the cost of one search.</summary>
    public const int MaxLength = 1000;

    /// <summary>A bound on terms keeps the index expression, and so the search time, bounded.</summary>
    public const int MaxTerms = 32;

    private static readonly string[] FilterNames = ["lang", "from", "to", "source", "topic", "entity", "story", "expand"];

    public static SearchQuery Parse(string? text)
    {
        text = (text ?? string.Empty).Normalize(NormalizationForm.FormC);
        if (text.Length > MaxLength)
        {
            throw new QuerySyntaxException($"the query is longer than {MaxLength} characters", MaxLength);
        }

        return new Parser(text).Run();
    }

    private sealed class Parser(string text)
    {
        private readonly List<QueryClause> clauses = [];
        private readonly List<string> languages = [];
        private readonly List<string> sources = [];
        private readonly List<string> topics = [];
        private readonly List<string> entities = [];
        private readonly List<string> stories = [];
        private PartialDate? from;
        private PartialDate? to;
        private bool expand = true;
        private int index;
        private int termCount;

        // An OR seen after a term: the next term joins the previous clause.
        private int pendingOr = -1;

        public SearchQuery Run()
        {
            while (SkipSpace())
            {
                var start = index;
                if (IsOrAt(index))
                {
                    if (clauses.Count == 0 || pendingOr >= 0)
                    {
                        throw new QuerySyntaxException("OR needs a word or phrase on each side", start);
                    }

                    pendingOr = start;
                    index += 2;
                    continue;
                }

                var excluded = text[index] == '-';
                if (excluded)
                {
                    index++;
                    if (index >= text.Length || char.IsWhiteSpace(text[index]))
                    {
                        throw new QuerySyntaxException("'-' must be followed by a word or phrase to exclude", start);
                    }
                }

                if (TryFilter(excluded, start))
                {
                    continue;
                }

                var term = ReadTerm(start);
                if (term is null)
                {
                    continue;
                }

                if (++termCount > MaxTerms)
                {
                    throw new QuerySyntaxException($"the query has more than {MaxTerms} words and phrases", start);
                }

                if (pendingOr >= 0)
                {
                    var previous = clauses[^1];
                    if (previous.Excluded || excluded)
                    {
                        throw new QuerySyntaxException("OR cannot join an excluded term", pendingOr);
                    }

                    clauses[^1] = previous with { Alternatives = [.. previous.Alternatives, term] };
                    pendingOr = -1;
                }
                else
                {
                    clauses.Add(new QueryClause([term], excluded));
                }
            }

            if (pendingOr >= 0)
            {
                throw new QuerySyntaxException("OR needs a word or phrase on each side", pendingOr);
            }

            return new SearchQuery
            {
                Text = text,
                Clauses = clauses,
                Expand = expand,
                Filters = new SearchFilters
                {
                    Languages = languages, From = from, To = to, Sources = sources, Topics = topics, Entities = entities, Stories = stories,
                },
            };
        }

        private bool SkipSpace()
        {
            while (index < text.Length && char.IsWhiteSpace(text[index]))
            {
                index++;
            }

            return index < text.Length;
        }

        private bool IsOrAt(int i) =>
            i + 1 < text.Length && text[i] == 'O' && text[i + 1] == 'R' && (i + 2 == text.Length || char.IsWhiteSpace(text[i + 2]));

        /// <summary>Reads <c>name:value</c> when the text at the cursor is one; letters before a colon that are not a filter name are an error.</summary>
        private bool TryFilter(bool excluded, int start)
        {
            var i = index;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            if (i == index || i >= text.Length || text[i] != ':')
            {
                return false;
            }

            var name = text[index..i].ToLowerInvariant();
            if (name == "language")
            {
                name = "lang";
            }

            if (!FilterNames.Contains(name))
            {
                throw new QuerySyntaxException($"unknown filter '{text[index..i]}:'; filters are {string.Join(", ", FilterNames.Select(f => f + ":"))} (quote the text to search for it)", index);
            }

            if (excluded)
            {
                throw new QuerySyntaxException($"a filter cannot be excluded with '-'", start);
            }

            if (pendingOr >= 0)
            {
                throw new QuerySyntaxException("OR cannot join a filter", pendingOr);
            }

            var valueStart = i + 1;
            index = valueStart;
            string value;
            if (index < text.Length && text[index] == '"')
            {
                var close = text.IndexOf('"', index + 1);
                if (close < 0)
                {
                    throw new QuerySyntaxException($"the quoted value of '{name}:' has no closing quote", index);
                }

                value = text[(index + 1)..close].Trim();
                index = close + 1;
            }
            else
            {
                while (index < text.Length && !char.IsWhiteSpace(text[index]))
                {
                    index++;
                }

                value = text[valueStart..index];
            }

            if (value.Length == 0)
            {
                throw new QuerySyntaxException($"'{name}:' needs a value", valueStart);
            }

            switch (name)
            {
                case "lang":
                    if (value.Length is < 2 or > 3 || !value.All(char.IsAsciiLetter))
                    {
                        throw new QuerySyntaxException($"'lang:' takes a language code such as vi, fr or en, not '{value}'", valueStart);
                    }

                    languages.Add(value.ToLowerInvariant());
                    break;
                case "from":
                    from = ReadDate(value, valueStart, name);
                    break;
                case "to":
                    to = ReadDate(value, valueStart, name);
                    break;
                case "source":
                    sources.Add(value);
                    break;
                case "topic":
                    topics.Add(value);
                    break;
                case "entity":
                    entities.Add(value);
                    break;
                case "story":
                    stories.Add(value);
                    break;
                case "expand":
                    expand = value.ToLowerInvariant() switch
                    {
                        "on" or "true" or "yes" => true,
                        "off" or "false" or "no" => false,
                        _ => throw new QuerySyntaxException($"'expand:' takes on or off, not '{value}'", valueStart),
                    };
                    break;
            }

            return true;
        }

        private static PartialDate ReadDate(string value, int position, string name) =>
            PartialDate.TryParseIso(value, out var date) && date is not null
                ? date
                : throw new QuerySyntaxException($"'{name}:' takes a date such as 2023, 2023-12 or 2023-12-05, not '{value}'", position);

        private QueryTerm? ReadTerm(int start)
        {
            if (text[index] == '"')
            {
                var open = index;
                var close = text.IndexOf('"', open + 1);
                if (close < 0)
                {
                    throw new QuerySyntaxException("unclosed phrase: this quote has no closing quote", open);
                }

                var phrase = text[(open + 1)..close].Trim();
                index = close + 1;
                var prefix = index < text.Length && text[index] == '*';
                if (prefix)
                {
                    index++;
                }

                RequireSeparator();
                if (QueryWords.Split(phrase).Count == 0)
                {
                    if (phrase.Length == 0)
                    {
                        throw new QuerySyntaxException("empty phrase", open);
                    }

                    return null;
                }

                return new QueryTerm(phrase, IsPhrase: true, IsPrefix: prefix, start);
            }

            var wordStart = index;
            while (index < text.Length && !char.IsWhiteSpace(text[index]) && text[index] != '"')
            {
                index++;
            }

            var word = text[wordStart..index];
            var star = word.IndexOf('*', StringComparison.Ordinal);
            if (star >= 0 && star != word.Length - 1)
            {
                throw new QuerySyntaxException("'*' marks a prefix and may only end a word", wordStart + star);
            }

            var isPrefix = star >= 0;
            var body = isPrefix ? word[..^1] : word;
            var words = QueryWords.Split(body);
            if (words.Count == 0)
            {
                if (isPrefix)
                {
                    throw new QuerySyntaxException("'*' needs a word before it", wordStart + star);
                }

                // Punctuation alone ("—", "&") has nothing to search for.
                return null;
            }

            // A word with inner punctuation (l'ONU, Asean-Nhật) is searched as the phrase of its parts, as the index split it.
            return new QueryTerm(body, IsPhrase: words.Count > 1, IsPrefix: isPrefix, start);
        }

        private void RequireSeparator()
        {
            if (index < text.Length && !char.IsWhiteSpace(text[index]))
            {
                throw new QuerySyntaxException("a closing quote must be followed by a space", index);
            }
        }
    }
}
