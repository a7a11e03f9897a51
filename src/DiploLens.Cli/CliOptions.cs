using System.CommandLine;

namespace DiploLens.Cli;

/// <summary>Options shared by every command.</summary>
internal static class CliOptions
{
    public static readonly Option<string> Db = new("--db")
    {
        Description = "The store: a SQLite file path (default ./diplolens.db) or postgres://user@host:port/database.",
        DefaultValueFactory = _ => "diplolens.db",
        Recursive = true,
    };

    /// <summary>Concept labels for cross-language expansion: the knowledge base's by default, or a JSON array of arrays of labels.</summary>
    public static readonly Option<string?> Concepts = new("--concepts")
    {
        Description = "A JSON file of concept labels for cross-language expansion, instead of the knowledge base's: [[\"ONU\", \"United Nations\", \"Liên hợp quốc\"], …].",
    };

    public static DiploLens.Search.ConceptLabelTable LoadConcepts(string? path)
    {
        if (path is null)
        {
            return DiploLens.Search.ConceptLabelTable.Embedded;
        }

        using var stream = File.OpenRead(path);
        return DiploLens.Search.ConceptLabelTable.Load(stream);
    }

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print machine-readable JSON instead of text.",
    };

    public static readonly Option<string?> Knowledge = new("--knowledge")
    {
        Description = "A folder laid out like src/DiploLens/Data (knowledge/topics.json, knowledge/entities/*.json…) whose files override or add to the built-in data.",
    };

    /// <summary>The stage context for <c>--knowledge DIR</c> (or the built-in data); a bad folder or data file is reported on standard error.</summary>
    public static bool TryContext(string? knowledge, Pipeline.AnalysisOptions options, out Pipeline.StageContext context)
    {
        context = Pipeline.StageContext.Default with { Options = options };
        try
        {
            if (knowledge is not null)
            {
                context = Pipeline.StageContext.WithDataOverrides(knowledge, options);
            }

            _ = context.Knowledge;
            return true;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or DiploLens.Knowledge.KnowledgeException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return false;
        }
    }
}
