using System.CommandLine;
using System.Globalization;
using DiploLens.Evaluation;
using DiploLens.Extraction.Html;

namespace DiploLens.Cli.Commands;

/// <summary>
/// <c>eval extraction|trafilatura|dates</c>: main-text extraction and date scores on the shared evaluation data
/// (read from <c>--data</c>, default <c>../shared/eval/&lt;name&gt;</c>), with optional pinned floors (<c>--gate FILE</c>; exit 1 below a floor).
/// </summary>
internal static class EvalExtractionCommands
{
    public static IEnumerable<Command> Create() => [Extraction(), Trafilatura(), Dates()];

    private static Option<string> DataOption(string name) => new("--data")
    {
        Description = $"The evaluation folder (laid out like ../shared/eval/{name}).",
        DefaultValueFactory = _ => Path.Combine("..", "shared", "eval", name),
    };

    private static Option<string?> GateOption() => new("--gate") { Description = "A JSON file of pinned floors ({\"score\": floor}); exit 1 if any score is below its floor." };

    private static Command Extraction()
    {
        var data = DataOption("extraction");
        var gate = GateOption();
        var worst = new Option<int>("--worst") { Description = "Also list the N pages where DiploLens scores lowest." };
        var command = new Command("extraction", "Main-text extraction F1 on word 4-gram shingles (scrapinghub benchmark), DiploLens beside every peer.") { data, gate, worst };
        command.SetAction(parse =>
        {
            var report = ExtractionEvaluation.Run(parse.GetValue(data)!, HtmlExtractor.Default);
            Console.Out.WriteLine($"Extraction on {report.Pages} pages ({parse.GetValue(data)}); scrapinghub metric (mean P, mean R, F1 of the means).");
            Console.Out.WriteLine();
            Console.Out.WriteLine("| system | precision | recall | F1 |");
            Console.Out.WriteLine("| --- | ---: | ---: | ---: |");
            foreach (var row in report.Rows)
            {
                var name = row.System == ExtractionEvaluation.SystemName ? $"**{row.System}**" : row.System;
                Console.Out.WriteLine(FormattableString.Invariant($"| {name} | {row.Precision:0.000} | {row.Recall:0.000} | {row.F1:0.000} |"));
            }

            Console.Out.WriteLine();
            var seconds = Math.Max(report.Elapsed.TotalSeconds, 1e-9);
            Console.Out.WriteLine(FormattableString.Invariant($"Throughput (decode + parse + metadata + main text, one thread): {report.Pages / seconds:0.0} pages/s, {report.Bytes / seconds / 1e6:0.00} MB/s ({report.Bytes / 1e6:0.0} MB in {seconds:0.00} s)."));
            foreach (var (id, (p, r)) in report.PerPage.OrderBy(kv => ShingleScore.F1(kv.Value.Precision, kv.Value.Recall)).Take(parse.GetValue(worst)))
            {
                Console.Out.WriteLine(FormattableString.Invariant($"  {id[..12]}  P {p:0.000}  R {r:0.000}"));
            }

            foreach (var failure in report.Failures)
            {
                Console.Error.WriteLine($"failed: {failure}");
            }

            var ours = report.Rows.Single(r => r.System == ExtractionEvaluation.SystemName);
            return Gate.Check(parse.GetValue(gate), new Dictionary<string, double> { ["precision"] = ours.Precision, ["recall"] = ours.Recall, ["f1"] = ours.F1 });
        });
        return command;
    }

