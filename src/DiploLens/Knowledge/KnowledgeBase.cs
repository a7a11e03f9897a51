using System.Collections.Frozen;
using DiploLens.Analysis;

namespace DiploLens.Knowledge;

/// <summary>
/// The entities of every <c>knowledge/entities/*.json</c> file, validated on load: a file that is not valid JSON,
/// an entry without id, type or name, an id defined twice, an alias (folded, tokenized) claimed by two entities, or a
/// parent that does not exist fails with a <see cref="KnowledgeException"/> naming file and line.
/// Lookups are by id and by any written form (case, diacritics and punctuation insensitive).
/// </summary>
public sealed class KnowledgeBase
{
    public const string EntitiesFolder = "knowledge/entities/";

    private readonly FrozenDictionary<string, KnowledgeEntity> byId;
    private readonly FrozenDictionary<string, KnowledgeEntity> byForm;

    private KnowledgeBase(IReadOnlyList<KnowledgeEntity> entities, IReadOnlyList<string> sources)
    {
        Entities = entities;
        Sources = sources;
        byId = entities.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        var forms = new Dictionary<string, KnowledgeEntity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var form in entity.AllForms)
            {
                forms.TryAdd(PhraseKey.Of(form), entity);
            }
        }

        byForm = forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyList<KnowledgeEntity> Entities { get; }

    /// <summary>The <c>source</c> line of each file loaded, prefixed by its file name.</summary>
    public IReadOnlyList<string> Sources { get; }

    public KnowledgeEntity? ById(string id) => byId.GetValueOrDefault(id);

    /// <summary>The entity written as <paramref name="form"/> (any canonical name or alias), or null.</summary>
    public KnowledgeEntity? ByForm(string form) => byForm.GetValueOrDefault(PhraseKey.Of(form));

    /// <summary>The chain of parents, nearest first (<c>org:unhrc</c> → [<c>org:un</c>]).</summary>
    public IEnumerable<KnowledgeEntity> Ancestors(KnowledgeEntity entity)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var parent = entity.Parent; parent is not null && seen.Add(parent) && byId.TryGetValue(parent, out var e); parent = e.Parent)
        {
            yield return e;
        }
    }

    /// <summary>Loads every entity file, embedded and from the override directory, in file-name order.</summary>
    public static KnowledgeBase Load(DataFiles files)
    {
        // Embedded files first, then files only the user directory has, so a clash names the user's file.
        var embedded = DataFiles.EmbeddedUnder(EntitiesFolder).ToHashSet(StringComparer.Ordinal);
        var paths = files.List(EntitiesFolder)
            .Where(p => p.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => embedded.Contains(p) ? 0 : 1)
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToList();
        return Load(paths.Select(p => (files.Describe(p), files.ReadAllText(p))));
    }

    /// <summary>Loads entity files given as (name for messages, JSON text).</summary>
    public static KnowledgeBase Load(IEnumerable<(string File, string Json)> files)
    {
        var entities = new List<KnowledgeEntity>();
        var sources = new List<string>();
        var ids = new Dictionary<string, KnowledgeEntity>(StringComparer.Ordinal);
        var owners = new Dictionary<string, (KnowledgeEntity Entity, int Line, string Form)>(StringComparer.Ordinal);
        var parentRefs = new List<(KnowledgeEntity Entity, int Line)>();
        foreach (var (file, json) in files)
        {
            var root = LinedJson.Parse(json, file);
            if (root.Members is null)
            {
                throw new KnowledgeException(file, root.Line, "the file must be a JSON object with 'source' and 'entities'.");
            }

            var source = root["source"] ?? throw new KnowledgeException(file, root.Line, "the file has no 'source' line saying where its facts come from.");
            sources.Add($"{Path.GetFileName(file)}: {source.RequireString(file, "'source'")}");
            var list = (root["entities"] ?? throw new KnowledgeException(file, root.Line, "the file has no 'entities' array.")).RequireArray(file, "'entities'");
            foreach (var item in list)
            {
                var entity = ReadEntity(item, file);
                if (ids.TryGetValue(entity.Id, out var first))
                {
                    throw new KnowledgeException(file, entity.Line, $"duplicate id '{entity.Id}' (first defined at {first.File}:{first.Line}).");
                }

                ids.Add(entity.Id, entity);
                ClaimForms(item, entity, file, owners);
                if (entity.Parent is not null)
                {
                    parentRefs.Add((entity, item["parent"]!.Line));
                }

                entities.Add(entity);
            }
        }

        foreach (var (entity, line) in parentRefs)
        {
            if (!ids.ContainsKey(entity.Parent!))
            {
                throw new KnowledgeException(entity.File, line, $"'{entity.Id}' has parent '{entity.Parent}', which no knowledge file defines.");
            }
        }

        return new KnowledgeBase(entities, sources);
    }

    private static void ClaimForms(LinedJson item, KnowledgeEntity entity, string file, Dictionary<string, (KnowledgeEntity Entity, int Line, string Form)> owners)
    {
        var forms = new List<(string Form, int Line)>();
        foreach (var (_, name) in item["names"]!.Members!)
        {
            forms.Add((name.String!, name.Line));
        }

        foreach (var alias in item["aliases"]?.Items ?? [])
        {
            forms.Add((alias.String!, alias.Line));
        }

        foreach (var (form, line) in forms)
        {
            var key = PhraseKey.Of(form);
            if (key.Length == 0)
            {
                throw new KnowledgeException(file, line, $"'{entity.Id}' has the form '{form}', which has no letters or digits.");
            }

            if (owners.TryGetValue(key, out var owner) && owner.Entity.Id != entity.Id)
            {
                throw new KnowledgeException(file, line,
                    $"alias '{form}' of '{entity.Id}' is already claimed by '{owner.Entity.Id}' as '{owner.Form}' at {owner.Entity.File}:{owner.Line}.");
            }

            owners.TryAdd(key, (entity, line, form));
        }
    }

    private static KnowledgeEntity ReadEntity(LinedJson item, string file)
    {
        if (item.Members is null)
        {
            throw new KnowledgeException(file, item.Line, "each entity must be a JSON object.");
        }

        var id = (item["id"] ?? throw new KnowledgeException(file, item.Line, "an entity has no 'id'.")).RequireString(file, "'id'");
        var typeNode = item["type"] ?? throw new KnowledgeException(file, item.Line, $"'{id}' has no 'type'.");
        var typeText = typeNode.RequireString(file, "'type'");
        if (!Enum.TryParse<EntityType>(typeText, ignoreCase: true, out var type) || int.TryParse(typeText, out _))
        {
            throw new KnowledgeException(file, typeNode.Line,
                $"'{id}' has type '{typeText}'; expected one of {string.Join(", ", Enum.GetNames<EntityType>().Select(n => n.ToLowerInvariant()))}.");
        }

        var namesNode = item["names"] ?? throw new KnowledgeException(file, item.Line, $"'{id}' has no 'names'.");
        if (namesNode.Members is not { Count: > 0 } members)
        {
            throw new KnowledgeException(file, namesNode.Line, $"'{id}' needs 'names' as an object of language → name with at least one entry.");
        }

        var names = members.ToDictionary(m => m.Key, m => m.Value.RequireString(file, $"the {m.Key} name of '{id}'"), StringComparer.Ordinal);
        return new KnowledgeEntity
        {
            Id = id,
            Type = type,
            Names = names,
            Aliases = item["aliases"]?.StringList(file, $"'aliases' of '{id}'") ?? [],
            Roles = item["roles"]?.StringList(file, $"'roles' of '{id}'") ?? [],
            Parent = item["parent"]?.RequireString(file, $"'parent' of '{id}'"),
            Gender = item["gender"]?.RequireString(file, $"'gender' of '{id}'"),
            Code = item["code"]?.RequireString(file, $"'code' of '{id}'"),
            File = file,
            Line = item.Line,
        };
    }
}
