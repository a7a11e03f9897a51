using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace DiploLens.Bench;

/// <summary>
/// A load run against a running workbench (another process, on loopback): <c>clients</c> concurrent clients send
/// GET /api/search for each query kind in turn, bounded by a request count and a time limit per kind; reports p50,
/// p99 and max latency, throughput and errors (any non-200 answer or exception).
/// </summary>
internal static class LoadRun
{
    public static readonly (string Kind, string[] Queries)[] Kinds =
    [
        ("single word", ["ngoại", "kinh", "president", "gouvernement", "bóng", "economy", "công", "santé"]),
        ("phrase", ["\"Việt Nam\"", "\"World Cup\"", "\"thủ tướng\"", "\"ministre des affaires\"", "\"giá vàng\"", "\"climate change\""]),
        ("filtered", ["kinh tế lang:vi", "président lang:fr", "health lang:en", "bóng đá -Anh lang:vi", "gouvernement OR ministre lang:fr", "election source:bbc"]),
        ("faceted", ["ngoại giao", "santé", "election", "hợp tác", "football", "economie"]),
    ];

    /// <summary>
    /// Runs the kinds above; with <paramref name="vocabulary"/> (words drawn from the store's own index), a last kind
    /// sends each of them once, so no word was asked before: what a search costs when its postings are not yet in memory.
    /// </summary>
    public static async Task<int> RunAsync(string baseUrl, int clients, int requestsPerKind, TimeSpan limitPerKind, IReadOnlyList<string>? vocabulary = null)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };

        // Warm-up: JIT, SQLite page cache.
        foreach (var (_, queries) in Kinds)
        {
            foreach (var q in queries)
            {
                (await http.GetAsync(Url(q, facets: true))).EnsureSuccessStatusCode();
            }
        }

        Console.WriteLine($"Load run: {clients} concurrent clients, up to {requestsPerKind:N0} requests or {limitPerKind.TotalSeconds:0} s per kind, {baseUrl}");
        Console.WriteLine();
        Console.WriteLine("| query kind | requests | errors | req/s | p50 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var failed = false;
        var kinds = vocabulary is null ? Kinds : [.. Kinds, ("first-time words", [.. vocabulary])];
        foreach (var (kind, queries) in kinds)
        {
            var facets = kind == "faceted";
            var distinct = kind == "first-time words";
            var latencies = new ConcurrentBag<double>();
            var errors = 0;
            var issued = 0;
            var watch = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, clients).Select(async c =>
            {
                while (watch.Elapsed < limitPerKind)
                {
                    var n = Interlocked.Increment(ref issued);
                    if (n > requestsPerKind || (distinct && n > queries.Length))
                    {
                        return;
                    }

                    var start = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await http.GetAsync(Url(queries[n % queries.Length], facets));
                        await response.Content.ReadAsByteArrayAsync();
                        if (!response.IsSuccessStatusCode)
                        {
                            Interlocked.Increment(ref errors);
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        Interlocked.Increment(ref errors);
                    }

                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }).ToArray();
            await Task.WhenAll(workers);
            var elapsed = watch.Elapsed.TotalSeconds;
            var sorted = latencies.Order().ToArray();
            failed |= errors > 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {sorted.Length:N0} | {errors} | {sorted.Length / elapsed:N0} | {Percentile(sorted, 0.50):0.0} | {Percentile(sorted, 0.99):0.0} | {sorted[^1]:0.0} |"));
        }

        return failed ? 1 : 0;
    }

    // "single word", "phrase" and "filtered" measure search alone (facets=false); "faceted" adds facet counting.
    private static string Url(string query, bool facets) => $"/api/search?q={Uri.EscapeDataString(query)}&size=20&facets={(facets ? "true" : "false")}";

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
