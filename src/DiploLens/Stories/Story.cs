namespace DiploLens.Stories;

/// <summary>
/// A story: the articles that report one event, in the order they were added, with the link that brought each in.
/// Its id is the id of its first story; when stories merge, the lower id survives.
/// </summary>
public sealed class Story
{
    private readonly List<StoryLink> links = [];

    internal Story(int id) => Id = id;

    public int Id { get; }

    public IReadOnlyList<StoryLink> Links => links;

    public IEnumerable<long> ArticleIds => links.Select(l => l.ArticleId);

    public int Count => links.Count;

    /// <summary>The title of the story's first article (its source when untitled): the label it is filed under.</summary>
    public string? Title { get; private set; }

    /// <summary>Languages of the members, as first seen.</summary>
    public IReadOnlyList<string> Languages => languages;

    /// <summary>Earliest start and latest end of the dated members' publication intervals; null while none is dated.</summary>
    public DateTime? From { get; private set; }

    public DateTime? To { get; private set; }

    private readonly List<string> languages = [];

    /// <summary>A persisted story as the clusterer needs it (its languages and time range), without its links.</summary>
    internal static Story Restore(int id, string title, IEnumerable<string> languages, DateTime? from, DateTime? to)
    {
        var story = new Story(id) { Title = title, From = from, To = to };
        story.languages.AddRange(languages);
        return story;
    }

    internal void Add(StoryLink link, ArticleSignature signature)
    {
        Title ??= signature.Title ?? signature.Source;
        links.Add(link);
        if (!languages.Contains(signature.Language))
        {
            languages.Add(signature.Language);
        }

        if (signature.TimeStart is { } start && signature.TimeEnd is { } end)
        {
            From = From is null || start < From ? start : From;
            To = To is null || end > To ? end : To;
        }
    }

    internal void Absorb(Story other)
    {
        foreach (var link in other.links)
        {
            links.Add(link with { StoryId = Id });
        }

        foreach (var language in other.languages.Where(l => !languages.Contains(l)))
        {
            languages.Add(language);
        }

        if (other.From is { } from && (From is null || from < From))
        {
            From = from;
        }

        if (other.To is { } to && (To is null || to > To))
        {
            To = to;
        }
    }
}
