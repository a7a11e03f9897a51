using System.CommandLine;
using System.Text;
using DiploLens.Cli;
using DiploLens.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("DiploLens: multilingual news intelligence for diplomacy (vi/fr/en).");
root.Options.Add(CliOptions.Db);
foreach (var command in new[]
{
    IngestCommand.Create(),
    ListCommand.Create(),
    ShowCommand.Create(),
    DemoCommand.Create(),
    EntitiesCommand.Create(),
    EntityCommand.Create(),
    TopicsCommand.Create(),
    QuotesCommand.Create(),
    StoriesCommand.Create(),
    StoryCommand.Create(),
    SearchCommand.Create(),
    ServeCommand.Create(),
    MigrateCommand.Create(),
    DetectCommand.Create(),
    TrainLangIdCommand.Create(),
    EvalCommand.Create(),
    ExtractCommand.Create(),
}.Concat(WorkerCommands.Create()))
{
    root.Subcommands.Add(command);
}

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'diplolens --help' for usage.");
    return ExitCodes.Usage;
}

// Commands that must stop cleanly on Ctrl+C (ingest) register their own signal handlers.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
try
{
    return await parse.InvokeAsync(invocation);
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // Users get the message; a stack trace only when asked for.
    Console.Error.WriteLine($"error: {e.Message}");
    if (Environment.GetEnvironmentVariable("DIPLOLENS_DEBUG") == "1")
    {
        Console.Error.WriteLine(e);
    }

    return ExitCodes.SomeInputsFailed;
}
