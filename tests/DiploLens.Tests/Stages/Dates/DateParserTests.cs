using DiploLens.Documents;
using DiploLens.Extraction.Dates;
using Xunit;

namespace DiploLens.Tests.Stages.Dates;

public sealed class DateParserTests
{
    private static readonly DateOnly Reference = new(2026, 11, 23);

    public static TheoryData<string, string, string> MentionCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "dates", "mentions.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts.Length > 2 ? parts[2] : string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MentionCases))]
    public void FindMentions_Table_GivesExpectedDates(string text, string language, string expected)
    {
        var mentions = DateParser.Default.FindMentions(text, new DateContext(language, Reference));
        var actual = string.Join("|", mentions.Select(m => m.End is null ? m.Date.ToIso() : $"{m.Date.ToIso()}..{m.End.ToIso()}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Parse_FrenchWeekdayWithoutYear_PicksLatestMatchingYear()
    {
        var mention = Assert.Single(DateParser.Default.FindMentions("mardi 23 novembre", new DateContext("fr", Reference)));
        Assert.Equal(PartialDate.OfDay(2021, 11, 23), mention.Date);
        Assert.Equal(new TextSpan(0, 17), mention.Span);
    }

    [Fact]
    public void Parse_BareDayMonth_TakesPublicationYear()
    {
        var mention = Assert.Single(DateParser.Default.FindMentions("le 23 novembre", new DateContext("fr", Reference, PublicationYear: 2019)));
        Assert.Equal(PartialDate.OfDay(2019, 11, 23), mention.Date);
    }

    [Fact]
    public void Parse_NumericDate_FollowsLanguageOrder()
    {
        Assert.Equal(PartialDate.OfDay(2020, 11, 4), DateParser.Default.ParseValue("04/11/2020", new DateContext("vi", Reference)));
        Assert.Equal(PartialDate.OfDay(2020, 4, 11), DateParser.Default.ParseValue("04/11/2020", new DateContext("en", Reference)));
        Assert.Equal(PartialDate.OfDay(2020, 11, 25), DateParser.Default.ParseValue("11/25/2020", new DateContext("fr", Reference)));
    }

    [Theory]
    [InlineData("2016-06-23T10:00:00+02:00", "2016-06-23T10:00")]
    [InlineData("Thu, 23 Jun 2016 10:00:00 GMT", "2016-06-23T10:00")]
    [InlineData("23.06.2016", "2016-06-23")]
    [InlineData("June 23, 2016", "2016-06-23")]
    [InlineData("20160623", "2016-06-23")]
    [InlineData("no date here", "")]
    public void ParseValue_MetadataForms_AreRead(string value, string expected)
    {
        Assert.Equal(expected, DateParser.Default.ParseValue(value, new DateContext(null, Reference))?.ToIso() ?? string.Empty);
    }

    [Fact]
    public void FindMentions_HugeText_FinishesQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("Le 23 novembre 2021, 12/12 et 2023-2025; 1234567890 ", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var mentions = DateParser.Default.FindMentions(text, new DateContext("fr", Reference));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.True(mentions.Count >= 60_000);
    }
}
