using DiploLens.Stories;
using DiploLens.Tests.TestKit;
using Xunit;

namespace DiploLens.Tests.Stories;

public sealed class NearDuplicateTests
{
    private const string Dispatch =
        "Le Premier ministre Pham Minh Chinh est arrivé le 5 septembre à Jakarta pour participer au 43e Sommet de l'ASEAN et aux réunions connexes, " +
        "à l'invitation du président indonésien Joko Widodo. Lors de la séance plénière, le Premier ministre a appelé l'ASEAN à maintenir son rôle central.";

    [Theory]
    [InlineData("identical", Dispatch, 1.0, 1.0)]
    [InlineData("accents and case lost", "LE PREMIER MINISTRE PHAM MINH CHINH EST ARRIVE LE 5 SEPTEMBRE A JAKARTA POUR PARTICIPER AU 43E SOMMET DE L'ASEAN ET AUX REUNIONS CONNEXES, A L'INVITATION DU PRESIDENT INDONESIEN JOKO WIDODO. LORS DE LA SEANCE PLENIERE, LE PREMIER MINISTRE A APPELE L'ASEAN A MAINTENIR SON ROLE CENTRAL.", 1.0, 1.0)]
    [InlineData("boilerplate added", Dispatch + " Photo : VNA. Lire aussi. Partager sur Facebook.", 0.6, 1.0)]
    [InlineData("two words edited", "Le Premier ministre Pham Minh Chinh est arrivé mardi 5 septembre à Jakarta pour participer au 43e Sommet de l'ASEAN et aux réunions connexes, à l'invitation du chef d'État indonésien Joko Widodo. Lors de la séance plénière, le Premier ministre a appelé l'ASEAN à maintenir son rôle central.", 0.5, 0.95)]
    [InlineData("another article on the same event", "Jakarta – Le chef du gouvernement vietnamien a pris part mardi au sommet de l'ASEAN, où il a plaidé pour l'unité du bloc et la connectivité numérique.", 0.0, 0.2)]
    public void Similarity_OfTwoTexts_EstimatesShingleJaccard(string _, string other, double min, double max)
    {
        var options = StoryOptions.Default;
        var (a, _) = MinHash.Sketch(Dispatch, options.ShingleWords, options.MinHashCount);
        var (b, _) = MinHash.Sketch(other, options.ShingleWords, options.MinHashCount);
        Assert.InRange(MinHash.Similarity(a, b), min, max);
    }

    [Fact]
    public void Sketch_EmptyText_IsEmptyAndNeverSimilar()
    {
        var (sketch, shingles) = MinHash.Sketch("", 3, 128);
        Assert.Empty(sketch);
        Assert.Equal(0, shingles);
        Assert.Equal(0, MinHash.Similarity(sketch, sketch));
    }

    [Fact]
    public void FindCopyOf_SyndicatedCopyWithOtherBoilerplate_FindsTheOriginal()
    {
        var options = StoryOptions.Default;
        var index = new NearDuplicateIndex(options);
        index.Add(Signature(1, Dispatch, options));
        index.Add(Signature(2, "Hanoï (VNA) – Le Vietnam a envoyé le 10 juin sa troisième unité du génie, composée de 184 officiers et soldats, à la Force intérimaire de sécurité des Nations unies pour Abyei.", options));

        var copy = index.FindCopyOf(Signature(3, "Jakarta (VNA) – " + Dispatch + "\nSource : VNA\nCommentaires (0)", options));

        Assert.NotNull(copy);
        Assert.Equal(1, copy.Value.ArticleId);
    }

    [Fact]
    public void FindCopyOf_ShortHeadline_IsNeverACopy()
    {
        var options = StoryOptions.Default;
        var index = new NearDuplicateIndex(options);
        index.Add(Signature(1, "Fed official says weak data caused by weather", options));
        Assert.Null(index.FindCopyOf(Signature(2, "Fed official says weak data caused by weather", options)));
    }

    private static ArticleSignature Signature(long id, string text, StoryOptions options)
    {
        var (sketch, shingles) = MinHash.Sketch(text, options.ShingleWords, options.MinHashCount);
        return new ArticleSignature(id, "fr", []) { MinHash = sketch, ShingleCount = shingles };
    }
}
