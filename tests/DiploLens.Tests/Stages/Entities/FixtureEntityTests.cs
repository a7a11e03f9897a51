using DiploLens.Evaluation;
using DiploLens.Knowledge;
using DiploLens.Pipeline;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Stages.Entities;

/// <summary>The hand-written fixture articles (Fixtures/Entities/fixtures.jsonl): officials not in the knowledge base, short references, reported speech, look-alike names.</summary>
public sealed class FixtureEntityTests
{
    [Fact]
    public void Recognize_FixtureSet_ReachesPrecisionAndRecallFloors()
    {
        using var reader = new StreamReader(Path.Combine(Paths.Fixtures, "Entities", "fixtures.jsonl"));
        var articles = EntityEvaluation.ReadJsonLines(reader, "fixtures.jsonl").ToList();
        Assert.True(articles.Count >= 15);
        var (persons, orgs) = EntityEvaluation.Run(articles, AnalysisPipeline.CreateDefault(), KnowledgeData.Embedded.Base);
        var all = persons.Add(orgs);
        Assert.True(all.Precision >= 0.95, $"precision {all.Precision:0.000} ({persons}; {orgs})");
        Assert.True(all.Recall >= 0.90, $"recall {all.Recall:0.000} ({persons}; {orgs})");
        Assert.True(persons.Precision >= 0.95 && persons.Recall >= 0.90, persons.ToString());
        Assert.True(orgs.Precision >= 0.95 && orgs.Recall >= 0.90, orgs.ToString());
    }

    /// <summary>
    /// The two held-out sets were measured once before any rule change (docs/knowledge.md); this only guards against
    /// regressions, with floors below the fixture set's.
    /// </summary>
    [Theory]
    [InlineData("heldout.jsonl")]
    [InlineData("heldout2.jsonl")]
    public void Recognize_HeldOutSets_StayAboveRegressionFloors(string file)
    {
        using var reader = new StreamReader(Path.Combine(Paths.Fixtures, "Entities", file));
        var (persons, orgs) = EntityEvaluation.Run(EntityEvaluation.ReadJsonLines(reader, file).ToList(), AnalysisPipeline.CreateDefault(), KnowledgeData.Embedded.Base);
        var all = persons.Add(orgs);
        Assert.True(all.Precision >= 0.9 && all.Recall >= 0.9, $"{persons}; {orgs}");
    }

    [Fact]
    public void ReadJsonLines_BadLine_NamesTheLine()
    {
        using var reader = new StringReader("{\"text\": \"a\"}\n{not json}\n");
        var e = Assert.Throws<InvalidDataException>(() => EntityEvaluation.ReadJsonLines(reader, "gold.jsonl").ToList());
        Assert.StartsWith("gold.jsonl:2:", e.Message);
    }
}
