using System.Globalization;
using System.Text.RegularExpressions;

namespace DiploLens.Evaluation;

/// <summary>
/// Reads the peers' figures from <c>peer-reports/</c>: the published Lingua-style reports
/// (<c>&lt;peer&gt;/&lt;Language&gt;.txt</c>, "Detection of N single words … Accuracy: X%") and the table of peers measured on
/// the dev split (<c>measured-dev-split.md</c>, rows "| kind | a / b / c | …" under a header naming the peers per language).
/// </summary>
public static partial class LangIdPeerReports
{
    private static readonly Dictionary<string, string> LanguageCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Vietnamese"] = "vi", ["French"] = "fr", ["English"] = "en",
    };

    public static IReadOnlyList<PeerFigure> Read(string directory)
    {
        var figures = new List<PeerFigure>();
        if (!Directory.Exists(directory))
        {
            return figures;
        }

        foreach (var peerDirectory in Directory.GetDirectories(directory).OrderBy(d => d, StringComparer.Ordinal))
        {
            var peer = Path.GetFileName(peerDirectory);
            foreach (var file in Directory.GetFiles(peerDirectory, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
            {
                if (!LanguageCodes.TryGetValue(Path.GetFileNameWithoutExtension(file), out var code))
                {
                    continue;
                }

                foreach (Match match in PublishedFigure().Matches(File.ReadAllText(file)))
                {
                    var kind = match.Groups["kind"].Value.Replace(' ', '-');
                    figures.Add(new PeerFigure(peer, code, kind, double.Parse(match.Groups["acc"].Value, CultureInfo.InvariantCulture), false));
                }
            }
        }

        var measured = Path.Combine(directory, "measured-dev-split.md");
        if (File.Exists(measured))
        {
            figures.AddRange(ReadMeasuredTable(File.ReadAllLines(measured)));
        }

        return figures;
    }

    private static IEnumerable<PeerFigure> ReadMeasuredTable(string[] lines)
    {
        // Header cells look like "vi: franc / cld3 / eld"; data cells "94.7 / 99.0 / 99.8" in the same order.
        List<(string Code, string[] Peers)>? columns = null;
        foreach (var line in lines)
        {
            if (!line.StartsWith('|'))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 2)
            {
                continue;
            }

            if (cells[0] == "kind")
            {
                columns = cells.Skip(1).Select(c =>
                {
                    var colon = c.IndexOf(':');
                    return colon < 0 ? (c, Array.Empty<string>()) : (c[..colon].Trim(), c[(colon + 1)..].Split('/').Select(p => p.Trim()).ToArray());
                }).ToList();
                continue;
            }

            if (columns is null || cells[0].StartsWith('-'))
            {
                continue;
            }

            var kind = cells[0].Replace(' ', '-');
            for (var i = 1; i < cells.Length && i - 1 < columns.Count; i++)
            {
                var values = cells[i].Split('/').Select(v => v.Trim()).ToArray();
                var (code, peers) = columns[i - 1];
                for (var p = 0; p < peers.Length && p < values.Length; p++)
                {
                    if (double.TryParse(values[p], NumberStyles.Float, CultureInfo.InvariantCulture, out var accuracy))
                    {
                        yield return new PeerFigure(peers[p], code, kind, accuracy, true);
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"Detection of \d+ (?<kind>single words|word pairs|sentences)[^\n]*\n\s*Accuracy: (?<acc>[0-9.]+)%")]
    private static partial Regex PublishedFigure();
}
