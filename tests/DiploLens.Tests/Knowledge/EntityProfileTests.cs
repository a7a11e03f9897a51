using DiploLens.Documents;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Knowledge;
using DiploLens.Pipeline;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Knowledge;

public sealed class EntityProfileTests
{
    private static (long, Document) Seed(long id, string prefix)
    {
        var raw = new RawArticle { Source = prefix, Body = File.ReadAllText(Paths.Seed(prefix)) };
        return (id, AnalysisPipeline.CreateDefault().Run(ArticleExtraction.Default.Extract(raw)));
    }

    [Fact]
    public void Build_BuiThanhSonOverTheFrenchAndEnglishSeeds_GathersVariantsRolesQuotesAndCoMentions()
    {
        var profile = EntityProfile.Build("person:bui-thanh-son", [Seed(2, "002"), Seed(3, "003"), Seed(4, "004")]);
        Assert.Contains(profile.Variants, v => v.Value == "Bui Thanh Son" && v.Times >= 2);
        Assert.NotEmpty(profile.Roles);
        Assert.Equal(2, profile.Quotes.Count(q => q.Kind == QuotationKind.Direct && q.ArticleId == 3));
        Assert.Contains(profile.CoMentioned, c => c.EntityId == "org:asean");
        Assert.DoesNotContain(profile.Quotes, q => q.ArticleId == 4);
    }

    [Fact]
    public void Build_EntityNotMentioned_IsEmpty()
    {
        var profile = EntityProfile.Build("person:nobody", [Seed(1, "000")]);
        Assert.Empty(profile.Variants);
        Assert.Empty(profile.Quotes);
        Assert.Empty(profile.CoMentioned);
    }
}
