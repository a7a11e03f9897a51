using System.CommandLine;
using DiploLens.Documents;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens topics</c>: how many stored articles each topic was found in, with the terms that fired most.</summary>
internal static class TopicsCommand
{
    public static Command Create()
    {
        var command = new Command("topics", "List the topics of the stored articles, with article counts and top evidence terms.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreOpener.TryOpenAsync(parse.GetValue(CliOptions.Db)!, cancellationToken);
            if (store is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            var rows = new Dictionary<string, (string Name, string Group, List<long> Articles, Dictionary<string, int> Terms)>(StringComparer.Ordinal);
            await foreach (var (id, document) in StoredDocuments.ReadAllAsync(store, cancellationToken))
            {
                foreach (var topic in document.TryGet(Layers.Topics, out var t) ? t : [])
                {
                    if (!rows.TryGetValue(topic.Id, out var row))
                    {
                        rows[topic.Id] = row = (topic.Name, topic.Group, [], new Dictionary<string, int>(StringComparer.Ordinal));
                    }

                    row.Articles.Add(id);
                    foreach (var e in topic.Evidence)
                    {
                        row.Terms[e.Term] = row.Terms.GetValueOrDefault(e.Term) + 1;
                    }
                }
            }

            Console.Out.WriteLine($"{"articles",8}  {"group",-24}  {"topic",-32}  terms");
            foreach (var (_, row) in rows.OrderByDescending(r => r.Value.Articles.Count).ThenBy(r => r.Key, StringComparer.Ordinal))
            {
                var terms = string.Join(", ", row.Terms.OrderByDescending(t => t.Value).Take(4).Select(t => t.Key));
                Console.Out.WriteLine($"{row.Articles.Count,8}  {row.Group,-24}  {row.Name,-32}  {terms}  (articles {string.Join(' ', row.Articles.Take(10))})");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
