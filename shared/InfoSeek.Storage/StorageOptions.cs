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

    /// <summary>The SQL Server password docker-compose.yml and k8s/base/secret.yaml ship for development.</summary>
    public const string DevelopmentPassword = "InfoSeek_dev_Passw0rd";

    /// <summary>For SQLite, e.g. "Data Source=out/infoseek.db"; for SQL Server, an ADO.NET connection string.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=infoseek.db";

    /// <summary>Whether a SQL Server connection string logs in with the shipped development password.</summary>
    public bool UsesDevelopmentPassword =>
        Provider == StorageProvider.SqlServer && ConnectionString.Contains("Password=" + DevelopmentPassword, StringComparison.OrdinalIgnoreCase);
}
