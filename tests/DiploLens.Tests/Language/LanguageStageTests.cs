using DiploLens.Documents;
using DiploLens.Language;
using DiploLens.Pipeline;
using DiploLens.Stages.Language;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Language;

public sealed class LanguageStageTests
{
    private static LanguageAnnotation Run(Document document, AnalysisOptions? options = null)
    {
        new LanguageStage(LanguageDetector.Default, options ?? AnalysisOptions.Default).Process(document);
        return document.Get(Layers.Language);
    }

    // The seeds' text split into paragraphs at line breaks, as extraction would.
    private static Document SeedDocument(string prefix)
    {
        var text = File.ReadAllText(Paths.Seed(prefix));
        var paragraphs = new List<Paragraph>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (text[start..i].Trim().Length > 0)
                {
                    paragraphs.Add(new Paragraph(new TextSpan(start, i), BlockKind.Paragraph));
                }

                start = i + 1;
            }
        }

        return new Document(text, new DocumentMetadata { Source = prefix, ContentHash = "x" }, paragraphs);
    }

    [Theory]
    [InlineData("000", "fr")]
    [InlineData("001", "en")]
    [InlineData("002", "fr")]
    [InlineData("003", "en")]
    [InlineData("004", "vi")]
    public void Process_Seed_HasItsLanguage(string seed, string expected)
    {
        var annotation = Run(SeedDocument(seed));
        Assert.Equal(expected, annotation.Language);
        Assert.True(annotation.Confidence > 0.8, $"confidence {annotation.Confidence}");
    }

    [Fact]
    public void Process_FrenchArticleQuotingEnglish_IsFrenchWithOneEnglishParagraph()
    {
        var annotation = Run(Docs.FromParagraphs(
            "Le ministre des Affaires étrangères a rencontré son homologue britannique à Paris mardi.",
            "\"We are committed to a strong partnership with France and with Europe,\" said the British minister.",
            "Les deux responsables ont évoqué la coopération économique et la sécurité régionale."));
        Assert.Equal("fr", annotation.Language);
        Assert.Equal(["fr", "en", "fr"], annotation.Paragraphs.Select(p => p.Language));
    }

    [Fact]
    public void Process_VietnameseNameInsideFrenchSentence_StaysFrench()
    {
        var annotation = Run(Docs.FromParagraphs("Le vice-ministre Nguyễn Minh Vũ et l'ambassadeur Đặng Hoàng Giang ont présidé la réunion."));
        Assert.Equal("fr", annotation.Language);
        Assert.Equal("fr", annotation.Paragraphs[0].Language);
    }

    [Fact]
    public void Process_EnglishArticleWithTranslatorCredit_StaysEnglish()
    {
        var annotation = Run(Docs.FromParagraphs(
            "The two ministers discussed trade, security and climate cooperation during the visit.",
            "Translated by Tran Hoai"));
        Assert.Equal("en", annotation.Language);
    }

    [Fact]
    public void Process_NoLetters_IsUndetermined()
    {
        var annotation = Run(Docs.FromParagraphs("05/11/2020 14:06", "🎉🎉"));
        Assert.Equal("und", annotation.Language);
        Assert.All(annotation.Paragraphs, p => Assert.Equal("und", p.Language));
    }

    [Fact]
    public void Process_TooShortForTheOptions_IsUndetermined()
    {
        var annotation = Run(Docs.FromParagraphs("Bonjour"), AnalysisOptions.Default with { LanguageMinLetters = 20 });
        Assert.Equal("und", annotation.Language);
    }

    [Fact]
    public void Process_ConfidenceThresholdAboveOne_MakesEverythingUndetermined()
    {
        var annotation = Run(Docs.FromParagraphs("Le ministre a reçu les diplomates."), AnalysisOptions.Default with { LanguageMinConfidence = 1.01 });
        Assert.Equal("und", annotation.Language);
        Assert.Equal("und", annotation.Paragraphs[0].Language);
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("fr-FR", "fr")]
    [InlineData("EN", "en")]
    [InlineData("xx", "und")]
    [InlineData(null, "und")]
    public void Process_TextTooShortToTell_FallsBackOnTheDeclaredLanguage(string? declared, string expected)
    {
        var document = new Document("Un.", new DocumentMetadata { Source = "t", ContentHash = "x", DeclaredLanguage = declared }, [new Paragraph(new TextSpan(0, 3), BlockKind.Paragraph)]);
        var annotation = Run(document);
        Assert.Equal(expected, annotation.Language);
        if (expected != "und")
        {
            Assert.Equal(0, annotation.Confidence);
        }
    }

    [Fact]
    public void Process_DeclaredLanguageContradictedByTheText_IsIgnored()
    {
        var text = "Le ministre des Affaires étrangères a reçu l'ambassadeur du Japon mardi.";
        var document = new Document(text, new DocumentMetadata { Source = "t", ContentHash = "x", DeclaredLanguage = "en" }, [new Paragraph(new TextSpan(0, text.Length), BlockKind.Paragraph)]);
        Assert.Equal("fr", Run(document).Language);
    }

    [Fact]
    public void Catalog_LanguageStage_IsRegisteredFirst() =>
        Assert.Equal(LanguageStage.StageName, StageCatalog.Default.Names[0]);
}
