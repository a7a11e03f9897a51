using System.Globalization;
using System.Text.Json;

namespace DiploLens.Cli;

/// <summary>Checks scores against pinned floors in a JSON file (<c>{"floors": {"f1": 0.95}}</c>): prints each score below its floor and returns exit code 1 if any.</summary>
internal static class Gate
{
    public static int Check(string? gateFile, IReadOnlyDictionary<string, double> scores)
    {
        if (gateFile is null)
        {
            return ExitCodes.Success;
        }

        if (!File.Exists(gateFile))
        {
            Console.Error.WriteLine($"error: gate file '{gateFile}' not found.");
            return ExitCodes.Usage;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(gateFile));
        var failed = false;
        // {"comment": "...", "floors": {"f1": 0.95}} (the layout of the other gate files), or a flat {"f1": 0.95}.
        var floors = json.RootElement.TryGetProperty("floors", out var nested) ? nested : json.RootElement;
        foreach (var floor in floors.EnumerateObject())
        {
            if (floor.Value.ValueKind != JsonValueKind.Number)
            {
                continue;
            }

            if (!scores.TryGetValue(floor.Name, out var score))
            {
                Console.Error.WriteLine($"gate: unknown score '{floor.Name}' in {gateFile}.");
                failed = true;
                continue;
            }

            var minimum = floor.Value.GetDouble();
            if (score < minimum)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gate FAILED: {floor.Name} = {score:0.0000} < floor {minimum:0.0000}"));
                failed = true;
            }
        }

        if (!failed)
        {
            Console.Error.WriteLine($"gate passed ({gateFile}).");
        }

        return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
