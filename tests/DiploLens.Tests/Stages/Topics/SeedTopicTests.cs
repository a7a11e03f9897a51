using DiploLens.Documents;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Stages.Topics;

public sealed class SeedTopicTests
{
    [Theory]
    [MemberData(nameof(SeedGold.Prefixes), MemberType = typeof(SeedGold))]
    public void Score_Seed_FindsExactlyTheGoldTopics(string prefix)
    {
        var topics = Analysed.Seed(prefix).Get(Layers.Topics).Select(t => t.Id).Where(id => id != "nts.umbrella").Order();
        Assert.Equal(SeedGold.Strings(prefix, "topics").Order(), topics);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public void Score_Seeds000And001_CarryTheChallengesAndTheThreeChannels(string prefix)
    {
        var topics = Analysed.Seed(prefix).Get(Layers.Topics).Select(t => t.Id).ToHashSet();
        foreach (var id in new[] { "nts.climate-change", "nts.epidemics", "nts.food-security", "nts.water-security", "nts.cyber-security", "nts.terrorism", "nts.transnational-crime", "channel.party", "channel.state", "channel.people" })
        {
            Assert.Contains(id, topics);
        }
    }

    [Fact]
    public void Score_EveryTopic_CarriesEvidenceSpansOfItsTerms()
    {
        var document = Analysed.Seed("000");
        foreach (var topic in document.Get(Layers.Topics))
        {
            Assert.NotEmpty(topic.Evidence);
            Assert.All(topic.Evidence, e => Assert.Equal(DiploLens.Knowledge.PhraseKey.Of(e.Term), DiploLens.Knowledge.PhraseKey.Of(document.TextOf(e.Span))));
        }
    }
}
