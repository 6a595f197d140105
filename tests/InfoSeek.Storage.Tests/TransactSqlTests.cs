using System.Reflection;
using InfoSeek.Storage;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace InfoSeek.Storage.Tests;

/// <summary>Every T-SQL statement the project runs is parsed by SQL Server's own parser.</summary>
public sealed class TransactSqlTests
{
    /// <summary>The SQL constants of the storage assembly; those named for SQLite are not T-SQL.</summary>
    public static TheoryData<string, string> Statements()
    {
        var data = new TheoryData<string, string>();
        var constants = typeof(StateStore).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && !f.Name.Contains("Sqlite", StringComparison.Ordinal))
            .Select(f => (Name: $"{f.DeclaringType!.Name}.{f.Name}", Sql: (string)f.GetRawConstantValue()!))
            .Where(c => LooksLikeSql(c.Sql));
        foreach (var (name, sql) in constants)
        {
            data.Add(name, sql);
        }

        foreach (var migration in Migrator.Load(StorageProvider.SqlServer))
        {
            data.Add($"migration {migration.Version} {migration.Name}", migration.Sql);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void The_statement_parses_as_TSql(string name, string sql)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}");
    }

    [Fact]
    public void Every_store_statement_is_found_by_the_parse_test()
    {
        // Guards the reflection above: if the constants moved, the theory would silently test nothing.
        Assert.True(Statements().Count >= 20, $"only {Statements().Count} statements found");
    }

    private static bool LooksLikeSql(string s) =>
        s.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
        || s.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
        || s.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
        || s.TrimStart().StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
        || s.TrimStart().StartsWith("CREATE", StringComparison.OrdinalIgnoreCase)
        || s.TrimStart().StartsWith("IF ", StringComparison.OrdinalIgnoreCase)
        || s.TrimStart().StartsWith("EXEC", StringComparison.OrdinalIgnoreCase);
}
