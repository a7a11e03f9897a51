namespace DiploLens.Tests.TestKit;

/// <summary>Reads a table of test cases: one case a line, columns separated by tabs, <c>#</c> lines are comments. <c>\n</c> in a cell is a line break.</summary>
internal static class TsvTable
{
    public static IEnumerable<object[]> Read(string relativePath, int columns)
    {
        var path = Path.Combine(Paths.Fixtures, relativePath);
        var number = 0;
        foreach (var line in File.ReadAllLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != columns)
            {
                throw new InvalidDataException($"{path}:{number}: expected {columns} tab-separated columns, found {cells.Length}.");
            }

            yield return cells.Select(c => (object)c.Replace("\\n", "\n", StringComparison.Ordinal)).ToArray();
        }
    }
}
