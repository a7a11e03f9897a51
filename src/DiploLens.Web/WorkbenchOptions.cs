using DiploLens.Search;

namespace DiploLens.Web;

/// <summary>How the workbench is started: the store file, the addresses to listen on (loopback by default) and the concept labels for expansion.</summary>
public sealed record WorkbenchOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public required string DbPath { get; init; }

    public string Urls { get; init; } = DefaultUrls;

    public IConceptLabels ConceptLabels { get; init; } = ConceptLabelTable.Embedded;

    /// <summary>How long a search result is reused (paging, reloads, popular queries); zero turns the cache off.</summary>
    public TimeSpan SearchCacheTimeToLive { get; init; } = TimeSpan.FromSeconds(30);
}
