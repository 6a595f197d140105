using System.Globalization;
using InfoSeek.Corpus;

namespace InfoSeek.Browser;

/// <summary>
/// The Browser image's one-shot ingest (<c>dotnet InfoSeek.Browser.Host.dll ingest</c>): builds the index of
/// Browser:CorpusPath into Browser:IndexDirectory, the directory the Browser then serves read-only. In
/// Kubernetes an ingest Job runs it once into a volume that every Browser replica mounts read-only.
/// </summary>
public static class BrowserIngest
{
    /// <returns>0 when the index is built; 2 when the settings or the corpus are wrong (the error names which).</returns>
    public static int Run(CorpusOptions options, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(options.CorpusPath) || string.IsNullOrWhiteSpace(options.IndexDirectory))
        {
            error.WriteLine("error: ingest needs Browser:CorpusPath (the corpus to read) and Browser:IndexDirectory (where to write its index).");
            return 2;
        }

        try
        {
            output.WriteLine($"ingest: {options.CorpusPath} into {options.IndexDirectory}");
            var report = CorpusIndexBuilder.Build(options.CorpusPath, options.IndexDirectory, options.Format, new LineProgress(output), ct);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ingest: done, {report.Pages:N0} pages, {report.Redirects:N0} redirects, {report.Links:N0} links ({report.InCorpusLinks:N0} inside the corpus), {report.Rejected:N0} rejected records, {report.Elapsed.TotalSeconds:N0} s"));
            output.WriteLine(report.LinkSummary());
            foreach (var issue in report.Issues.Take(10))
            {
                output.WriteLine($"rejected: {issue}");
            }

            return 0;
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or ArgumentException)
        {
            error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    /// <summary>One log line per report (every thousand pages), written on the ingesting thread.</summary>
    private sealed class LineProgress(TextWriter output) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            var percent = value.TotalBytes > 0 ? 100.0 * value.Bytes / value.TotalBytes : 0;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ingest: {value.Pages:N0} pages, {percent:N1} % of the file, {value.Elapsed.TotalSeconds:N0} s, {value.Pages / Math.Max(0.001, value.Elapsed.TotalSeconds):N0} pages/s"));
        }
    }
}
