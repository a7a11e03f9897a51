using DiploLens.Tests.TestKit;
using DiploLens.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace DiploLens.Tests.Web;

/// <summary>The workbench in-process (TestServer) on a fresh store of the seed articles, in the Production environment.</summary>
public sealed class WorkbenchFactory : WebApplicationFactory<SecurityHeaders>
{
    private readonly TempFolder folder = new();

    public WorkbenchFactory()
    {
        DbPath = StoreBuilder.SamplesAsync(folder.File("samples.db")).GetAwaiter().GetResult();
    }

    public string DbPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("db", DbPath);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
