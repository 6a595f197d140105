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

    /// <summary>What an ingest found of the links: the share placed in the text, or that no page links inside the corpus.</summary>
    public static string LinkSummary(IngestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.InCorpusLinks == 0)
        {
            return "No in-corpus links: no page links to another page of this corpus, so search works but no research tree can grow.";
        }

        return report.ListedLinks == 0 && report.UnplacedLinks == 0
            ? "Every link has its place in the text."
            : $"{report.ListedLinks - report.UnplacedLinks:N0} of {report.ListedLinks:N0} listed links placed at their mentions in the text ({report.PlacedShare:P1}); "
                + $"{report.UnplacedLinks:N0} without a mention are page-level links (in the link graph, in no claim).";
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
