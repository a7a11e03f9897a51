using System.Text.Json;
using DiploLens.Search;
using DiploLens.Storage;
using DiploLens.Web.Api;
using DiploLens.Web.Rendering;
using Microsoft.AspNetCore.Http.Json;

namespace DiploLens.Web;

/// <summary>
/// Builds the workbench: the JSON API under <c>/api</c>, its OpenAPI document at <c>/openapi/v1.json</c>, and the
/// server-rendered pages. Wiring only: search, facets and trends are the library's. Binds 127.0.0.1 unless told otherwise.
/// </summary>
public static class WorkbenchHost
{
    /// <summary>Request bodies are never needed (every endpoint is GET); a small cap refuses floods early.</summary>
    public const long MaxRequestBodyBytes = 16 * 1024;

    public static WebApplication Build(WorkbenchOptions options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ApplicationName = typeof(WorkbenchHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        Configure(builder, options);
        return Configure(builder.Build());
    }

    /// <summary>Entry for <c>dotnet DiploLens.Web.dll --db FILE [--urls URLS]</c> and for WebApplicationFactory.</summary>
    public static WebApplication BuildFromArgs(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(WorkbenchHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The store path is read from configuration when the store is first resolved, after Build(), so settings a test
        // host adds (WebApplicationFactory's UseSetting("db", …)) are seen too.
        var options = new WorkbenchOptions
        {
            DbPath = string.Empty,
            Urls = builder.Configuration["urls"] ?? WorkbenchOptions.DefaultUrls,
            SearchCacheTimeToLive = TimeSpan.FromSeconds(double.Parse(builder.Configuration["search-cache-seconds"] ?? "30", System.Globalization.CultureInfo.InvariantCulture)),
        };
        Configure(builder, options);
        return Configure(builder.Build());
    }

    private static void Configure(WebApplicationBuilder builder, WorkbenchOptions options)
    {
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.Limits.MaxRequestLineSize = 8 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (options.DbPath.Length > 0)
        {
            builder.Configuration["db"] = options.DbPath;
        }

        builder.Services.AddSingleton(services => OpenSearchStore(services.GetRequiredService<IConfiguration>()["db"] ?? "diplolens.db"));
        builder.Services.AddSingleton<INewsStore>(services => services.GetRequiredService<ISearchStore>());
        builder.Services.AddSingleton(services => new NewsSearch(
            services.GetRequiredService<ISearchStore>(),
            options.ConceptLabels,
            options.SearchCacheTimeToLive > TimeSpan.Zero ? new SearchCache(timeToLive: options.SearchCacheTimeToLive) : null));
        builder.Services.AddSingleton<UiText>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.Configure<JsonOptions>(j =>
        {
            j.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            j.SerializerOptions.TypeInfoResolverChain.Insert(0, Api.ApiJsonContext.Default);
        });
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(e => e.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorPages().AddApplicationPart(typeof(WorkbenchHost).Assembly);
    }

    private static ISearchStore OpenSearchStore(string db)
    {
        var store = NewsStores.OpenAsync(db).GetAwaiter().GetResult();
        if (store is ISearchStore searchable)
        {
            return searchable;
        }

        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        throw new StoreException($"The workbench needs a store with search; the engine of '{db}' does not have it yet (use a SQLite file).");
    }

    private static WebApplication Configure(WebApplication app)
    {
        // Open the store now, so a bad path fails at start-up (StoreException) rather than on the first request.
        _ = app.Services.GetRequiredService<INewsStore>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapApi();
        app.MapGet("/static/site.css", () => Results.Text(StaticAssets.SiteCss, "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapRazorPages();
        return app;
    }
}
