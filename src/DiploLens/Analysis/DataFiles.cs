using System.Reflection;

namespace DiploLens.Analysis;

/// <summary>
/// Reads the versioned data files (language data, rules, later the knowledge base). Paths are relative to
/// <c>src/DiploLens/Data/</c>, with '/' separators. A directory given by the user overrides the embedded copy file by file.
/// </summary>
public sealed class DataFiles
{
    private const string ResourcePrefix = "DiploLens.Data.";
    private readonly string? overrideDirectory;

    private DataFiles(string? overrideDirectory) => this.overrideDirectory = overrideDirectory;

    public static DataFiles Embedded { get; } = new(null);

    /// <summary>Files in <paramref name="directory"/> win over the embedded ones with the same relative path.</summary>
    public static DataFiles WithOverrides(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Data directory '{directory}' does not exist.");
        }

        return new DataFiles(Path.GetFullPath(directory));
    }

    /// <summary>Where <paramref name="path"/> is read from, for error messages: a file path or <c>embedded:…</c>.</summary>
    public string Describe(string path)
    {
        var file = OverridePath(path);
        return file is not null && File.Exists(file) ? file : $"embedded:{path}";
    }

    public bool Exists(string path) =>
        (OverridePath(path) is { } file && File.Exists(file)) ||
        typeof(DataFiles).Assembly.GetManifestResourceInfo(ResourcePrefix + path) is not null;

    public Stream Open(string path)
    {
        if (OverridePath(path) is { } file && File.Exists(file))
        {
            return File.OpenRead(file);
        }

        return typeof(DataFiles).Assembly.GetManifestResourceStream(ResourcePrefix + path)
            ?? throw new FileNotFoundException($"Data file '{path}' is neither embedded nor in the override directory.", path);
    }

    public string ReadAllText(string path)
    {
        using var reader = new StreamReader(Open(path));
        return reader.ReadToEnd();
    }

    /// <summary>Non-empty lines, trimmed, without <c>#</c> comment lines; absent file → empty.</summary>
    public IReadOnlyList<string> ReadLines(string path)
    {
        if (!Exists(path))
        {
            return [];
        }

        return ReadAllText(path)
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
    }

    /// <summary>Relative paths of the embedded data files under <paramref name="folder"/> (e.g. <c>language/</c>).</summary>
    public static IEnumerable<string> EmbeddedUnder(string folder) =>
        typeof(DataFiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + folder, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..]);

    /// <summary>
    /// Relative paths of the data files directly under <paramref name="folder"/> (e.g. <c>knowledge/entities/</c>):
    /// the embedded ones and any the override directory adds.
    /// </summary>
    public IReadOnlyList<string> List(string folder)
    {
        var paths = new SortedSet<string>(EmbeddedUnder(folder).Where(p => p.IndexOf('/', folder.Length) < 0), StringComparer.Ordinal);
        if (overrideDirectory is not null && Directory.Exists(Path.Combine(overrideDirectory, folder)))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(overrideDirectory, folder)))
            {
                paths.Add(folder + Path.GetFileName(file));
            }
        }

        return paths.ToList();
    }

    private string? OverridePath(string path) =>
        overrideDirectory is null ? null : Path.Combine(overrideDirectory, path.Replace('/', Path.DirectorySeparatorChar));

    internal static Assembly Assembly => typeof(DataFiles).Assembly;
}
