using DiploLens.Search;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Search;

public sealed class QueryParserTests
{
    public static IEnumerable<object[]> Queries => TsvTable.Read("Search/queries.tsv", 2);

    public static IEnumerable<object[]> Errors => TsvTable.Read("Search/query-errors.tsv", 3);

    [Theory]
    [MemberData(nameof(Queries))]
    public void Parse_ValidQuery_GivesClausesAndFilters(string query, string expected)
    {
        Assert.Equal(expected, Describe(QueryParser.Parse(query)));
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void Parse_MalformedQuery_ReportsPosition(string query, string position, string fragment)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query));
        Assert.Equal(int.Parse(position, System.Globalization.CultureInfo.InvariantCulture), error.Position);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedPhrase_ReportsPosition()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse("ASEAN \"Bùi Thanh"));
        Assert.Equal(6, error.Position);
        Assert.EndsWith("(at character 7)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooLongQuery_IsRefused()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(new string('a', QueryParser.MaxLength + 1)));
        Assert.Equal(QueryParser.MaxLength, error.Position);
    }

    [Fact]
    public void Parse_TooManyTerms_IsRefused()
    {
        var words = string.Join(' ', Enumerable.Range(0, QueryParser.MaxTerms + 1).Select(i => $"w{i}"));
        Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(words));
    }

    [Fact]
    public void Parse_VietnameseWord_FoldsForTheIndexAndKeepsExactForTheBoost()
    {
        var term = QueryParser.Parse("Đông").Clauses[0].Alternatives[0];
        Assert.Equal(["dong"], term.FoldedWords);
        Assert.Equal(["đông"], term.ExactWords);
    }

    [Fact]
    public void Parse_DecomposedInput_IsNormalisedToNfc()
    {
        var decomposed = "Sơn".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("Sơn", QueryParser.Parse(decomposed).Clauses[0].Alternatives[0].Text);
    }

    [Fact]
    public void Parse_RandomText_NeverThrowsAnythingButSyntaxErrors()
    {
        var random = new Random(7);
        const string alphabet = "ab đ\"-*:OR lang from ()ơ";
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            try
            {
                QueryParser.Parse(text);
            }
            catch (QuerySyntaxException e)
            {
                Assert.InRange(e.Position, 0, text.Length);
            }
        }
    }

    /// <summary>A compact, readable form of a parsed query for table tests.</summary>
    internal static string Describe(SearchQuery query)
    {
        var parts = query.Clauses.Select(c => (c.Excluded ? "-" : "+") + "(" + string.Join('|', c.Alternatives.Select(Term)) + ")").ToList();
        var f = query.Filters;
        if (f.Languages.Count > 0)
        {
            parts.Add("lang:" + string.Join(',', f.Languages));
        }

        if (f.From is not null)
        {
            parts.Add("from:" + f.From.ToIso());
        }

        if (f.To is not null)
        {
            parts.Add("to:" + f.To.ToIso());
        }

        parts.AddRange(f.Sources.Select(s => "source:" + s));
        parts.AddRange(f.Entities.Select(s => "entity:" + s));
        parts.AddRange(f.Topics.Select(s => "topic:" + s));
        parts.AddRange(f.Stories.Select(s => "story:" + s));
        if (!query.Expand)
        {
            parts.Add("expand:off");
        }

        return string.Join(' ', parts);
    }

    private static string Term(QueryTerm term) => (term.IsPhrase ? $"\"{term.Text}\"" : term.Text) + (term.IsPrefix ? "*" : string.Empty);
}
