using DiploLens.Tests.TestKit;
using DiploLens.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace DiploLens.Tests.Web;

/// <summary>
/// The workbench in-process (TestServer) on a fresh store of the seed articles, in the Production environment. A derived
/// fixture can add to the store before the host starts.
/// </summary>
public class WorkbenchFactory : WebApplicationFactory<SecurityHeaders>
{
    private readonly TempFolder folder = new();

    public WorkbenchFactory()
        : this(null)
    {
    }

    protected WorkbenchFactory(Func<string, Task>? prepare)
    {
        DbPath = StoreBuilder.SamplesAsync(folder.File("samples.db")).GetAwaiter().GetResult();
        prepare?.Invoke(DbPath).GetAwaiter().GetResult();
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
