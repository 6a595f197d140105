using System.Security.Cryptography;

namespace InfoSeek.Corpus;

/// <summary>
/// Content-addressed cache of built indexes: one directory per (SHA-256 of the corpus file, format,
/// <see cref="IndexFormatVersion"/>), built at most once and shared by every process that uses the same root.
/// </summary>
public static class CorpusIndexCache
{
    /// <summary>Bump whenever the on-disk layout or the meaning of anything in it changes.</summary>
    public const int IndexFormatVersion = 2;

    /// <summary>
    /// Returns the directory of the index of <paramref name="corpusPath"/> under <paramref name="cacheRoot"/>,
    /// building it first if needed. Racing builders (threads or processes) each build into a private temporary
    /// directory and rename it into place; the first rename wins and the others discard their copy.
    /// </summary>
    public static string GetOrBuild(
        string corpusPath,
        string cacheRoot,
        string? format = null,
        IProgress<IngestProgress>? progress = null,
        CancellationToken ct = default)
    {
        var resolvedFormat = PageSources.DetectFormat(corpusPath, format);
        if (Directory.Exists(corpusPath))
        {
            throw new ArgumentException($"The index cache keys corpora by file content; {corpusPath} is a directory. Zip it or use CorpusIndexBuilder.Build.", nameof(corpusPath));
        }

        var root = Path.GetFullPath(cacheRoot);
        var name = $"{HashFile(corpusPath)[..32]}-{resolvedFormat}-v{IndexFormatVersion}";
        var final = Path.Combine(root, name);
        if (IsComplete(final))
        {
            return final;
        }

        if (Directory.Exists(final))
        {
            // Never produced by this class (it only renames complete builds into place).
            throw new InvalidDataException($"{final} exists but is not a complete index; delete it to rebuild.");
        }

        var temp = Path.Combine(root, $".building-{name}-{Guid.NewGuid():N}");
        CorpusIndexBuilder.BuildInto(corpusPath, temp, resolvedFormat, progress, ct);
        try
        {
            Directory.Move(temp, final);
        }
        catch (IOException) when (IsComplete(final))
        {
            // Another builder got there first; its index is identical, so use it.
            CorpusIndexBuilder.TryDeleteDirectory(temp);
        }

        return final;
    }

    private static bool IsComplete(string dir) => File.Exists(Path.Combine(dir, CorpusIndexBuilder.ReportFileName));

    private static string HashFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
