using System.Net.Http;
using System.Text.Json;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Cli;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(folder.Path, null, args);

    [Fact]
    public void Search_NameWithoutDiacritics_ListsBothArticlesWithMarkedSnippets()
    {
        Assert.Equal(0, Run("ingest", Paths.Samples, "--db", folder.File("s.db")).ExitCode);
        var result = Run("search", "Bui Thanh Son", "--facets", "--db", folder.File("s.db"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 article(s) match", result.Output, StringComparison.Ordinal);
        Assert.Contains("[Bui] [Thanh] [Son]", result.Output, StringComparison.Ordinal);
        Assert.Contains("source: samples (2)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchJson_GivesTotalItemsAndFacets()
    {
        Assert.Equal(0, Run("ingest", Paths.Samples, "--db", folder.File("j.db")).ExitCode);
        var json = JsonDocument.Parse(Run("search", "dong", "--json", "--db", folder.File("j.db")).Output).RootElement;
        Assert.True(json.GetProperty("total").GetInt32() >= 1);
        var item = json.GetProperty("items")[0];
        foreach (var field in new[] { "id", "title", "language", "published", "snippet", "highlights", "story" })
        {
            Assert.True(item.TryGetProperty(field, out _), $"no '{field}'");
        }

        Assert.True(json.GetProperty("facets").TryGetProperty("source", out _));
    }

    [Fact]
    public void Search_MalformedQuery_PointsAtTheProblemWithUsageExit()
    {
        var result = Run("search", "ASEAN \"unclosed", "--db", folder.File("e.db"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unclosed phrase", result.Error, StringComparison.Ordinal);
        Assert.Contains("      ^", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_AnswersSearchOnLoopback()
    {
        Assert.Equal(0, Run("ingest", Paths.Samples, "--db", folder.File("w.db")).ExitCode);
        var port = 20000 + Random.Shared.Next(20000);
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.Path };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "DiploLens.Cli.dll"), "serve", "--db", folder.File("w.db"), "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            string? body = null;
            for (var attempt = 0; attempt < 60 && body is null; attempt++)
            {
                try
                {
                    body = await http.GetStringAsync($"http://127.0.0.1:{port}/api/search?q=Bui%20Thanh%20Son");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(500);
                }
            }

            Assert.NotNull(body);
            Assert.Equal(2, JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32());

            // SIGTERM (what service managers send) stops the server cleanly.
            using (var term = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }
}
