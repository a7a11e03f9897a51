using System.Diagnostics;
using System.Globalization;
using DiploLens.Documents;
using DiploLens.Evaluation;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Storage;
using DiploLens.Storage.Sqlite;

// Throughput and memory of extraction + analysis and of SQLite ingest on the shared corpora.
// Usage: dotnet run -c Release --project bench/DiploLens.Bench -- [--shared DIR] [--limit N] [--postgres CONNECTION --workers 1,2,4]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// Search modes: --build-store DB [--shared DIR] [--count N] builds a store from the shared corpora;
// --load URL [--clients N] [--requests N] [--seconds N] [--vocabulary DB --words N] runs the search load test against a
// running `diplolens serve` (with --vocabulary, a last kind asks N words drawn from that store's index, each once).
if (Arg("--build-store") is { } storePath)
{
    return await DiploLens.Bench.CorpusStore.BuildAsync(Arg("--shared") ?? Path.Combine(FindRepoRoot(), "..", "shared"), storePath, int.Parse(Arg("--count") ?? "30000", CultureInfo.InvariantCulture));
}

if (Arg("--load") is { } loadUrl)
{
    return await DiploLens.Bench.LoadRun.RunAsync(
        loadUrl,
        int.Parse(Arg("--clients") ?? "50", CultureInfo.InvariantCulture),
        int.Parse(Arg("--requests") ?? "5000", CultureInfo.InvariantCulture),
        TimeSpan.FromSeconds(int.Parse(Arg("--seconds") ?? "60", CultureInfo.InvariantCulture)),
        Arg("--vocabulary") is { } vocabularyStore ? await DiploLens.Bench.Vocabulary.ReadAsync(vocabularyStore, int.Parse(Arg("--words") ?? "2000", CultureInfo.InvariantCulture), seed: 23) : null);
}

if (Arg("--search-check") is { } checkStore)
{
    // dotnet run -c Release --project bench/DiploLens.Bench -- --search-check /tmp/c30k.db [--words 400]
    return await DiploLens.Bench.SearchCheck.RunAsync(checkStore, int.Parse(Arg("--words") ?? "400", CultureInfo.InvariantCulture));
}

var shared = Arg("--shared") ?? Path.Combine(FindRepoRoot(), "..", "shared");
var limit = int.Parse(Arg("--limit") ?? "100000", CultureInfo.InvariantCulture);
if (Arg("--stories") is { } persistedCheckpoints && Arg("--store") is { } storyStore)
{
    // dotnet run -c Release --project bench/DiploLens.Bench -- --stories 10000,100000,300000 --store /tmp/stories.db [--chunk 1000]
    await using var store = await DiploLens.Storage.NewsStores.OpenAsync(storyStore);
    await DiploLens.Bench.StoryBench.RunPersistedAsync(store, persistedCheckpoints.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray(),
        int.Parse(Arg("--chunk") ?? "1000", CultureInfo.InvariantCulture),
        () => Directory.GetFiles(Path.GetDirectoryName(Path.GetFullPath(storyStore))!, Path.GetFileName(storyStore) + "*").Sum(f => new FileInfo(f).Length));
    return 0;
}

if (Arg("--stories") is { } storyCheckpoints)
{
    // dotnet run -c Release --project bench/DiploLens.Bench -- --stories 10000,100000,1000000
    DiploLens.Bench.StoryBench.Run(storyCheckpoints.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray());
    return 0;
}

if (Arg("--postgres") is { } postgres)
{
    // dotnet run -c Release --project bench/DiploLens.Bench -- --postgres "Host=127.0.0.1;Port=…;Username=postgres" --limit 30000 --workers 1,2,4
    var cli = Path.Combine(FindRepoRoot(), "src", "DiploLens.Cli", "bin", "Release", "net10.0", "DiploLens.Cli.dll");
    var counts = (Arg("--workers") ?? "1,2,4").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
    await DiploLens.Bench.WorkerBench.RunAsync(postgres, shared, limit, counts, cli);
    return 0;
}

var corpora = new List<(string Name, List<RawArticle> Articles)>
{
    ("VNTC (vi)", CorpusReader.ReadVntc(Path.Combine(shared, "corpus", "vntc10_train.jsonl.gz"), limit).ToList()),
    ("MasakhaNEWS (fr)", Masakha("fra")),
    ("MasakhaNEWS (en)", Masakha("eng")),
};

