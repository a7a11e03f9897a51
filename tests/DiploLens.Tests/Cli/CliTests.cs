using System.Text.Json;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(folder.Path, null, args);

    [Fact]
    public void Demo_OnSamples_ReportsEveryArticleAndItsBoilerplate()
    {
        var result = Run("demo", "--samples", Paths.Samples, "--db", folder.File("demo.db"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("5 ingested", result.Output);
        foreach (var seed in new[] { "000_", "001_", "002_", "003_", "004_" })
        {
            Assert.Contains(seed, result.Output);
        }

        Assert.Contains("translator credit", result.Output);
        Assert.Contains("related news", result.Output);
        Assert.Contains("comment counter", result.Output);

        var again = Run("demo", "--samples", Paths.Samples, "--db", folder.File("demo.db"));
        Assert.Contains("0 ingested, 0 updated, 5 unchanged", again.Output);
    }

    [Fact]
    public void ListAndShowJson_GiveTheDocumentedFields()
    {
        Assert.Equal(0, Run("ingest", Paths.Samples, "--db", folder.File("j.db")).ExitCode);
        var list = JsonDocument.Parse(Run("list", "--json", "--db", folder.File("j.db")).Output).RootElement;
        Assert.Equal(5, list.GetArrayLength());
        foreach (var field in new[] { "id", "source", "title", "language", "published" })
        {
            Assert.True(list[0].TryGetProperty(field, out _), $"list --json lacks '{field}'");
        }

        var id = list.EnumerateArray().First(a => a.GetProperty("source").GetString()!.Contains("004_")).GetProperty("id").GetInt64();
        var show = JsonDocument.Parse(Run("show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--db", folder.File("j.db")).Output).RootElement;
        Assert.StartsWith("Trong khuôn khổ", show.GetProperty("text").GetString());
        var removed = show.GetProperty("removed");
        Assert.Equal("publication timestamp", removed[0].GetProperty("reason").GetString());
        Assert.Equal("05/11/2020 14:06", removed[0].GetProperty("text").GetString());
        Assert.True(show.GetProperty("layers").GetProperty("sentences").GetArrayLength() > 3);
        Assert.True(show.GetProperty("layers").GetProperty("sentences")[0].GetProperty("span").TryGetProperty("start", out _));
        Assert.Equal("2020-11-05T14:06", show.GetProperty("metadata").GetProperty("published").GetString());
    }

    [Fact]
    public void Ingest_SomeBadInputs_ExitsOneAndNamesThem()
    {
        var empty = folder.Write("empty.txt", string.Empty);
        var result = Run("ingest", empty, Paths.Seed("000"), "--db", folder.File("e.db"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.txt", result.Error);
        Assert.Contains("1 ingested", result.Output);
    }

    [Fact]
    public void Ingest_StandardInput_IsOneArticle()
    {
        var result = CliRunner.Run(folder.Path, "Bộ Ngoại giao tổ chức tọa đàm về đối ngoại đa phương.", "ingest", "-", "--db", folder.File("s.db"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 ingested", result.Output);
    }

    [Fact]
    public async Task Ingest_InterruptedBySigint_StoresWholeBatchesAndARerunCompletesWithoutDuplicates()
    {
        const int count = 30000;
        folder.Write("in/dump.jsonl", string.Join('\n', Enumerable.Range(0, count).Select(i =>
            $$"""{"url":"https://example.org/{{i}}","text":"Dispatch {{i}}: the ministry met partners about water security."}""")));

        var db = folder.File("int.db");
        using (var process = CliRunner.Start(folder.Path, "ingest", folder.File("in"), "--db", db))
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!File.Exists(db + "-wal") && DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(20);
            }

            await Task.Delay(300);
            if (!process.HasExited)
            {
                using var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await kill!.WaitForExitAsync();
            }

            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "ingest did not stop after SIGINT");
            var errorText = await error;
            await output;
            Assert.True(process.ExitCode == 0 || errorText.Contains("Interrupted", StringComparison.Ordinal), errorText);
        }

        long stored;
        await using (var store = await DiploLens.Storage.Sqlite.SqliteNewsStore.OpenAsync(db))
        {
            stored = await store.CountAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.True(stored == count || stored % DiploLens.Pipeline.AnalysisOptions.Default.StoreBatchSize == 0, $"{stored} articles stored: not whole batches");
        Assert.Equal("ok", Integrity(db));

        var rerun = Run("ingest", folder.File("in"), "--db", db);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"{count - stored} ingested, 0 updated, {stored} unchanged", rerun.Output);
    }

    private static string Integrity(string db)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("list", "--limit", "many")]
    [InlineData("frobnicate")]
    [InlineData("list", "--from", "last week")]
    public void UsageErrors_ExitTwo(params string[] args) => Assert.Equal(2, Run(args).ExitCode);

    [Fact]
    public void Show_UnknownId_ExitsOneWithAMessage()
    {
        Run("ingest", Paths.Seed("000"), "--db", folder.File("u.db"));
        var result = Run("show", "999", "--db", folder.File("u.db"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no article 999", result.Error);
    }

    [Fact]
    public void AnyCommand_OnAFileThatIsNotADatabase_FailsCleanlyAndLeavesItAlone()
    {
        var notDb = folder.Write("notes.db", new string('x', 4096));
        var result = Run("list", "--db", notDb);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("notes.db", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
        Assert.Equal(new string('x', 4096), File.ReadAllText(notDb));
    }
}