    private static Command Trafilatura()
    {
        var data = DataOption("trafilatura");
        var gate = GateOption();
        var mistakes = new Option<int>("--mistakes") { Description = "Also list N pages with missing or unwanted snippets." };
        var command = new Command("trafilatura", "Precision/recall/F1 over trafilatura's must-contain / must-not-contain snippets, overall and for French pages; title and date accuracy.") { data, gate, mistakes };
        command.SetAction(parse =>
        {
            var report = TrafilaturaEvaluation.Run(parse.GetValue(data)!, HtmlExtractor.Default);
            Console.Out.WriteLine($"trafilatura evaluation on {report.Overall.Items} pages ({parse.GetValue(data)}); snippets counted as trafilatura does (tp: 'with' found, fn: 'with' missing, fp: 'without' found, tn: 'without' absent).");
            Console.Out.WriteLine();
            Console.Out.WriteLine("| subset | pages | precision | recall | F1 | accuracy |");
            Console.Out.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var row in new[] { report.Overall, report.French })
            {
                Console.Out.WriteLine(FormattableString.Invariant($"| {row.Name} | {row.Items} | {row.Precision:0.0000} | {row.Recall:0.0000} | {row.F1:0.0000} | {row.Accuracy:0.0000} |"));
            }

            Console.Out.WriteLine();
            Console.Out.WriteLine(FormattableString.Invariant($"Title accuracy: {report.TitleAccuracy:0.000} on {report.TitleItems} pages with a gold title (normalised exact match)."));
            Console.Out.WriteLine(FormattableString.Invariant($"Date accuracy: {report.DateAccuracy:0.000} on {report.DateItems} pages with a gold date (exact day; coverage {report.DateCoverage:0.000})."));
            foreach (var mistake in report.Mistakes.Take(parse.GetValue(mistakes)))
            {
                Console.Out.WriteLine("  " + mistake);
            }
            foreach (var failure in report.Failures)
            {
                Console.Error.WriteLine($"failed: {failure}");
            }

            return Gate.Check(parse.GetValue(gate), new Dictionary<string, double>
            {
                ["f1"] = report.Overall.F1,
                ["precision"] = report.Overall.Precision,
                ["recall"] = report.Overall.Recall,
                ["french_f1"] = report.French.F1,
                ["title_accuracy"] = report.TitleAccuracy,
                ["date_accuracy"] = report.DateAccuracy,
            });
        });
        return command;
    }

    private static Command Dates()
    {
        var data = DataOption("dates");
        var gate = GateOption();
        var mistakes = new Option<int>("--mistakes") { Description = "Also list N pages whose date is wrong or missing." };
        var command = new Command("dates", "Publication-date accuracy (exact day) and coverage on htmldate's evaluation pages, overall and per site language.") { data, gate, mistakes };
        command.SetAction(parse =>
        {
            var report = DateEvaluation.Run(parse.GetValue(data)!, HtmlExtractor.Default);
            Console.Out.WriteLine($"Publication dates on {report.Overall.Pages} pages ({parse.GetValue(data)}). accuracy = exact day / all pages; coverage = pages given a date; precision = exact day / pages given a date.");
            Console.Out.WriteLine();
            Console.Out.WriteLine("| language | pages | correct | accuracy | coverage | precision |");
            Console.Out.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var row in new[] { report.Overall }.Concat(report.ByLanguage))
            {
                Console.Out.WriteLine(FormattableString.Invariant($"| {row.Language} | {row.Pages} | {row.Correct} | {row.Accuracy:0.0000} | {row.Coverage:0.000} | {row.Precision:0.000} |"));
            }

            Console.Out.WriteLine();
            Console.Out.WriteLine("Where the dates came from (pages): " + string.Join(", ", report.Sources.OrderByDescending(s => s.Value).Select(s => $"{s.Key} {s.Value.ToString(CultureInfo.InvariantCulture)}")));
            foreach (var mistake in report.Mistakes.Take(parse.GetValue(mistakes)))
            {
                Console.Out.WriteLine("  " + mistake);
            }
            foreach (var failure in report.Failures)
            {
                Console.Error.WriteLine($"failed: {failure}");
            }

            return Gate.Check(parse.GetValue(gate), new Dictionary<string, double> { ["accuracy"] = report.Overall.Accuracy, ["coverage"] = report.Overall.Coverage });
        });
        return command;
    }
}
