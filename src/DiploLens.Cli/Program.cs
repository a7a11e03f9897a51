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
    ExtractCommand.Create(),
})
{
    root.Subcommands.Add(command);
}

var eval = new Command("eval", "Evaluations on the shared data (see docs/extraction.md).");
foreach (var command in EvalExtractionCommands.Create())
{
    eval.Subcommands.Add(command);
}

root.Subcommands.Add(eval);

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

return await parse.InvokeAsync();