var pipeline = AnalysisPipeline.CreateDefault();
var extraction = ArticleExtraction.Default;
Console.WriteLine($"DiploLens bench — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, stages: {string.Join(", ", pipeline.Stages.Select(s => s.Name))}");
Console.WriteLine();
Console.WriteLine("| corpus | articles | MB | threads | articles/s | MB/s | extraction ms | " + string.Join(" | ", pipeline.Stages.Select(s => s.Name + " ms")) + " |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|" + string.Concat(pipeline.Stages.Select(_ => "---:|")));
foreach (var (name, articles) in corpora)
{
    var megabytes = articles.Sum(a => (long)a.Bytes) / 1e6;
    Warm(articles);

    // One thread, timing each stage.
    var ticks = new long[pipeline.Stages.Count];
    long extractTicks = 0;
    var watch = Stopwatch.StartNew();
    foreach (var raw in articles)
    {
        var start = Stopwatch.GetTimestamp();
        var document = extraction.Extract(raw);
        extractTicks += Stopwatch.GetTimestamp() - start;
        pipeline.Run(document, ticks);
    }

    var single = watch.Elapsed.TotalSeconds;
    Console.WriteLine($"| {name} | {articles.Count:N0} | {megabytes:0.0} | 1 | {articles.Count / single:N0} | {megabytes / single:0.0} | {Ms(extractTicks)} | {string.Join(" | ", ticks.Select(Ms))} |");

    // All cores.
    watch.Restart();
    Parallel.ForEach(articles, raw => pipeline.Run(extraction.Extract(raw)));
    var parallel = watch.Elapsed.TotalSeconds;
    Console.WriteLine($"| {name} | {articles.Count:N0} | {megabytes:0.0} | {Environment.ProcessorCount} | {articles.Count / parallel:N0} | {megabytes / parallel:0.0} | | {string.Join(" | ", ticks.Select(_ => string.Empty))} |");
}

Console.WriteLine();
Console.WriteLine("SQLite ingest (extraction + analysis + store, batches of 256, WAL):");
var all = corpora.SelectMany(c => c.Articles).ToList();
var dbPath = Path.Combine(Path.GetTempPath(), $"diplolens-bench-{Environment.ProcessId}.db");
await using (var store = await SqliteNewsStore.OpenAsync(dbPath))
{
    var watch = Stopwatch.StartNew();
    var batchSize = AnalysisOptions.Default.StoreBatchSize;
    var added = 0;
    for (var i = 0; i < all.Count; i += batchSize)
    {
        var batch = all.Skip(i).Take(batchSize).ToArray();
        var documents = new ArticleToSave[batch.Length];
        Parallel.For(0, batch.Length, j => documents[j] = new ArticleToSave(pipeline.Run(extraction.Extract(batch[j])), batch[j].Key, pipeline.Signature));
        added += (await store.SaveAsync(documents)).Count(o => o.Action == SaveAction.Added);
    }

    var seconds = watch.Elapsed.TotalSeconds;
    Console.WriteLine($"  {all.Count:N0} articles ({added:N0} added, the rest duplicates) in {seconds:0.0} s: {all.Count / seconds:N0} articles/s; database {new FileInfo(dbPath).Length / 1e6:0} MB");
}

foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
{
    File.Delete(dbPath + suffix);
}

using var self = Process.GetCurrentProcess();
Console.WriteLine($"Peak working set {self.PeakWorkingSet64 / 1e6:0} MB (corpora held in memory: {all.Sum(a => (long)a.Body.Length * 2) / 1e6:0} MB of text); allocated {GC.GetTotalAllocatedBytes() / 1e9:0.0} GB in total.");
return 0;

List<RawArticle> Masakha(string language) =>
    new[] { "dev.tsv", "test.tsv" }.SelectMany(f => CorpusReader.ReadMasakhaNews(Path.Combine(shared, "corpus", "masakhanews-fr-en", "data", language, f), language == "fra" ? "fr" : "en")).Take(limit).ToList();

void Warm(List<RawArticle> articles)
{
    foreach (var raw in articles.Take(200))
    {
        pipeline.Run(extraction.Extract(raw));
    }
}

static string Ms(long ticks) => (ticks * 1000.0 / Stopwatch.Frequency).ToString("N0", CultureInfo.InvariantCulture);

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DiploLens.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Environment.CurrentDirectory;
}
