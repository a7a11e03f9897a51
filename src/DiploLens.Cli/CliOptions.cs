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

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print machine-readable JSON instead of text.",
    };
}
