using DiploLens.Web;

// Standalone: dotnet DiploLens.Web.dll --db diplolens.db [--urls http://127.0.0.1:5080]. The CLI's `serve` is the usual way in.
await WorkbenchHost.BuildFromArgs(args).RunAsync();
