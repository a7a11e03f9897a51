using DiploLens.Documents;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Documents;

public sealed class DocumentTests
{
    [Fact]
    public void Set_SameLayerTwice_Throws()
    {
        var document = Docs.FromParagraphs("One.");
        document.Set(Layers.Sentences, [new Sentence(new TextSpan(0, 4))]);
        var error = Assert.Throws<InvalidOperationException>(() => document.Set(Layers.Sentences, []));
        Assert.Contains("sentences", error.Message);
    }

    [Fact]
    public void Get_MissingLayer_NamesTheLayer()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Docs.FromParagraphs("One.").Get(Layers.Sentences));
        Assert.Contains("'sentences'", error.Message);
    }

    [Fact]
    public void NewDocument_HasItsParagraphLayer() =>
        Assert.Equal(2, Docs.FromParagraphs("One.", "Two.").Get(Layers.Paragraphs).Count);

    [Fact]
    public void ContentHash_IgnoresWhitespaceLayoutButNotWords()
    {
        Assert.Equal(ContentHash.Of("Hà Nội  \n\n ngày"), ContentHash.Of("Hà Nội ngày"));
        Assert.NotEqual(ContentHash.Of("Hà Nội"), ContentHash.Of("Ha Noi"));
    }

    [Fact]
    public void ContentHash_DecomposedAndComposedForms_AreTheSame() =>
        Assert.Equal(ContentHash.Of("Sơn".Normalize(System.Text.NormalizationForm.FormD)), ContentHash.Of("Sơn"));
}
