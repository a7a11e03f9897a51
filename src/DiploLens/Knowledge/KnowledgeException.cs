namespace DiploLens.Knowledge;

/// <summary>A knowledge or rule file is malformed: the message names the file and the 1-based line.</summary>
public sealed class KnowledgeException : Exception
{
    public KnowledgeException(string file, int line, string problem, Exception? inner = null)
        : base($"{file}:{line}: {problem}", inner)
    {
        File = file;
        Line = line;
    }

    public string File { get; }

    public int Line { get; }
}
