using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using DiploLens.Evaluation;
using DiploLens.Language;

namespace DiploLens.Cli.Commands;

/// <summary>
/// <c>diplolens eval &lt;what&gt;</c>: quality evaluations over <c>../shared/eval</c>. Each evaluation is one subcommand
/// built by its own <c>Create…</c> method below; add a new one to the array in <see cref="Create"/>.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Evaluate quality against the shared evaluation sets (and optionally gate on pinned floors).");
        foreach (var subcommand in new[] { CreateLangId(), EvalEntitiesCommand.Create(), EvalStoriesCommand.Create(), EvalSimilarityCommand.Create() }.Concat(EvalExtractionCommands.Create()))
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    private static Command CreateLangId()
    {
        var data = new Option<string>("--data")
        {
            Description = "Folder laid out like ../shared/eval/langid: <kind>/<code>.txt, one item a line.",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "eval", "langid"),
        };
        var gate = new Option<string?>("--gate") { Description = "JSON file of pinned floors (eval/gates/langid.json); exit 1 if any score is below." };
        var speed = new Option<bool>("--speed") { Description = "Also measure single-threaded throughput: short strings/s on the word pairs, articles/s on --corpus." };
        var corpus = new Option<string>("--corpus")
        {
            Description = "JSON Lines (.gz) articles with a \"text\" field, for --speed.",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus", "vntc10_train.jsonl.gz"),
        };
        var model = new Option<string?>("--model") { Description = "Evaluate this model file instead of the embedded one." };
        var errors = new Option<int>("--errors") { Description = "How many confusion rows to print.", DefaultValueFactory = _ => 30 };
        var command = new Command("langid", "Language identification accuracy per language and kind (choosing among all model languages), beside the peers.")
        {
            data, gate, speed, corpus, model, errors,
        };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(data)!;
            if (!Directory.Exists(directory))
            {
                Console.Error.WriteLine($"error: evaluation folder '{directory}' does not exist.");
                return ExitCodes.Usage;
            }

            var detector = parse.GetValue(model) is { } modelFile ? LoadDetector(modelFile) : LanguageDetector.Default;
            var result = LangIdEvaluation.Run(directory, detector);
            PrintLangIdTable(result, LangIdPeerReports.Read(Path.Combine(directory, "peer-reports")));
            PrintConfusions(result, parse.GetValue(errors));
            if (parse.GetValue(speed))
            {
                PrintSpeed(detector, directory, parse.GetValue(corpus)!);
            }

            return parse.GetValue(gate) is { } gateFile ? CheckGate(result, gateFile) : ExitCodes.Success;
        });
        return command;
    }

    internal static LanguageDetector LoadDetector(string path)
    {
        using var stream = File.OpenRead(path);
        return new LanguageDetector(LanguageModel.Read(stream));
    }

    private static void PrintLangIdTable(LangIdResult result, IReadOnlyList<PeerFigure> peers)
    {
        var peerColumns = peers
            .Select(p => (p.Peer, p.OnThisSplit))
            .Distinct()
            .OrderBy(p => p.OnThisSplit)
            .ThenBy(p => p.Peer, StringComparer.Ordinal)
            .ToList();
        var header = $"{"kind",-13} {"lang",-4} {"items",5} {"ours",6} {"best peer",-24}";
        header += string.Concat(peerColumns.Select(c => $" {Label(c.Peer, c.OnThisSplit),11}"));
        Console.Out.WriteLine("Language identification accuracy (%), choosing among all model languages.");
        Console.Out.WriteLine("Peers marked * were measured on this very split; the others are published figures on their full test set.");
        Console.Out.WriteLine(header);
        foreach (var score in result.Scores)
        {
            var row = peers.Where(p => p.Language == score.Language && p.Kind == score.Kind).ToList();
            var best = row.OrderByDescending(p => p.Accuracy).ThenBy(p => p.Peer, StringComparer.Ordinal).FirstOrDefault();
            var bestText = best is null ? "-" : $"{best.Accuracy:F1} {Label(best.Peer, best.OnThisSplit)}{(score.Accuracy >= best.Accuracy ? " ✓" : " ✗")}";
            var line = $"{score.Kind,-13} {score.Language,-4} {score.Items,5} {score.Accuracy,6:F1} {bestText,-24}";
            foreach (var (peer, onSplit) in peerColumns)
            {
                var figure = row.FirstOrDefault(p => p.Peer == peer && p.OnThisSplit == onSplit);
                line += figure is null ? $" {"-",11}" : $" {figure.Accuracy,11:F1}";
            }

            Console.Out.WriteLine(line);
        }
    }

    private static string Label(string peer, bool onThisSplit) =>
        (onThisSplit ? peer + "*" : peer.Replace("lingua-high-accuracy", "lingua-high").Replace("lingua-low-accuracy", "lingua-low"));

    private static void PrintConfusions(LangIdResult result, int limit)
    {
        var total = result.Confusions.Sum(c => c.Count);
        Console.Out.WriteLine();
        Console.Out.WriteLine($"Errors: {total} (showing the {Math.Min(limit, result.Confusions.Count)} most frequent confusions of {result.Confusions.Count})");
        Console.Out.WriteLine($"{"kind",-13} {"expected",-8} {"got",-6} {"count",5}  examples");
        foreach (var confusion in result.Confusions.Take(limit))
        {
            Console.Out.WriteLine($"{confusion.Kind,-13} {confusion.Expected,-8} {confusion.Predicted,-6} {confusion.Count,5}  {string.Join(" | ", confusion.Examples.Take(3))}");
        }
    }

    private static void PrintSpeed(LanguageDetector detector, string directory, string corpusPath)
    {
        Console.Out.WriteLine();
        var pairs = Directory.Exists(Path.Combine(directory, "word-pairs"))
            ? Directory.GetFiles(Path.Combine(directory, "word-pairs"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).SelectMany(File.ReadLines).Where(l => l.Length > 0).ToList()
            : [];
        if (pairs.Count > 0)
        {
            var (rate, cpuRate) = Measure(pairs, detector);
            Console.Out.WriteLine($"short strings (word pairs, {pairs.Count} items): {Rate(rate)} strings/s on one thread ({Rate(cpuRate)} per CPU second)");
        }

        if (File.Exists(corpusPath))
        {
            var articles = ReadArticles(corpusPath, 5000);
            var chars = articles.Sum(a => (long)a.Length);
            var (rate, cpuRate) = Measure(articles, detector);
            Console.Out.WriteLine($"articles ({Path.GetFileName(corpusPath)}, first {articles.Count}, {chars / Math.Max(1, articles.Count)} chars on average): {Rate(rate)} articles/s on one thread ({Rate(cpuRate)} per CPU second)");
        }
        else
        {
            Console.Out.WriteLine($"articles: corpus '{corpusPath}' not found, skipped");
        }
    }

    private static string Rate(double rate) => rate.ToString("N0", CultureInfo.InvariantCulture);

    // Runs the items until at least two seconds have passed (after one warm-up pass) and returns items per wall-clock
    // second and per second of this process's CPU time; the latter is steadier on a machine shared with other work.
    private static (double Wall, double Cpu) Measure(IReadOnlyList<string> items, LanguageDetector detector)
    {
        foreach (var item in items)
        {
            detector.Rank(item, 1);
        }

        var count = 0L;
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < 2)
        {
            foreach (var item in items)
            {
                detector.Rank(item, 1);
            }

            count += items.Count;
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
        return (count / watch.Elapsed.TotalSeconds, count / Math.Max(cpu, 1e-9));
    }

    private static List<string> ReadArticles(string path, int limit)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var articles = new List<string>();
        while (articles.Count < limit && reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } value)
            {
                articles.Add(value);
            }
        }

        return articles;
    }

    private static int CheckGate(LangIdResult result, string gateFile)
    {
        if (!File.Exists(gateFile))
        {
            Console.Error.WriteLine($"error: gate file '{gateFile}' does not exist.");
            return ExitCodes.Usage;
        }

        var failures = LangIdEvaluation.BelowFloors(result, File.ReadAllText(gateFile));
        Console.Out.WriteLine();
        if (failures.Count == 0)
        {
            Console.Out.WriteLine($"gate {gateFile}: every score is at or above its floor");
            return ExitCodes.Success;
        }

        foreach (var (kind, language, floor, actual) in failures)
        {
            Console.Error.WriteLine($"gate: {kind} {language} = {actual:F1}% is below its floor {floor:F1}%");
        }

        return ExitCodes.SomeInputsFailed;
    }
}
