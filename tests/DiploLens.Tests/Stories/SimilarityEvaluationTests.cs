using DiploLens.Evaluation;
using DiploLens.Tests.TestKit;
using Xunit;

namespace DiploLens.Tests.Stories;

public sealed class SimilarityEvaluationTests
{
    [Theory]
    [InlineData(new[] { 1.0, 2, 3 }, new[] { 2.0, 4, 6 }, 1.0)]
    [InlineData(new[] { 1.0, 2, 3 }, new[] { 3.0, 2, 1 }, -1.0)]
    [InlineData(new[] { 1.0, 1, 1 }, new[] { 3.0, 2, 1 }, 0.0)]
    public void Pearson_Table(double[] x, double[] y, double expected) =>
        Assert.Equal(expected, SimilarityEvaluation.Pearson(x, y), 6);

    [Theory]
    [InlineData(new[] { 0.9, 0.8, 0.1, 0.2 }, new[] { true, true, false, false }, 1.0)]
    [InlineData(new[] { 0.1, 0.2, 0.9, 0.8 }, new[] { true, true, false, false }, 0.0)]
    [InlineData(new[] { 0.5, 0.5 }, new[] { true, false }, 0.5)]
    public void Auc_Table(double[] scores, bool[] positive, double expected) =>
        Assert.Equal(expected, SimilarityEvaluation.Auc(scores, positive), 6);

    [Fact]
    public void UciHeadlines_QuotedFieldsAndATruncatedRow_ReadAsCsv()
    {
        using var folder = new TempFolder();
        var path = folder.File("uci.csv");
        File.WriteAllText(path, "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP\n" +
            "1,\"Fed official says weak data caused by weather, should not slow taper\",http://a,LA Times,b,s1,a,1394470370698\n" +
            "2,Fed's \"Plosser\" sees high bar,http://b,Mint,b,s1,b,1394470371207\n" +
            "3,Truncated row,http://c\n");

        var items = UciHeadlines.Read(path);

        Assert.Equal(2, items.Count);
        Assert.Equal("Fed official says weak data caused by weather, should not slow taper", items[0].Text);
        Assert.Equal("Fed's \"Plosser\" sees high bar", items[1].Text);
        Assert.Equal(("s1", "en", "2014-03-10 16:52"), (items[0].Event, items[0].Language, items[0].Date));
    }
}
