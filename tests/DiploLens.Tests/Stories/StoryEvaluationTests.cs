using DiploLens.Evaluation;
using Xunit;

namespace DiploLens.Tests.Stories;

public sealed class StoryEvaluationTests
{
    private static StoryGold Item(string id, string lang, string story, string? dupOf = null) => new(id, null, lang, story, dupOf, null, "");

    [Fact]
    public void Score_PerfectClustering_IsOneEverywhere()
    {
        var items = new[] { Item("a", "fr", "x"), Item("b", "en", "x"), Item("c", "vi", "y") };
        var score = StoryEvaluation.Score(items, [(1, null), (1, null), (2, null)]);

        Assert.Equal(1, score.BCubedF1, 6);
        Assert.Equal(1, score.PairF1, 6);
        Assert.Equal(1, score.CrossRecall, 6);
        Assert.Equal(1, score.CrossGoldPairs);
    }

    [Fact]
    public void Score_EverythingInOneStory_HasFullRecallAndBCubedPrecisionOfTheMix()
    {
        // Gold {a,b} {c}: each of a, b sees 2 right of 3; c sees 1 of 3 → BCubed precision (2/3 + 2/3 + 1/3) / 3 = 5/9.
        var items = new[] { Item("a", "fr", "x"), Item("b", "en", "x"), Item("c", "en", "y") };
        var score = StoryEvaluation.Score(items, [(1, null), (1, null), (1, null)]);

        Assert.Equal(5.0 / 9, score.BCubedPrecision, 6);
        Assert.Equal(1, score.BCubedRecall, 6);
        Assert.Equal(1.0 / 3, score.PairPrecision, 6);
        Assert.Equal(0.5, score.CrossPrecision, 6);
    }

    [Fact]
    public void Score_CopyLinks_AreComparedAsUnorderedPairs()
    {
        var items = new[] { Item("a", "fr", "x"), Item("b", "fr", "x", dupOf: "a"), Item("c", "fr", "x") };
        var score = StoryEvaluation.Score(items, [(1, null), (1, "a"), (1, "b")]);

        Assert.Equal(1, score.DuplicateGoldPairs);
        Assert.Equal(1, score.DuplicateRecall, 6);
        Assert.Equal(0.5, score.DuplicatePrecision, 6);
    }
}
