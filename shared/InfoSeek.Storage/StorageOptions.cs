using System.ComponentModel.DataAnnotations;

namespace InfoSeek.Storage;

public enum StorageProvider
{
    /// <summary>An embedded file database: the default for one process and for tests.</summary>
    Sqlite,

    /// <summary>SQL Server: docker compose and Kubernetes.</summary>
    SqlServer,
}

/// <summary>Where the research-tree state lives. Bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>For SQLite, e.g. "Data Source=out/infoseek.db"; for SQL Server, an ADO.NET connection string.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=infoseek.db";
}
