using System.Security.Cryptography;

namespace InfoSeek.Corpus;

/// <summary>
/// Content-addressed cache of built indexes: one directory per (SHA-256 of the corpus file or of every file of a corpus folder, format,
/// <see cref="IndexFormatVersion"/>), built at most once and shared by every process that uses the same root.
/// </summary>
public static class CorpusIndexCache
{
    /// <summary>Bump whenever the on-disk layout or the meaning of anything in it changes.</summary>
    public const int IndexFormatVersion = 5;

    /// <summary>Builds in progress, or left by a killed process (removed by the next call), are folders named so.</summary>
    public const string BuildPrefix = ".building-";

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
        var root = Path.GetFullPath(cacheRoot);
        BuildLock.RemoveStale(root, BuildPrefix);
        var hash = Directory.Exists(corpusPath) ? HashFolder(corpusPath) : HashFile(corpusPath);
        var name = $"{hash[..32]}-{resolvedFormat}-v{IndexFormatVersion}";
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

        var temp = Path.Combine(root, $"{BuildPrefix}{name}-{Guid.NewGuid():N}");
        using var building = BuildLock.Take(temp);
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
        using var stream = OpenForHashing(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>A folder's key: the relative path, length and content of every file in it, in ordinal order of the paths.</summary>
    private static string HashFolder(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        var buffer = new byte[1 << 20];
        foreach (var relative in files)
        {
            using var stream = OpenForHashing(Path.Combine(folder, relative));
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{relative}\0{stream.Length}\0"));
            for (int read; (read = stream.Read(buffer)) > 0;)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static FileStream OpenForHashing(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
}
