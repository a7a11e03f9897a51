using System.Globalization;
using System.Text;

namespace DiploLens.Evaluation;

/// <summary>
/// Reads the UCI News Aggregator CSV (ID, TITLE, URL, PUBLISHER, CATEGORY, STORY, HOSTNAME, TIMESTAMP in ms) as
/// story gold: the headline is the text, STORY the gold story, the timestamp the publication minute (UTC).
/// </summary>
public static class UciHeadlines
{
    public static IReadOnlyList<StoryGold> Read(string path)
    {
        var items = new List<StoryGold>();
        using var reader = new StreamReader(path);
        var header = Split(reader.ReadLine() ?? "");
        int Col(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new FormatException($"{path}: no {name} column.");
        int id = Col("ID"), title = Col("TITLE"), url = Col("URL"), story = Col("STORY"), time = Col("TIMESTAMP");
        while (reader.ReadLine() is { } line)
        {
            var f = Split(line);
            if (f.Count <= time)
            {
                continue;
            }

            var date = long.TryParse(f[time], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
                : null;
            items.Add(new StoryGold(f[id], f[url], "en", f[story], null, date, f[title]));
        }

        return items;
    }

    /// <summary>One CSV record (RFC 4180 quoting; the subset has no line breaks inside fields).</summary>
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
