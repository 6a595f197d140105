using System.Reflection;
using Dapper;
using Microsoft.Data.SqlClient;

namespace InfoSeek.Storage;

/// <summary>
/// Applies the numbered .sql files embedded under Migrations/&lt;Provider&gt;/ in order, each in its
/// own transaction together with its row in schema_migrations, so a crash never leaves a half-applied version.
/// </summary>
public sealed class Migrator(Database database)
{
    private const string CreateSqliteHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        PRAGMA journal_mode = WAL;
        """;

    private const string CreateSqlServerHistory = """
        IF OBJECT_ID(N'schema_migrations', N'U') IS NULL
        CREATE TABLE schema_migrations (
            version INT NOT NULL PRIMARY KEY,
            name NVARCHAR(200) NOT NULL,
            applied_at DATETIME2 NOT NULL
        );
        """;

    // Several replicas may start together: only one applies migrations at a time.
    private const string LockSqlServer = """
        EXEC sp_getapplock @Resource = N'infoseek-migrations', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 60000;
        """;

    private const string SelectApplied = """
        SELECT version FROM schema_migrations
        """;

    private const string InsertApplied = """
        INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)
        """;

    public static IReadOnlyList<Migration> Load(StorageProvider provider)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"{assembly.GetName().Name}.Migrations.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Migration.FromResource(assembly, n, n[prefix.Length..^4]))
            .OrderBy(m => m.Version)
            .ToList();
    }

    /// <returns>The versions applied by this call.</returns>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(database.Provider == StorageProvider.Sqlite ? CreateSqliteHistory : CreateSqlServerHistory);
        var appliedNow = new List<int>();
        foreach (var migration in Load(database.Provider))
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            if (connection is SqlConnection)
            {
                await connection.ExecuteAsync(LockSqlServer, transaction: tx);
            }

            var applied = (await connection.QueryAsync<int>(SelectApplied, transaction: tx)).ToHashSet();
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            await connection.ExecuteAsync(migration.Sql, transaction: tx);
            await connection.ExecuteAsync(InsertApplied, new { migration.Version, migration.Name, AppliedAt = DateTime.UtcNow }, tx);
            await tx.CommitAsync(ct);
            appliedNow.Add(migration.Version);
        }

        return appliedNow;
    }
}

/// <summary>One schema version: "0001_initial.sql" is version 1 named "initial".</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    public static Migration FromResource(Assembly assembly, string resource, string fileName)
    {
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(fileName[..underscore], out var version))
        {
            throw new InvalidOperationException($"Migration '{resource}' must be named NNNN_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, fileName[(underscore + 1)..], reader.ReadToEnd());
    }
}
