using System.Diagnostics;
using DiploLens.Ingest;

namespace DiploLens.Cli;

/// <summary>
/// Shows ingest progress on standard error: a bar redrawn in place on a terminal, a line every few seconds
/// otherwise (logs, CI). Silent for runs that finish within the first interval.
/// </summary>
internal sealed class ProgressRenderer : IProgress<IngestProgress>
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan BarInterval = TimeSpan.FromMilliseconds(200);
    private readonly bool interactive = !Console.IsErrorRedirected;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan last = TimeSpan.Zero;
    private bool drewBar;

    public void Report(IngestProgress value)
    {
        var now = clock.Elapsed;
        if (now - last < (interactive ? BarInterval : LineInterval))
        {
            return;
        }

        last = now;
        var rate = value.Processed / Math.Max(now.TotalSeconds, 0.001);
        var status = $"{value.Processed:N0} articles ({value.Added:N0} added, {value.Updated:N0} updated, {value.Unchanged:N0} unchanged, {value.Failed:N0} failed), {rate:N0}/s";
        if (!interactive)
        {
            Console.Error.WriteLine($"[{now:hh\\:mm\\:ss}] {status}");
            return;
        }

        var bar = string.Empty;
        if (value.TotalBytes > 0)
        {
            var fraction = Math.Clamp((double)value.BytesRead / value.TotalBytes, 0, 1);
            const int width = 30;
            var filled = (int)(fraction * width);
            bar = $"[{new string('#', filled)}{new string('.', width - filled)}] {fraction:P0} ";
        }

        Console.Error.Write($"\r{bar}{status}   ");
        drewBar = true;
    }

    public void Finish()
    {
        if (drewBar)
        {
            Console.Error.WriteLine();
        }
    }
}
