using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DiploLens.Tests.TestKit;

/// <summary>
/// A real PostgreSQL server for the tests: <c>initdb</c> into a temporary folder and <c>pg_ctl start</c> on 127.0.0.1 with
/// a free port; stopped and deleted on dispose. As root, the server runs as the <c>postgres</c> user (PostgreSQL refuses root).
/// Fails with a clear message when the server binaries are missing (test.sh installs them).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "diplolens-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private string binaries = string.Empty;
    private int databases;

    public int Port { get; private set; }

    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false;Timeout=30";

    public async Task InitializeAsync()
    {
        binaries = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin; run ./test.sh, which installs them.");
        Directory.CreateDirectory(folder);
        var data = Path.Combine(folder, "data");
        if (IsRoot())
        {
            Run("chown", "-R", "postgres:postgres", folder);
        }

        Port = FreePort();
        RunAsServerUser(Path.Combine(binaries, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        RunAsServerUser(Path.Combine(binaries, "pg_ctl"), "-D", data, "-w", "-t", "60", "-l", Path.Combine(folder, "server.log"), "-o",
            $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start");
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
    }

    /// <summary>A new empty database on this server, for one test.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Interlocked.Increment(ref databases)}_{Guid.NewGuid().ToString("N")[..8]}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Timeout=30";
    }

    public Task DisposeAsync()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            RunAsServerUser(Path.Combine(binaries, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped (or never started): nothing to stop.
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    private static string? FindBinaries()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'))
        {
            var candidate = Path.Combine(dir, "initdb");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? candidate);
            }
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
    }

    private static bool IsRoot() => Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAsServerUser(string program, params string[] args)
    {
        if (IsRoot())
        {
            Run("runuser", ["-u", "postgres", "--", program, .. args]);
        }
        else
        {
            Run(program, args);
        }
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({(process.HasExited ? process.ExitCode : -1)}): {error.Result}{output.Result}");
        }
    }
}
