using DiploLens.Evaluation;
using DiploLens.Pipeline;
using DiploLens.Stories;
using DiploLens.Tests.TestKit;
using Xunit;

namespace DiploLens.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly Lazy<Dictionary<string, ArticleSignature>> Seeds = new(() =>
        new[] { "000", "001", "002", "003", "004" }.ToDictionary(p => p, p => ArticleSignatureBuilder.Default.Build(long.Parse(p) + 1, Analysed.Seed(p))));

    [Fact]
    public void AddBatch_Seeds_MakeExactlyThreeStories()
    {
        var clusterer = new StoryClusterer();
        clusterer.AddBatch(Seeds.Value.Values);

        var stories = clusterer.Stories.Select(s => s.ArticleIds.Order().ToArray()).OrderBy(a => a[0]).ToList();

        Assert.Equal([[1, 2], [3, 4], [5]], stories);
    }

    [Fact]
    public void AddBatch_Seeds_EveryLinkIsExplainedBySharedEvidence()
    {
        var clusterer = new StoryClusterer();
        var links = clusterer.AddBatch(Seeds.Value.Values).Where(l => l.Kind == LinkKind.Joined).ToList();

        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.True(l.CrossLingual));
        var soncLink = links.Single(l => l.ArticleId == 4);
        Assert.Equal(3, soncLink.LinkedTo);
        Assert.Contains(soncLink.Evidence, e => e.Feature == "person:bui-thanh-son" && e.Weight > 0);
        var meetingLink = links.Single(l => l.ArticleId == 2);
        Assert.Contains(meetingLink.Evidence, e => e.Feature == "concept:non-traditional-security");
    }

    [Fact]
    public void AddBatch_AnyOrderWithinABatch_GivesTheSameStories()
    {
        var forward = new StoryClusterer();
        forward.AddBatch(Seeds.Value.Values);
        var backward = new StoryClusterer();
        backward.AddBatch(Seeds.Value.Values.Reverse());

        Assert.Equal(Partition(forward), Partition(backward));
    }

    [Fact]
    public void Assign_FrenchAndEnglishVersionsOfOneDispatch_JoinOneStory()
    {
        var clusterer = Fixture(out var items, "e1-en", "e1-fr", "e1-vi");

        Assert.Single(clusterer.Stories);
        Assert.Equal(3, clusterer.Stories[0].Languages.Count);
    }

    [Fact]
    public void Assign_SameForumInAnotherYear_StartsANewStory()
    {
        var clusterer = Fixture(out _, "e11-fr", "e11-en", "e12-vi", "e12-en");

        Assert.Equal(2, clusterer.Stories.Count);
    }

    [Fact]
    public void Assign_SameMinisterAtAnotherMeeting_StartsANewStory()
    {
        var clusterer = Fixture(out _, "e3-en", "e3-fr", "e4-en", "e4-fr");

        Assert.Equal(2, clusterer.Stories.Count);
    }

    [Fact]
    public void Assign_SyndicatedCopy_IsLinkedToItsCanonical()
    {
        var clusterer = Fixture(out var items, "e9-fr", "e9-en", "e9-fr-copy");

        var copy = clusterer.Stories.Single().Links.Single(l => l.Kind == LinkKind.Duplicate);
        Assert.Equal("e9-fr-copy", items[(int)copy.ArticleId].Id);
        Assert.Equal("e9-fr", items[(int)copy.DuplicateOf!.Value].Id);
    }

    [Fact]
    public void Score_FixtureSet_MeetsTheIssueFloors()
    {
        var items = FixtureItems();
        var (predicted, _) = StoryEvaluation.Cluster(items, AnalysisPipeline.CreateDefault(), ArticleSignatureBuilder.Default, StoryOptions.Default);
        var score = StoryEvaluation.Score(items, predicted);

        Assert.True(score.BCubedF1 >= 0.90, $"BCubed F1 {score.BCubedF1:0.000}");
        Assert.True(score.CrossRecall >= 0.85 && score.CrossPrecision >= 0.90, $"cross-lingual P {score.CrossPrecision:0.000} R {score.CrossRecall:0.000}");
        Assert.True(score.DuplicatePrecision >= 0.98 && score.DuplicateRecall >= 0.98, $"copies P {score.DuplicatePrecision:0.000} R {score.DuplicateRecall:0.000}");
    }

    [Fact]
    public void Add_SameArticleTwice_Throws()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Seeds.Value["004"]);
        Assert.Throws<InvalidOperationException>(() => clusterer.Add(Seeds.Value["004"]));
    }

    private static List<long[]> Partition(StoryClusterer clusterer) =>
        clusterer.Stories.Select(s => s.ArticleIds.Order().ToArray()).OrderBy(a => a[0]).ToList();

    private static IReadOnlyList<StoryGold> FixtureItems()
    {
        using var reader = new StreamReader(Path.Combine(Paths.Fixtures, "Stories", "stories.jsonl"));
        return StoryEvaluation.ReadJsonLines(reader, "stories.jsonl");
    }

    private static StoryClusterer Fixture(out IReadOnlyList<StoryGold> items, params string[] ids)
    {
        var all = FixtureItems();
        items = ids.Select(id => all.Single(i => i.Id == id)).ToList();
        return StoryEvaluation.Cluster(items, AnalysisPipeline.CreateDefault(), ArticleSignatureBuilder.Default, StoryOptions.Default).Clusterer;
    }

    [Fact]
    public void Add_ArticleBridgingTwoStories_MergesThemIntoTheOlder()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Hand(1, "fr", null, "person:a", "forum:x", "fig:ordinal:31"));
        clusterer.Add(Hand(2, "vi", null, "person:b", "forum:y", "fig:ordinal:13"));
        Assert.Equal(2, clusterer.Stories.Count);

        var link = clusterer.Add(Hand(3, "en", null, "person:a", "forum:x", "fig:ordinal:31", "person:b", "forum:y", "fig:ordinal:13"));

        Assert.Single(clusterer.Stories);
        Assert.Equal([2], link.Merged);
        Assert.Equal(1, clusterer.StoryOf(2));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(60, 2)]
    public void Add_SameEvidenceDaysApart_JoinsOnlyInsideTheWindow(int days, int stories)
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Hand(1, "fr", new DateTime(2024, 3, 12), "person:a", "forum:x", "day:03-12"));
        clusterer.Add(Hand(2, "en", new DateTime(2024, 3, 12).AddDays(days), "person:a", "forum:x", "day:03-12"));

        Assert.Equal(stories, clusterer.Stories.Count);
    }

    [Fact]
    public void Add_UndatedArticlesNamingDifferentYears_AreNotLinked()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Hand(1, "fr", null, "person:a", "forum:x", "year:2021"));
        var link = clusterer.Add(Hand(2, "en", null, "person:a", "forum:x", "year:2024"));

        Assert.Equal(LinkKind.New, link.Kind);
    }

    [Fact]
    public void Evidence_ListsOnlySharedFeatures_StrongestFirst()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Hand(1, "fr", null, "person:a", "country:vn", "forum:x", "fig:ordinal:31"));
        clusterer.Add(Hand(2, "vi", null, "person:z", "country:vn"));
        var link = clusterer.Add(Hand(3, "en", null, "person:a", "country:vn", "forum:x", "org:q"));

        Assert.Equal(LinkKind.Joined, link.Kind);
        Assert.Equal(["person:a", "forum:x", "country:vn"], link.Evidence.Select(e => e.Feature));
    }

    private static ArticleSignature Hand(long id, string language, DateTime? date, params string[] keys) =>
        new(id, language, keys.Order(StringComparer.Ordinal).Select(k => new SignatureFeature(k, StoryFeatures.KindOf(k), StoryFeatures.BaseWeight(StoryFeatures.KindOf(k)), k)).ToList())
        {
            TimeStart = date,
            TimeEnd = date,
        };
}
