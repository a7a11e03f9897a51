using DiploLens.Stories;
using DiploLens.Tests.TestKit;
using Xunit;

namespace DiploLens.Tests.Stories;

public sealed class ArticleSignatureBuilderTests
{
    [Theory]
    [InlineData("fr", "Les diplomates ont débattu de la diplomatie multilatérale et des défis de sécurité non traditionnels.")]
    [InlineData("en", "Diplomats discussed multilateral diplomacy and non-traditional security challenges.")]
    [InlineData("vi", "Các nhà ngoại giao thảo luận về ngoại giao đa phương và thách thức an ninh phi truyền thống.")]
    public void Build_ConceptInAnyLanguage_HasTheSameConceptId(string _, string text)
    {
        var signature = ArticleSignatureBuilder.Default.Build(1, Analysed.Text(text));

        Assert.Contains(signature.Features, f => f.Key == "concept:multilateral-diplomacy" && f.Kind == FeatureKind.Concept);
        Assert.Contains(signature.Features, f => f.Key == "concept:non-traditional-security");
    }

    [Theory]
    [InlineData("Le sommet s'est tenu le 5 septembre à Jakarta.", "day:09-05")]
    [InlineData("The summit was held on September 5 in Jakarta.", "day:09-05")]
    [InlineData("Hội nghị diễn ra ngày 5/9 tại Jakarta.", "day:09-05")]
    [InlineData("Le Vietnam a déployé des militaires depuis 2014 au service de la paix.", "year:2014")]
    [InlineData("The 43rd ASEAN Summit opened in Jakarta on the fifth day.", "fig:ordinal:43")]
    public void Build_DatesAndFigures_BecomeLanguageFreeFeatures(string text, string key)
    {
        var signature = ArticleSignatureBuilder.Default.Build(1, Analysed.Text(text));

        Assert.Contains(signature.Features, f => f.Key == key);
    }

    [Fact]
    public void Build_DatelineAgencyAndPlace_AreNotEvidence()
    {
        var signature = ArticleSignatureBuilder.Default.Build(1, Analysed.Text("Hanoi (VNA) – Foreign Minister Bui Thanh Son met the Japanese ambassador on Monday to discuss trade."));

        Assert.DoesNotContain(signature.Features, f => f.Key is "vn:vna" or "place:hanoi");
        Assert.Contains(signature.Features, f => f.Key == "person:bui-thanh-son" && f.Kind == FeatureKind.Person);
    }

    [Fact]
    public void Build_Terms_AreKeptPerLanguage()
    {
        var signature = ArticleSignatureBuilder.Default.Build(1, Analysed.Text("The ministers discussed semiconductors and semiconductors supply chains in Tokyo."));

        Assert.Contains(signature.Features, f => f.Key == "term:en:semiconductors" && f.Kind == FeatureKind.Term);
        Assert.Equal("en", signature.Language);
    }
}
