namespace InfoSeek.Corpus;

/// <summary>
/// A lock file beside an index folder being built (<c>&lt;folder&gt;.lock</c>), held open without sharing from
/// before the folder exists until it is renamed into place or deleted. The operating system drops the lock
/// when its process dies, so a build folder whose lock can be taken was left by a killed build.
/// </summary>
internal sealed class BuildLock : IDisposable
{
    private readonly FileStream _file;

    private BuildLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of a build folder that does not exist yet.</summary>
    public static BuildLock Take(string buildFolder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(buildFolder)!);
        return new BuildLock(Open(buildFolder + ".lock", FileMode.CreateNew));
    }

    /// <summary>
    /// Deletes the build folders in <paramref name="parent"/> whose names start with <paramref name="prefix"/> and
    /// whose lock no live process holds, with their lock files.
    /// </summary>
    public static void RemoveStale(string parent, string prefix)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        var folders = Directory.EnumerateFileSystemEntries(parent, prefix + "*")
            .Select(entry => entry.EndsWith(".lock", StringComparison.Ordinal) ? entry[..^".lock".Length] : entry)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var folder in folders)
        {
            FileStream held;
            try
            {
                held = Open(folder + ".lock", FileMode.OpenOrCreate);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // a live build holds it, or the folder is not ours to clean
            }

            using (held)
            {
                CorpusIndexBuilder.TryDeleteDirectory(folder);
            }
        }
    }

    private static FileStream Open(string path, FileMode mode) =>
        new(path, mode, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);

    public void Dispose() => _file.Dispose();
}
