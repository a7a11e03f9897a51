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
        var records = Records(File.ReadAllText(path)).ToList();
        if (records.Count == 0)
        {
            return items;
        }

        var header = records[0];
        int Col(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new FormatException($"{path}: no {name} column.");
        int id = Col("ID"), title = Col("TITLE"), url = Col("URL"), story = Col("STORY"), time = Col("TIMESTAMP");
        foreach (var f in records.Skip(1))
        {
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

    /// <summary>CSV records (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks).</summary>
    private static IEnumerable<List<string>> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
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
            else if (c == '"' && field.Length == 0)
            {
                // Only a quote opening a field quotes it; one inside an unquoted field is text (RFC 4180 readers agree).
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
