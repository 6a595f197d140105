using System.Globalization;
using InfoSeek.Corpus;
using InfoSeek.Domain.Claims;

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

            output.WriteLine(PreparePages(options.IndexDirectory, new Progress<(int Done, int Total)>(p =>
            {
                if (p.Done % 1000 < 64 || p.Done == p.Total)
                {
                    output.WriteLine($"ingest: {p.Done:N0} of {p.Total:N0} pages read for trees");
                }
            }), ct));
            return 0;
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or ArgumentException)
        {
            error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    /// <summary>
    /// Works out every page of a built index as a tree reads it and stores it in the index folder
    /// (<see cref="BrowsedPages.Prepare"/>), so that Browsers serving the folder read-only choose roots and browse
    /// without mining the corpus. Says what it did, in a line.
    /// </summary>
    public static string PreparePages(string indexDirectory, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        using var index = CorpusIndex.Open(indexDirectory);
        using var matcher = new ClaimMatcher(index);
        using var claims = new PageClaims(() => index);
        using var pages = new BrowsedPages(() => index, matcher, claims);
        var read = pages.Prepare(progress, ct);
        var file = BrowsedPageFile.PathIn(indexDirectory);
        return read ? $"pages for trees: already in {file}"
            : File.Exists(file) ? $"pages for trees: {index.PageCount:N0} read and stored in {file}"
            : $"pages for trees: {index.PageCount:N0} read, but {indexDirectory} could not be written: a Browser will read them again when it starts a run";
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
