using Microsoft.Data.Sqlite;

namespace InfoSeek.Cli;

/// <summary>
/// The SQLite state file of a run (<c>&lt;out&gt;/.infoseek/state.db</c> by default), checked before anything opens it
/// for writing: a file that is not an InfoSeek state store is reported and left as it is.
/// </summary>
public static class StateFile
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    public static string In(string outDir) => Path.Combine(outDir, ".infoseek", "state.db");

    /// <summary>Throws <see cref="InvalidDataException"/> naming the file when it exists and is not a sound InfoSeek state store.</summary>
    public static void CheckExisting(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InvalidDataException($"{path} is a folder, not a state file.");
        }

        if (!File.Exists(path))
        {
            return;
        }

        var head = new byte[SqliteHeader.Length];
        using (var file = File.OpenRead(path))
        {
            if (file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length || !head.AsSpan().SequenceEqual(SqliteHeader))
            {
                throw new InvalidDataException($"{path} is not a SQLite database, so not an InfoSeek state file; it was left as it is (move it away, or choose another --out).");
            }
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            if (command.ExecuteScalar() is not "ok" and var problem)
            {
                throw new InvalidDataException($"{path} is a damaged SQLite database ({problem}); it was left as it is.");
            }

            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT IN ('schema_migrations', 'sqlite_sequence')";
            var tables = (long)command.ExecuteScalar()!;
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'runs'";
            if (tables > 0 && (long)command.ExecuteScalar()! == 0)
            {
                throw new InvalidDataException($"{path} is a SQLite database of something else (it has no runs table); it was left as it is.");
            }
        }
        catch (SqliteException e)
        {
            throw new InvalidDataException($"{path} is a damaged SQLite database ({e.Message}); it was left as it is.", e);
        }
    }
}
