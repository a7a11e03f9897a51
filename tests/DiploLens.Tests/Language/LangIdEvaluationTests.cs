using DiploLens.Evaluation;
using DiploLens.Language;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Language;

public sealed class LangIdEvaluationTests
{
    private static string MakeFolder(TempFolder folder)
    {
        folder.Write(Path.Combine("sentences", "fr.txt"), "Le ministre a reçu les diplomates.\nLa réunion a eu lieu mardi.\n");
        folder.Write(Path.Combine("sentences", "vi.txt"), "Bộ Ngoại giao tổ chức tọa đàm.\n\n");
        folder.Write(Path.Combine("single-words", "en.txt"), "the\n");
        folder.Write(Path.Combine("peer-reports", "somepeer", "French.txt"),
            ">> Detection of 1000 sentences (average length: 112 chars)\nAccuracy: 97.50%\n");
        folder.Write(Path.Combine("peer-reports", "measured-dev-split.md"),
            "| kind | vi: a / b | fr: a / b |\n|---|---|---|\n| sentences | 90.0 / 91.5 | 80.0 / 81.0 |\n");
        return folder.Path;
    }

    [Fact]
    public void Run_FolderLaidOutLikeTheSharedSet_ScoresEachLanguageAndKind()
    {
        using var folder = new TempFolder();
        var result = LangIdEvaluation.Run(MakeFolder(folder), LanguageDetector.Default);
        Assert.Equal(["sentences", "sentences", "single-words"], result.Scores.Select(s => s.Kind));
        Assert.Equal(2, result.Find("fr", "sentences")!.Items);
        Assert.Equal(100, result.Find("fr", "sentences")!.Accuracy);
        Assert.Equal(1, result.Find("vi", "sentences")!.Items);
    }

    [Fact]
    public void BelowFloors_ScoreUnderItsFloorOrMissing_IsReported()
    {
        using var folder = new TempFolder();
        var result = LangIdEvaluation.Run(MakeFolder(folder), LanguageDetector.Default);
        var failures = LangIdEvaluation.BelowFloors(result, """{"floors": {"sentences": {"fr": 99.0, "en": 50}, "single-words": {"en": 0}}}""");
        var failure = Assert.Single(failures);
        Assert.Equal(("sentences", "en"), (failure.Kind, failure.Language));
    }

    [Fact]
    public void PeerReports_PublishedAndMeasured_AreBothRead()
    {
        using var folder = new TempFolder();
        var figures = LangIdPeerReports.Read(Path.Combine(MakeFolder(folder), "peer-reports"));
        Assert.Contains(new PeerFigure("somepeer", "fr", "sentences", 97.5, false), figures);
        Assert.Contains(new PeerFigure("b", "vi", "sentences", 91.5, true), figures);
        Assert.Equal(5, figures.Count);
    }
}
