using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace InfoSeek.Storage;

/// <summary>Opens connections for the configured provider and knows that provider's few quirks.</summary>
public sealed class Database(StorageOptions options)
{
    public StorageProvider Provider => options.Provider;

    /// <param name="multipleActiveReaders">
    /// Several readers open at once on the connection: SQLite allows it as it is, SQL Server needs MARS
    /// (MultipleActiveResultSets), switched on for this connection only.
    /// </param>
    public async Task<DbConnection> OpenAsync(CancellationToken ct, bool multipleActiveReaders = false)
    {
        DbConnection connection = options.Provider switch
        {
            StorageProvider.Sqlite => new SqliteConnection(options.ConnectionString),
            StorageProvider.SqlServer when multipleActiveReaders =>
                new SqlConnection(new SqlConnectionStringBuilder(options.ConnectionString) { MultipleActiveResultSets = true }.ConnectionString),
            StorageProvider.SqlServer => new SqlConnection(options.ConnectionString),
            _ => throw new InvalidOperationException($"Unknown storage provider {options.Provider}."),
        };
        await connection.OpenAsync(ct);
        if (connection is SqliteConnection)
        {
            // Per connection: enforce foreign keys, and wait for a concurrent writer instead of failing at once.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
            await pragma.ExecuteNonQueryAsync(ct);
        }

        return connection;
    }

    /// <summary>True when the exception is a primary-key or unique-constraint violation.</summary>
    public static bool IsDuplicateKey(Exception e) => e switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && (s.SqliteExtendedErrorCode is 1555 or 2067),
        SqlException s => s.Number is 2627 or 2601,
        _ => false,
    };
}
