using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.TestSupport;

namespace InfoSeek.Storage.Tests;

/// <summary>A migrated, empty database of the given provider: a SQLite file, or SQL Server when INFOSEEK_SQLSERVER names one.</summary>
public static class Stores
{
    public static TheoryData<StorageProvider> Providers()
    {
        var data = new TheoryData<StorageProvider> { StorageProvider.Sqlite };
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("INFOSEEK_SQLSERVER")))
        {
            data.Add(StorageProvider.SqlServer);
        }

        return data;
    }

    public static async Task<(Database Database, StateStore Store)> CreateAsync(StorageProvider provider, TempDirectory temp)
    {
        var connection = provider == StorageProvider.Sqlite
            ? $"Data Source={temp.File("state.db")}"
            : await SqlServerDatabase.CreateAsync();
        var database = new Database(new StorageOptions { Provider = provider, ConnectionString = connection });
        await new Migrator(database).MigrateAsync(CancellationToken.None);
        return (database, new StateStore(database));
    }

    public static StartRun Request(Guid runId) => new() { RunId = runId, Name = $"run-{runId:N}", Count = 2, Seed = 7 };

    public static ResearchTree Tree(Guid runId, int treeNo)
    {
        var tree = new ResearchTree
        {
            TreeId = DeterministicIds.TreeId(runId, treeNo),
            RunId = runId,
            TreeNo = treeNo,
            Status = TreeStatus.Growing,
            Step = 3,
            TargetVertices = 4,
        };
        var evidence = new Evidence("Apollo 11", "Apollo 11 was the spaceflight that first landed humans on the Moon.", 0, 68);
        tree.Vertices.Add(new TreeVertex
        {
            Id = 0,
            Entity = "Apollo 11",
            TypeDescriptor = "the spaceflight",
            Browsed = true,
            Blurred = true,
            Candidates =
            [
                new ClaimCandidate("A first landed humans on the Moon", ClaimKind.Attribute, null, false, evidence),
                new ClaimCandidate("B commanded A", ClaimKind.Relation, "Neil Armstrong", true, evidence, CluePages: 2, EvidenceOnTarget: true),
            ],
            Certificate = new Certificate("Apollo 11", [new ClaimCertificate("A was commanded by B", 3, ["Apollo 8", "Gemini 8"])], ["Apollo 11"]),
        });
        tree.Vertices.Add(new TreeVertex { Id = 1, ParentId = 0, Entity = "Neil Armstrong", Browsed = true });
        tree.Vertex(0).Claims.Add(new TreeClaim("A was commanded by B", ClaimKind.Relation, 1, "Neil Armstrong", evidence));
        // A relation read from its target's page keeps that mark through the store.
        var onTarget = new Evidence("Michael Collins", "Michael Collins flew Apollo 11 around the Moon.", 0, 47);
        tree.Vertex(0).Claims.Add(new TreeClaim("B flew A around the Moon", ClaimKind.Relation, null, "Michael Collins", onTarget, EvidenceOnTarget: true));
        tree.Pending = new PendingCommand(typeof(BrowsePage).FullName!, "{}");
        return tree;
    }
}

/// <summary>A fresh database on the SQL Server named by INFOSEEK_SQLSERVER (a connection string to any database there).</summary>
public static class SqlServerDatabase
{
    public static async Task<string> CreateAsync()
    {
        var master = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(Environment.GetEnvironmentVariable("INFOSEEK_SQLSERVER")!);
        var name = $"infoseek_test_{Guid.NewGuid():N}";
        await using (var connection = new Microsoft.Data.SqlClient.SqlConnection(master.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE [{name}]";
            await command.ExecuteNonQueryAsync();
        }

        master.InitialCatalog = name;
        return master.ConnectionString;
    }
}
