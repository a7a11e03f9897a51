using System.Text;
using DiploLens.Documents;
using DiploLens.Extraction.Dates;
using DiploLens.Extraction.Html;
using DiploLens.Tests.Stages.Dates;
using Xunit;

namespace DiploLens.Tests.Extraction;

public sealed class HtmlExtractorFixtureTests
{
    private static readonly HtmlExtractor Extractor = new(HtmlRules.Embedded, DateParser.Default, FixedTimeProvider.Reference);

    internal static HtmlExtraction ExtractFixture(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", name);
        return Extractor.Extract(File.ReadAllBytes(path), new HtmlInput(path));
    }

    public static TheoryData<string, string, string> Expectations()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", "expectations.tsv")))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Extract_FixturePage_MeetsExpectation(string file, string kind, string snippet)
    {
        var text = ExtractFixture(file).Document.Text;
        if (kind == "must")
        {
            Assert.Contains(snippet, text, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain(snippet, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Extract_FrenchPage_ReadsMetadata()
    {
        var page = ExtractFixture("fr-news.html");
        var metadata = page.Document.Metadata;
        Assert.Equal("Le Vietnam renforce sa diplomatie multilatérale", metadata.Title);
        Assert.Equal("Claire Dupont", metadata.Byline);
        Assert.Equal("Le Courrier du Mékong", metadata.SiteName);
        Assert.Equal("fr", metadata.DeclaredLanguage);
        Assert.Equal("https://courrier-mekong.example/politique/2021/11/23/diplomatie-multilaterale", metadata.Url);
        Assert.Equal("2021-11-23T09:15", metadata.Published?.ToIso());
        Assert.Equal("meta:article:published_time", metadata.PublishedSource);
        Assert.Equal("2021-11-24T08:00", metadata.Modified?.ToIso());
        Assert.Contains(page.Page.Images, i => i.Caption == "Les diplomates lors de la réunion, le 23 novembre. Photo : VNA");
    }

    [Fact]
    public void Extract_FrenchPage_KeepsHeadingsAndListItems()
    {
        var document = ExtractFixture("fr-news.html").Document;
        var paragraphs = document.Get(Layers.Paragraphs);
        Assert.Contains(paragraphs, p => p.Kind == BlockKind.Heading && document.TextOf(p.Span) == "Une feuille de route pour 2023-2025");
        Assert.Equal(3, paragraphs.Count(p => p.Kind == BlockKind.ListItem));
    }

    [Fact]
    public void Extract_FrenchPage_KeepsRemovedBlocksWithReasons()
    {
        var removed = ExtractFixture("fr-news.html").Document.Removed;
        Assert.Contains(removed, r => r.Reason == "comments" && r.Text.Contains("Très bon article", StringComparison.Ordinal));
        Assert.Contains(removed, r => r.Reason == "related" && r.Text.Contains("Conseil de sécurité", StringComparison.Ordinal));
        Assert.Contains(removed, r => r.Reason == "cookie-notice");
        Assert.Contains(removed, r => r.Reason == "caption");
        Assert.Contains(removed, r => r.Reason == "navigation" && r.Text.Contains("Accueil", StringComparison.Ordinal));
        var text = ExtractFixture("fr-news.html").Document.Text;
        Assert.All(removed, r => Assert.InRange(r.Anchor, 0, text.Length));
    }

    [Fact]
    public void Extract_VietnamesePage_ReadsJsonLd()
    {
        var metadata = ExtractFixture("vi-news.html").Document.Metadata;
        Assert.Equal("Đối ngoại đa phương Việt Nam: Đóng góp 75 năm qua", metadata.Title);
        Assert.Equal("Minh Anh", metadata.Byline);
        Assert.Equal("2020-11-05T14:06", metadata.Published?.ToIso());
        Assert.Equal("json-ld:datePublished", metadata.PublishedSource);
        Assert.Equal("vi", metadata.DeclaredLanguage);
    }

    [Fact]
    public void Extract_EnglishPage_DateFromTimeAndTitleWithoutSiteName()
    {
        var metadata = ExtractFixture("en-news.html").Document.Metadata;
        Assert.Equal("Ministers agree on maritime cooperation plan", metadata.Title);
        Assert.Equal("John Carter", metadata.Byline);
        Assert.Equal("2021-11-23", metadata.Published?.ToIso());
        Assert.Equal("en", metadata.DeclaredLanguage);
    }

    [Fact]
    public void Extract_FeedPage_DateFromVisibleDayFirstTimestamp()
    {
        // 15/11/2020 cannot be month-first, so it is read day-first even on an English page.
        var metadata = ExtractFixture("feed-page.html").Document.Metadata;
        Assert.Equal("2020-11-15T14:06", metadata.Published?.ToIso());
    }

    [Fact]
    public void Extract_RelatedAndComments_PublicationFromMetaDate()
    {
        var metadata = ExtractFixture("related-comments.html").Document.Metadata;
        Assert.Equal("2023-12-05", metadata.Published?.ToIso());
    }

    [Fact]
    public void DateStage_OnHtmlDocument_UsesMetadataAndFindsMentions()
    {
        var document = ExtractFixture("vi-news.html").Document;
        var dates = new DiploLens.Stages.Dates.DateStage(DateParser.Default, FixedTimeProvider.Reference).Find(document);
        Assert.Equal("metadata", dates.Published?.Source);
        Assert.Contains(dates.Mentions, m => m.Date.ToIso() == "2020-11-04");
        Assert.Contains(dates.Mentions, m => m.Date.ToIso() == "2020-11" && m.Date.Precision == DatePrecision.Month);
        Assert.Contains(dates.Mentions, m => m.Kind == DateMentionKind.Term && m.End?.Year == 2020);
    }
}
