using DiploLens.Stories;
using DiploLens.Tests.TestKit;
using DiploLens.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DiploLens.Tests.Web;

/// <summary>
/// The workbench on a real loopback port (Kestrel) over the seeds plus a hostile article (stories rebuilt and stored), and Debian's Chromium driven
/// by Playwright's .NET library. Playwright's own browser download is never used: the system Chromium is launched
/// headless with background networking off, so nothing leaves the machine.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Scraped text that tries to run script; the pages must show it as text and run nothing.</summary>
    public const string HostileText =
        "Hostile page about ASEAN <script>window.__pwned = 1;</script> and <img src=x onerror=\"window.__pwned = 2\"> plus \"><svg onload=window.__pwned=3>.";

    private readonly TempFolder folder = new();
    private WebApplication? app;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Where the browser tests write their screenshots: <c>artifacts/screenshots</c> beside the test assembly.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    /// <summary>Saves a full-page screenshot named <paramref name="name"/>.png to <see cref="ScreenshotFolder"/> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task InitializeAsync()
    {
        var db = await StoreBuilder.SamplesAsync(folder.File("browser.db"));
        await using (var store = await StoreBuilder.OpenAsync(db))
        {
            await store.SaveAsync([StoreBuilder.Article(HostileText + "\n\nSecond paragraph mentions ASEAN again.", "https://evil.example/page", "en", "2023-10-01", "Hostile <b>title</b> <script>window.__pwned=4</script>")]);
            await StoryIndexer.Default.UpdateAsync(store);
        }

        app = WorkbenchHost.Build(new WorkbenchOptions { DbPath = db, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
