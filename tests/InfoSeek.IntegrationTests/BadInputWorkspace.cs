using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ICSharpCode.SharpZipLib.BZip2;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Storage;
using InfoSeek.TestSupport;
using Microsoft.Data.Sqlite;

namespace InfoSeek.IntegrationTests;

/// <summary>
/// A folder of small inputs, good and bad, written by the tests: tiny corpora in every form the readers take,
/// state files that are not state stores, a store holding a run that never ended, questions files. The good
/// corpus's index is in the folder's cache, so commands that need one find it.
/// </summary>
public sealed class BadInputWorkspace : IDisposable
{
    private readonly TempDirectory directory = new();

    public BadInputWorkspace()
    {
        var good = Pages(("Moon", "The Moon orbits the Earth and reflects light from the Sun."), ("Earth", "Earth orbits the Sun and has one Moon."), ("Sun", "The Sun is the star of the Earth."));
        File.WriteAllText(In("good.jsonl"), good);
        var goodGzip = Compress(good, s => new GZipStream(s, CompressionLevel.Optimal));
        var goodBzip2 = Compress(good, s => new BZip2OutputStream(s));
        File.WriteAllBytes(In("truncated.jsonl.gz"), goodGzip[..(goodGzip.Length / 2)]);
        File.WriteAllBytes(In("truncated.jsonl.bz2"), goodBzip2[..(goodBzip2.Length / 2)]);
        File.WriteAllBytes(In("trailing-garbage.jsonl.bz2"), [.. goodBzip2, .. "not bzip2"u8]);
        File.WriteAllText(In("plain-named.jsonl.gz"), good);
        File.WriteAllText(In("empty.jsonl"), "");
        File.WriteAllText(In("blank-lines.jsonl"), "\n \n\t\n");
        File.WriteAllBytes(In("random.jsonl"), RandomBytes(4096));
        File.WriteAllBytes(In("not-utf8.jsonl"), [.. "{\"id\": \"1\", \"title\": \"Caf"u8, 0xE9, .. "\", \"text\": \"A place.\"}\n"u8]);
        File.WriteAllText(In("array.jsonl"), $"[{good.Split('\n')[0]}]\n");
        File.WriteAllText(In("no-titles.jsonl"), "{\"id\": \"1\", \"text\": \"A page.\"}\n{\"id\": \"2\", \"title\": \"\", \"text\": \"B page.\"}\n");
        File.WriteAllText(In("no-text.jsonl"), "{\"id\": \"1\", \"title\": \"Moon\"}\n");
        File.WriteAllText(In("pages.txt"), good);
        File.WriteAllText(In("truncated.xml"), "<mediawiki><page><title>Moon</title><ns>0</ns><id>1</id><revision><text>The Moon");
        File.WriteAllText(In("no-pages.xml"), "<mediawiki><siteinfo><sitename>Empty</sitename></siteinfo></mediawiki>");
        var dump = Compress("<mediawiki>" + string.Concat(Enumerable.Range(1, 200).Select(i => $"<page><title>Page {i}</title><ns>0</ns><id>{i}</id><revision><text>Page {i} links to [[Page {i + 1}]].</text></revision></page>")) + "</mediawiki>", s => new BZip2OutputStream(s));
        File.WriteAllBytes(In("truncated.xml.bz2"), dump[..(dump.Length / 2)]);
        Directory.CreateDirectory(In("empty-folder"));
        File.WriteAllText(In("a-file"), "a file where a folder belongs");

        File.WriteAllText(StateIn("not-sqlite"), "a text file where the state store belongs");
        WriteDamagedSqlite(StateIn("damaged"));
        Execute(StateIn("foreign"), "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT); INSERT INTO photos (path) VALUES ('a.jpg');");
        StoreRunningRun(StateIn("running"), "stopped").GetAwaiter().GetResult();

        File.WriteAllText(In("no-questions.jsonl"), "\n");
        File.WriteAllText(In("malformed-questions.jsonl"), "{\"id\": \"q1\", \"question\": \"Which?\"\n");
        File.WriteAllText(In("treeless-questions.jsonl"), "{\"id\": \"q1\", \"question\": \"Which moon?\", \"answer\": \"Moon\"}\n");

        CorpusIndexCache.GetOrBuild(In("good.jsonl"), In("cache"));
    }

    public string Root => directory.Path;

    /// <summary>The path of a file or folder in the workspace.</summary>
    public string In(string name) => directory.File(name);

    /// <summary>Every file under the workspace with a hash of its content: what a failed command must leave as it was.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateDirectories(Root, "*", SearchOption.AllDirectories).Select(d => d + Path.DirectorySeparatorChar))
            .ToDictionary(p => Path.GetRelativePath(Root, p), p => p.EndsWith(Path.DirectorySeparatorChar) ? "folder" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))));

    public void Dispose() => directory.Dispose();

    private string StateIn(string outName)
    {
        var path = StateFilePath(outName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public string StateFilePath(string outName) => Path.Combine(In(outName), ".infoseek", "state.db");

    private static string Pages(params (string Title, string Text)[] pages) =>
        string.Join('\n', pages.Select((p, i) => JsonSerializer.Serialize(new { id = $"{i + 1}", title = p.Title, text = p.Text, links = pages.Select(o => o.Title).Where(t => t != p.Title) }))) + "\n";

    private static byte[] Compress(string text, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer))
        {
            stream.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A real SQLite file whose first page, past the 100-byte header, is overwritten: the schema is unreadable.</summary>
    private static void WriteDamagedSqlite(string path)
    {
        Execute(path, "CREATE TABLE runs (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO runs (name) VALUES ('a');");
        var bytes = File.ReadAllBytes(path);
        Array.Fill(bytes, (byte)0xFF, 100, 1000);
        File.WriteAllBytes(path, bytes);
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A migrated state store holding a run whose process stopped before the run ended (status Running).</summary>
    private static async Task StoreRunningRun(string path, string name)
    {
        var database = new Database(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={path};Pooling=False" });
        await new Migrator(database).MigrateAsync(CancellationToken.None);
        var runId = Guid.NewGuid();
        await using (var tx = await new StateStore(database).BeginAsync(CancellationToken.None))
        {
            await tx.InsertRunAsync(new RunRecord(runId, name, new StartRun { RunId = runId, Name = name, Count = 2, Seed = 1 }, RunStatus.Running, 0, 1));
            await tx.CommitAsync(CancellationToken.None);
        }
    }
}
