using System.CommandLine;
using DiploLens.Documents;
using DiploLens.Knowledge;

namespace DiploLens.Cli.Commands;

/// <summary>
/// <c>diplolens entity NAME|ID</c>: one entity across the stored articles: its knowledge-base names, the spellings
/// seen, roles, mentions, quotes and the entities mentioned with it. A name is looked up in the knowledge base, then
/// among the stored mentions (folded), so <c>Dang Hoang Giang</c> finds <c>person:dang-hoang-giang</c>.
/// </summary>
internal static class EntityCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "An id (org:un, person:bui-thanh-son) or any name or alias (ONU, Bùi Thanh Sơn)." };
        var command = new Command("entity", "Show one entity: names, variants, roles, mentions, quotes and co-mentioned entities.") { name, CliOptions.Knowledge };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!CliOptions.TryContext(parse.GetValue(CliOptions.Knowledge), Pipeline.AnalysisOptions.Default, out var context))
            {
                return ExitCodes.Usage;
            }

            var query = parse.GetValue(name)!;
            var knowledge = context.Knowledge.Base;
            var id = knowledge.ById(query)?.Id ?? knowledge.ByForm(query)?.Id;
            await using var store = await StoreOpener.TryOpenAsync(parse.GetValue(CliOptions.Db)!, cancellationToken);
            if (store is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            var documents = new List<(long Id, Document Document)>();
            await foreach (var item in StoredDocuments.ReadAllAsync(store, cancellationToken))
            {
                documents.Add(item);
            }

            var key = PhraseKey.Of(query);
            id ??= documents.SelectMany(d => d.Document.TryGet(Layers.Entities, out var e) ? e.Select(m => (m, d.Document)) : [])
                .Where(x => x.m.EntityId is not null && (x.m.EntityId == query || PhraseKey.Of(x.m.Name) == key || PhraseKey.Of(x.Document.TextOf(x.m.Span)) == key))
                .Select(x => x.m.EntityId).FirstOrDefault();
            if (id is null)
            {
                Console.Error.WriteLine($"error: no entity '{query}' in the knowledge base or the stored articles.");
                return ExitCodes.SomeInputsFailed;
            }

            Print(id, knowledge, documents, Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(string id, KnowledgeBase knowledge, List<(long Id, Document Document)> documents, TextWriter output)
    {
        var entity = knowledge.ById(id);
        var mentions = new List<(long Article, Document Document, EntityMention Mention)>();
        var ambiguous = new List<(long Article, Document Document, EntityMention Mention)>();
        var quotes = new List<(long Article, Document Document, Quotation Quote)>();
        var co = new Dictionary<string, (string Name, int Articles)>(StringComparer.Ordinal);
        foreach (var (articleId, document) in documents)
        {
            var layer = document.TryGet(Layers.Entities, out var e) ? e : [];
            var here = layer.Where(m => m.EntityId == id).ToList();
            mentions.AddRange(here.Select(m => (articleId, document, m)));
            ambiguous.AddRange(layer.Where(m => m.Candidates.Contains(id)).Select(m => (articleId, document, m)));
            if (document.TryGet(Layers.Quotations, out var q))
            {
                quotes.AddRange(q.Where(x => x.SpeakerId == id).Select(x => (articleId, document, x)));
            }

            if (here.Count > 0)
            {
                foreach (var other in layer.Where(m => m.EntityId is not null && m.EntityId != id).GroupBy(m => m.EntityId!))
                {
                    co[other.Key] = (other.First().Name, (co.TryGetValue(other.Key, out var c) ? c.Articles : 0) + 1);
                }
            }
        }

        var display = entity?.NameIn("vi") ?? mentions.Select(m => m.Mention.Name).FirstOrDefault() ?? id;
        output.WriteLine($"{display}  ({id}, {entity?.Type.ToString().ToLowerInvariant() ?? mentions.Select(m => m.Mention.Type).FirstOrDefault()}{(entity is null ? ", discovered" : string.Empty)})");
        if (entity is not null)
        {
            output.WriteLine($"  names      {string.Join("; ", entity.Names.Select(n => $"{n.Key}: {n.Value}"))}");
            if (entity.Aliases.Count > 0)
            {
                output.WriteLine($"  aliases    {string.Join("; ", entity.Aliases)}");
            }

            var ancestors = knowledge.Ancestors(entity).Select(a => $"{a.NameIn("en")} ({a.Id})").ToList();
            if (ancestors.Count > 0)
            {
                output.WriteLine($"  part of    {string.Join(" → ", ancestors)}");
            }
        }

        var variants = mentions.Select(m => m.Document.TextOf(m.Mention.Span)).Distinct(StringComparer.Ordinal);
        output.WriteLine($"  variants   {string.Join("; ", variants)}");
        var roles = (entity?.Roles ?? []).Concat(mentions.SelectMany(m => m.Mention.Roles)).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count > 0)
        {
            output.WriteLine($"  roles      {string.Join("; ", roles)}");
        }

        output.WriteLine($"  mentions   {mentions.Count} in {mentions.Select(m => m.Article).Distinct().Count()} article(s)");
        foreach (var (article, document, mention) in mentions.Take(20))
        {
            output.WriteLine($"    #{article,-5} {Context(document, mention.Span)}");
        }

        foreach (var (article, document, mention) in ambiguous)
        {
            output.WriteLine($"    #{article,-5} ambiguous “{document.TextOf(mention.Span)}”: could be {string.Join(" or ", mention.Candidates)}");
        }

        output.WriteLine($"  quotes     {quotes.Count}");
        foreach (var (article, document, quote) in quotes.Take(20))
        {
            output.WriteLine($"    #{article,-5} {quote.Kind.ToString().ToLowerInvariant(),-8} {quote.Cue,-16} “{Excerpt(document.TextOf(quote.Span))}”");
        }

        output.WriteLine($"  with       {string.Join("; ", co.OrderByDescending(c => c.Value.Articles).Take(15).Select(c => $"{c.Value.Name} ({c.Value.Articles})"))}");
    }

    private static string Context(Document document, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 40);
        var end = Math.Min(document.Text.Length, span.End + 40);
        return $"…{document.Text[start..span.Start]}[{document.TextOf(span)}]{document.Text[span.End..end]}…".Replace('\n', ' ');
    }

    internal static string Excerpt(string text) => text.Length <= 100 ? text.Replace('\n', ' ') : text[..99].Replace('\n', ' ') + "…";
}
