using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Language;

public sealed class LanguageCommandsTests
{
    [Fact]
    public void Detect_StandardInput_PrintsOneLinePerInputBestFirst()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, "Bo Ngoai giao to chuc toa dam\nLa réunion des ministres\n\n12345\n", "detect", "-");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("vi\t", lines[0]);
        Assert.StartsWith("fr\t", lines[1]);
        Assert.StartsWith("und\t0", lines[2]);
        Assert.StartsWith("und\t0", lines[3]);
    }

    [Fact]
    public void EvalLangId_GateWithUnreachableFloor_ExitsOneNamingTheScore()
    {
        using var folder = new TempFolder();
        folder.Write(Path.Combine("data", "sentences", "fr.txt"), "Le ministre a reçu les diplomates.\n");
        var gate = folder.Write("gate.json", """{"floors": {"sentences": {"fr": 50, "en": 90}}}""");
        var result = CliRunner.Run(folder.Path, null, "eval", "langid", "--data", Path.Combine(folder.Path, "data"), "--gate", gate);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("sentences en", result.Error);
        Assert.DoesNotContain("sentences fr", result.Error);
    }
}
