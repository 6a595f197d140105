using System.Text.RegularExpressions;
using InfoSeek.Storage;
using Microsoft.Extensions.Options;

namespace InfoSeek.Sampler;

/// <summary>A file of an exported dataset.</summary>
public sealed record DatasetFile(string Name, long Bytes);

/// <summary>What an export on demand wrote: the files and the numbers of report.md.</summary>
public sealed record DatasetExport(IReadOnlyList<DatasetFile> Files, DatasetReport Report);

/// <summary>
/// A run's dataset for download: exported on demand with <see cref="DatasetExporter"/> into a folder
/// per run under <see cref="SamplerOptions.DatasetDirectory"/>. Only the files that export wrote can
/// be read back, by exact name; a name is never combined into a path before it has been found there.
/// </summary>
public sealed partial class DatasetFiles(StateStore store, DatasetExporter exporter, IOptions<SamplerOptions> options) : IDisposable
{
    // One export at a time: two exports of a run would write the same temporary files.
    private readonly SemaphoreSlim exportGate = new(1, 1);

    /// <summary>Plain file names only: letters, digits, '.', '_' and '-', not starting with a dot.</summary>
    public static bool IsFileName(string name) => FileName().IsMatch(name);

    /// <summary>Exports the run's dataset and lists its files with its report; null when there is no such run.</summary>
    public async Task<DatasetExport?> ExportAsync(Guid runId, CancellationToken ct)
    {
        if (await store.FindRunAsync(runId, ct) is null)
        {
            return null;
        }

        var folder = Path.Combine(options.Value.DatasetDirectory, runId.ToString("N"));
        await exportGate.WaitAsync(ct);
        try
        {
            var written = await exporter.ExportAsync(runId, folder, ct);
            var files = new DirectoryInfo(folder).EnumerateFiles()
                .Where(f => IsFileName(f.Name) && !f.Name.EndsWith(".tmp", StringComparison.Ordinal))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => new DatasetFile(f.Name, f.Length))
                .ToList();
            return new DatasetExport(files, written.Report);
        }
        finally
        {
            exportGate.Release();
        }
    }

    /// <summary>The full path of one exported file, or null when the run or the file does not exist.</summary>
    public async Task<string?> PathOfAsync(Guid runId, string name, CancellationToken ct)
    {
        var export = await ExportAsync(runId, ct);
        return export?.Files.FirstOrDefault(f => f.Name == name) is { } file
            ? Path.Combine(options.Value.DatasetDirectory, runId.ToString("N"), file.Name)
            : null;
    }

    public void Dispose() => exportGate.Dispose();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\z")]
    private static partial Regex FileName();
}
