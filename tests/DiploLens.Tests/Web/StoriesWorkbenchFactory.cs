using DiploLens.Storage;
using DiploLens.Stories;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Web;

/// <summary>
/// The workbench on the seeds plus <see cref="HostileText"/> (a quotation carrying script) and a republished copy of
/// seed 001, with stories rebuilt and stored the way <c>diplolens stories</c> stores them.
/// </summary>
public sealed class StoriesWorkbenchFactory() : WorkbenchFactory(PrepareAsync)
{
    public const string HostileUrl = "https://hostile.example/asean";

    public const string CopyUrl = "https://mirror.example/republished";

    /// <summary>A direct quotation whose words are markup: the page must show them as text, marked as a quotation.</summary>
    public const string HostileText = """
        Hanoi (VNA) – Foreign Minister Bui Thanh Son met ASEAN envoys on 5 December 2023 and signed 12 cooperation agreements.

        "ASEAN <script>window.__pwned=5</script> must <img src=x onerror='window.__pwned=6'> stay united," Minister Bui Thanh Son said.
        """;

    /// <summary>Seed 001 republished by another site with one line added: a near copy, stored as an article of its own.</summary>
    public static string CopyText() => File.ReadAllText(Paths.Seed("001")) + "\n\nRepublished with permission by Mirror News.\n";

    internal static async Task PrepareAsync(string db)
    {
        await using var store = await StoreBuilder.OpenAsync(db);
        await store.SaveAsync([StoreBuilder.Article(HostileText, HostileUrl, "en", "2023-12-05"), StoreBuilder.Article(CopyText(), CopyUrl)]);
        await StoryIndexer.Default.UpdateAsync(store);
    }

    /// <summary>The id of the stored article whose source ends with <paramref name="suffix"/> (a seed file name prefix, or a URL).</summary>
    public async Task<long> IdOfAsync(string suffix)
    {
        var store = (INewsStore)Services.GetService(typeof(INewsStore))!;
        await foreach (var article in store.ExportAsync())
        {
            var name = Path.GetFileName(article.Document.Metadata.Source);
            if (article.Document.Metadata.Source == suffix || name.StartsWith(suffix + "_", StringComparison.Ordinal))
            {
                return article.Id;
            }
        }

        throw new InvalidOperationException($"No stored article from '{suffix}'.");
    }
}
