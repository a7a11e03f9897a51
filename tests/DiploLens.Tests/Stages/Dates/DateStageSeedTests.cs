using DiploLens.Documents;
using DiploLens.Extraction;
using DiploLens.Extraction.Dates;
using DiploLens.Ingest;
using DiploLens.Stages.Dates;
using Xunit;

namespace DiploLens.Tests.Stages.Dates;

public sealed class DateStageSeedTests
{
    private static DateAnnotation DatesOf(string seedPrefix)
    {
        var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), seedPrefix + "_*.txt").Single();
        var document = TextArticleExtractor.Default.Extract(new RawArticle { Source = path, Body = File.ReadAllText(path) });
        var stage = new DateStage(DateParser.Default, FixedTimeProvider.Reference);
        stage.Process(document);
        return document.Get(Layers.Dates);
    }

    [Fact]
    public void Seed000_FrenchWeekdayWithoutYear_GivesEventAndPublicationDay()
    {
        var dates = DatesOf("000");
        Assert.Equal("2021-11-23", dates.Published?.Date.ToIso());
        Assert.Equal("text", dates.Published?.Source);
        Assert.Contains(dates.Mentions, m => m.Date.ToIso() == "2021-11-23" && m.Rule.Contains("weekday-year", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_BareDayMonthAfterWeekdayLead_TakesPublicationYear()
    {
        const string text = "Les diplomates se sont réunis mardi 23 novembre à Hanoï.\nLa conférence s'ouvrira le 25 novembre.";
        var lead = text.IndexOf('\n', StringComparison.Ordinal);
        var document = new Document(
            text,
            new DocumentMetadata { Source = "test", ContentHash = ContentHash.Of(text), DeclaredLanguage = "fr" },
            [new Paragraph(new TextSpan(0, lead), BlockKind.Paragraph), new Paragraph(new TextSpan(lead + 1, text.Length), BlockKind.Paragraph)]);
        new DateStage(DateParser.Default, FixedTimeProvider.Reference).Process(document);
        var dates = document.Get(Layers.Dates);
        Assert.Equal("2021-11-23", dates.Published?.Date.ToIso());
        Assert.Contains(dates.Mentions, m => m.Date.ToIso() == "2021-11-25" && m.Rule.EndsWith("publication-year", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed002_DateHeader_GivesMonthPrecision()
    {
        var dates = DatesOf("002");
        Assert.Equal("2023-12", dates.Published?.Date.ToIso());
        Assert.Equal(DatePrecision.Month, dates.Published?.Date.Precision);
    }

    [Fact]
    public void Seed004_TimestampLine_GivesMinuteAndEventDay()
    {
        var dates = DatesOf("004");
        Assert.Equal("2020-11-05T14:06", dates.Published?.Date.ToIso());
        Assert.Contains(dates.Mentions, m => m.Date.ToIso() == "2020-11-04");
        Assert.Contains(dates.Mentions, m => m.Kind == DateMentionKind.Term && m.Date.Year == 1945 && m.End?.Year == 2020);
    }

    [Fact]
    public void Seed001_NoDate_PublicationUnknown()
    {
        Assert.Null(DatesOf("001").Published);
    }

    [Fact]
    public void Seed003_YearMentions_FoundButNoPublicationDate()
    {
        var dates = DatesOf("003");
        Assert.Null(dates.Published);
        Assert.Contains(dates.Mentions, m => m.Date.ToIso() == "2023" && m.Date.Precision == DatePrecision.Year);
        Assert.Contains(dates.Mentions, m => m.Date.ToIso() == "2024" && m.Date.Precision == DatePrecision.Year);
    }
}
