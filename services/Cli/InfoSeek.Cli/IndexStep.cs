using InfoSeek.Corpus;
using Spectre.Console;

namespace InfoSeek.Cli;

/// <summary>Finds the corpus's index in the cache or builds it, with a progress bar.</summary>
public static class IndexStep
{
    public static string Ensure(string corpus, string cache, string? format, CancellationToken ct)
    {
        if (!File.Exists(corpus) && !Directory.Exists(corpus))
        {
            throw new FileNotFoundException($"Corpus not found: {corpus}", corpus);
        }

        return WithProgress($"Index {Path.GetFileName(corpus)}", progress => CorpusIndexCache.GetOrBuild(corpus, cache, format, progress, ct));
    }

    /// <summary>
    /// Every page as a tree reads it (its claims, and what root choice needs), read from the index folder or worked
    /// out and stored there, with a progress bar while it is worked out (see <see cref="InfoSeek.Domain.Claims.BrowsedPages.Prepare"/>).
    /// </summary>
    public static T ReadPagesForTrees<T>(Func<IProgress<(int Done, int Total)>, T> prepare)
    {
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Read every page for trees (once per corpus and miner)", maxValue: 1);
                result = prepare(new Progress<(int Done, int Total)>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                }));
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>Runs an ingest with a progress bar showing pages/s and MB/s.</summary>
    public static T WithProgress<T>(string label, Func<IProgress<IngestProgress>, T> ingest)
    {
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(label, maxValue: 1);
                var progress = new Progress<IngestProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.TotalBytes);
                    task.Value = Math.Min(p.Bytes, task.MaxValue);
                    var seconds = Math.Max(0.001, p.Elapsed.TotalSeconds);
                    task.Description = $"{label}: {p.Pages:N0} pages, {p.Pages / seconds:N0} pages/s, {p.Bytes / 1e6 / seconds:N1} MB/s";
                });
                result = ingest(progress);
                task.Value = task.MaxValue;
            });
        return result;
    }
}
