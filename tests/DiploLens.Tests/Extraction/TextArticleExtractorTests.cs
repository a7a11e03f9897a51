using DiploLens.Documents;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Extraction;

public sealed class TextArticleExtractorTests
{
    private static Document ExtractSeed(string prefix)
    {
        var path = Paths.Seed(prefix);
        var decoded = TextDecoder.Decode(File.ReadAllBytes(path));
        return TextArticleExtractor.Default.Extract(new RawArticle { Source = path, Body = decoded.Text });
    }

    private static Document Extract(string text) =>
        TextArticleExtractor.Default.Extract(new RawArticle { Source = "fixture.txt", Body = text });

    [Theory]
    [InlineData("000", "photo caption:2, agency credit:1")]
    [InlineData("001", "site chrome:1, translator credit:1")]
    [InlineData("002", "date header:1, photo caption:1, agency credit:1")]
    [InlineData("003", "photo caption:2, source link:1, comment counter:1")]
    [InlineData("004", "publication timestamp:1, related news:15")]
    public void Extract_Seed_RemovesExactlyItsBoilerplate(string seed, string expected)
    {
        var document = ExtractSeed(seed);
        var actual = document.Removed.GroupBy(r => r.Reason).ToDictionary(g => g.Key, g => g.Count());
        var wanted = expected.Split(", ").Select(p => p.Split(':')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(wanted.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Extract_Seed_LosesNoLine(string seed)
    {
        var raw = File.ReadAllText(Paths.Seed(seed));
        var document = ExtractSeed(seed);
        var removed = document.Removed.Select(r => r.Text).ToList();
        foreach (var line in raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            // A line is kept whole, removed whole (alone or inside a related-news item), or split into a kept
            // body and a removed prefix/suffix (a date header, an agency credit).
            var kept = document.Text.Contains(line, StringComparison.Ordinal);
            var removedWhole = removed.Any(r => r.Contains(line, StringComparison.Ordinal));
            var split = removed.Any(r => line.Contains(r, StringComparison.Ordinal)
                && (document.Text.Contains(line.Replace(r, string.Empty, StringComparison.Ordinal).Trim(), StringComparison.Ordinal)
                    || removed.Contains(line.Replace(r, string.Empty, StringComparison.Ordinal).Trim())));
            Assert.True(kept || removedWhole || split, $"Line lost from seed {seed}: {line}");
        }
    }

    [Fact]
    public void Extract_Seed000_KeepsEveryBodyParagraphAndDropsTheCredit()
    {
        var document = ExtractSeed("000");
        Assert.Equal(8, document.Get(Layers.Paragraphs).Count);
        Assert.EndsWith("a-t-il encore indiqué.", document.Text);
        Assert.DoesNotContain("Photo : VNA", document.Text);
        Assert.Equal("– VNA", document.Removed.Single(r => r.Reason == "agency credit").Text);
    }

    [Fact]
    public void Extract_Seed001_TranslatorCreditBecomesMetadata()
    {
        var document = ExtractSeed("001");
        Assert.Equal("Tran Hoai", document.Metadata.Translator);
        Assert.DoesNotContain("Translated by", document.Text);
        Assert.DoesNotContain("At the meeting\n", document.Text);
        Assert.Contains(document.Get(Layers.Paragraphs), p => document.TextOf(p.Span).StartsWith("At the meeting, delegates agreed", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Seed002_DateHeaderGivesMonthPrecisionPublication()
    {
        var document = ExtractSeed("002");
        Assert.Equal("2023-12", document.Metadata.Published?.ToIso());
        Assert.Equal(DatePrecision.Month, document.Metadata.Published?.Precision);
        Assert.StartsWith("Hanoï (VNA) - L’année 2023", document.Text);
    }

    [Fact]
    public void Extract_Seed003_UncreditedCaptionsGoButTheSubheadingStays()
    {
        var document = ExtractSeed("003");
        Assert.Contains(document.Get(Layers.Paragraphs), p => p.Kind == BlockKind.Heading && document.TextOf(p.Span) == "3 diplomatic focuses in 2024");
        Assert.DoesNotContain("Launching book", document.Text);
        Assert.Null(document.Metadata.Published);
    }

    [Fact]
    public void Extract_Seed004_RelatedNewsTailAndTimestampHeader()
    {
        var document = ExtractSeed("004");
        Assert.Equal("2020-11-05T14:06", document.Metadata.Published?.ToIso());
        Assert.Equal(4, document.Get(Layers.Paragraphs).Count);
        Assert.EndsWith("trong thời gian tới./.", document.Text);
        var first = document.Removed.First(r => r.Reason == "related news");
        Assert.StartsWith("Chánh án Toà án quốc tế về Luật biển (ITLOS)", first.Text);
        Assert.EndsWith("16/05/2025 16:23", first.Text);
    }

    [Fact]
    public void Extract_RemovedSegments_PointBackToTheirSourceCharacters()
    {
        var raw = File.ReadAllText(Paths.Seed("004")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var document = ExtractSeed("004");
        foreach (var segment in document.Removed)
        {
            Assert.Equal(segment.Text, raw.Substring(segment.SourceOffset, segment.Text.Length));
            Assert.InRange(segment.Anchor, 0, document.Text.Length);
        }
    }

    [Fact]
    public void Extract_NoTitle_DerivesItFromTheLeadSentenceWithoutTheDateline()
    {
        var document = ExtractSeed("000");
        Assert.True(document.Metadata.TitleDerived);
        Assert.StartsWith("Les diplomates se sont réunis mardi 23 novembre", document.Metadata.Title);
        Assert.True(document.Metadata.Title!.Length <= 141);
    }

    [Fact]
    public void Extract_GivenTitle_IsKept() =>
        Assert.Equal("Given", TextArticleExtractor.Default.Extract(new RawArticle { Source = "x", Body = "Body text here.", Title = " Given " }).Metadata.Title);

    [Fact]
    public void Extract_SingleTimestampAtEnd_IsNotARelatedNewsTail()
    {
        var document = Extract("The meeting took place in Hanoi.\nA headline that is really body text\n19/03/2025 16:40");
        Assert.DoesNotContain(document.Removed, r => r.Reason == "related news");
    }

    [Fact]
    public void Extract_SentenceMentioningPhoto_IsNotACaption()
    {
        var document = Extract("The ministry published a photo: the delegates in the hall were many and the debate was long.");
        Assert.Empty(document.Removed);
    }

    [Fact]
    public void Extract_ShortHeadingWithoutName_IsKeptAsHeading()
    {
        var document = Extract("Lead paragraph of the article.\nCooperation with ASEAN Member States\nBody paragraph.");
        Assert.Empty(document.Removed);
        Assert.Equal(BlockKind.Heading, document.Get(Layers.Paragraphs)[1].Kind);
    }

    [Fact]
    public void Extract_CreditWithoutPrecedingSentenceEnd_IsKept()
    {
        var document = Extract("Cooperation between VNA - VOV continues this year.");
        Assert.Empty(document.Removed);
    }
}
