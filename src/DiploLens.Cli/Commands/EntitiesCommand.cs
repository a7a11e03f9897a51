using System.CommandLine;
using DiploLens.Documents;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens entities [--type T] [--top N]</c>: the entities of the stored articles, most mentioned first.</summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "Only this type: person, organisation, forum, country, place, treaty." };
        var top = new Option<int>("--top") { Description = "Show at most this many.", DefaultValueFactory = _ => 30 };
        var command = new Command("entities", "List the entities mentioned in stored articles, with mention and article counts.") { type, top };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreOpener.TryOpenAsync(parse.GetValue(CliOptions.Db)!, cancellationToken);
            if (store is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            var wanted = parse.GetValue(type);
            var rows = new Dictionary<string, (string Name, string Type, int Mentions, HashSet<long> Articles)>(StringComparer.Ordinal);
            await foreach (var (id, document) in StoredDocuments.ReadAllAsync(store, cancellationToken))
            {
                if (!document.TryGet(Layers.Entities, out var mentions))
                {
                    continue;
                }

                foreach (var m in mentions.Where(m => m.EntityId is not null && (wanted is null || m.Type == wanted)))
                {
                    if (!rows.TryGetValue(m.EntityId!, out var row))
                    {
                        row = (m.Name, m.Type, 0, []);
                    }

                    row.Articles.Add(id);
                    rows[m.EntityId!] = row with { Mentions = row.Mentions + 1 };
                }
            }

            Console.Out.WriteLine($"{"mentions",8} {"articles",8}  {"type",-12}  {"id",-34}  name");
            foreach (var (entityId, row) in rows.OrderByDescending(r => r.Value.Articles.Count).ThenByDescending(r => r.Value.Mentions).ThenBy(r => r.Key, StringComparer.Ordinal).Take(parse.GetValue(top)))
            {
                Console.Out.WriteLine($"{row.Mentions,8} {row.Articles.Count,8}  {row.Type,-12}  {entityId,-34}  {row.Name}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
