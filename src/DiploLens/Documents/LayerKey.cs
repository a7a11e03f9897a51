using System.Collections.Concurrent;

namespace DiploLens.Documents;

/// <summary>
/// The name and value type of an annotation layer. Keys register themselves on creation so a stored
/// Document can be read back with typed layers; define keys as static fields (see <see cref="Layers"/>).
/// </summary>
public abstract class LayerKey
{
    private static readonly ConcurrentDictionary<string, LayerKey> Registry = new(StringComparer.Ordinal);
    private static int created;

    private protected LayerKey(string name, Type valueType, bool persisted)
    {
        Name = name;
        ValueType = valueType;
        Persisted = persisted;
        Order = Interlocked.Increment(ref created);
        if (!Registry.TryAdd(name, this))
        {
            throw new InvalidOperationException($"Layer name '{name}' is defined twice.");
        }
    }

    public string Name { get; }

    /// <summary>
    /// Creation order of the key (the order of the fields in <see cref="Layers"/>). Stored layers are read back in this
    /// order, because a JSON engine may reorder object members (PostgreSQL jsonb sorts them by length).
    /// </summary>
    public int Order { get; }

    public Type ValueType { get; }

    /// <summary>False for layers cheap to recompute and bulky to keep (tokens): they are not written to the store.</summary>
    public bool Persisted { get; }

    public static bool TryFind(string name, out LayerKey key)
    {
        Layers.EnsureRegistered();
        return Registry.TryGetValue(name, out key!);
    }

    public override string ToString() => Name;
}

/// <summary>A layer whose value is a <typeparamref name="T"/>.</summary>
public sealed class LayerKey<T> : LayerKey
    where T : notnull
{
    public LayerKey(string name, bool persisted = true)
        : base(name, typeof(T), persisted)
    {
    }
}
