using System.Text;
using System.Text.Json;
using ICSharpCode.SharpZipLib.BZip2;

namespace InfoSeek.Corpus.Tests;

/// <summary>What the readers and the index builder make of bad corpora, and of what a killed build leaves behind.</summary>
public sealed class BadCorpusTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Page(string id, string title, string text) => JsonSerializer.Serialize(new { id, title, text });

    [Fact]
    public void A_line_that_is_not_UTF8_is_a_rejected_record_named_by_its_line_and_the_other_pages_are_indexed()
    {
        var corpus = _temp.File("mixed.jsonl");
        using (var file = File.Create(corpus))
        {
            file.Write(Encoding.UTF8.GetBytes(Page("1", "Moon", "The Moon.") + "\n"));
            file.Write([.. "{\"id\": \"2\", \"title\": \"Caf"u8, 0xE9, .. "\", \"text\": \"A place.\"}\n"u8]);
            file.Write(Encoding.UTF8.GetBytes(Page("3", "Sun", "The Sun.") + "\n"));
        }

        var report = CorpusIndexBuilder.Build(corpus, _temp.File("index"));

        Assert.Equal((2L, 1L), (report.Pages, report.Rejected));
        var issue = Assert.Single(report.Issues);
        Assert.Equal((corpus, 2L, "not valid UTF-8"), (issue.File, issue.Line, issue.Message));
    }

    [Fact]
    public void Duplicate_titles_are_reported_at_their_own_line_with_the_line_of_the_first()
    {
        var corpus = _temp.File("dup.jsonl");
        File.WriteAllLines(corpus, [Page("1", "Moon", "The Moon."), Page("2", "Sun", "The Sun."), "", Page("3", "Moon", "Another Moon.")]);

        var report = CorpusIndexBuilder.Build(corpus, _temp.File("index"));

        var issue = Assert.Single(report.Issues);
        Assert.Equal(4, issue.Line);
        Assert.Equal("duplicate title \"Moon\" (id 3, ordinal 2); lookups find the first page with it (line 1)", issue.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{not json\n[1, 2]\n{\"id\": \"1\", \"text\": \"no title\"}\n")]
    public void A_corpus_without_pages_is_an_error_naming_the_file_and_the_first_rejections_and_caches_no_index(string content)
    {
        var corpus = _temp.File("bad.jsonl");
        File.WriteAllText(corpus, content);
        var cache = _temp.File("cache");

        var error = Assert.Throws<InvalidDataException>(() => CorpusIndexCache.GetOrBuild(corpus, cache));

        Assert.StartsWith($"{corpus}: no pages", error.Message, StringComparison.Ordinal);
        if (content.Length > 0)
        {
            Assert.Contains("all 3 records were rejected, the first: line 1: invalid JSON", error.Message, StringComparison.Ordinal);
            Assert.Contains("line 2: expected a JSON object, found Array; line 3: missing or empty \"title\"", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(cache));
    }

    [Fact]
    public void A_bzip2_file_cut_inside_its_first_block_is_reported_as_corrupt_or_truncated()
    {
        var corpus = _temp.File("cut.jsonl.bz2");
        using (var buffer = new MemoryStream())
        {
            using (var bzip2 = new BZip2OutputStream(buffer))
            {
                bzip2.Write(Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(0, 200).Select(i => Page($"{i}", $"Page {i}", $"Text of page {i}.")))));
            }

            var bytes = buffer.ToArray();
            File.WriteAllBytes(corpus, bytes[..(bytes.Length / 2)]);
        }

        var error = Assert.Throws<InvalidDataException>(() => CorpusIndexBuilder.Build(corpus, _temp.File("index")));

        Assert.StartsWith($"{corpus}: the bzip2 data is corrupt or truncated", error.Message, StringComparison.Ordinal);
        Assert.Equal(["cut.jsonl.bz2"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_corpus_folder_is_cached_by_the_content_of_its_files()
    {
        var folder = _temp.File("pages");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Moon.html"), "<html><head><title>Moon</title></head><body><p>The Moon orbits the <a href=\"Earth.html\">Earth</a>.</p></body></html>");
        File.WriteAllText(Path.Combine(folder, "Earth.html"), "<html><head><title>Earth</title></head><body><p>Earth has a <a href=\"Moon.html\">Moon</a>.</p></body></html>");
        var cache = _temp.File("cache");

        var first = CorpusIndexCache.GetOrBuild(folder, cache);
        Assert.Equal(first, CorpusIndexCache.GetOrBuild(folder, cache));
        File.WriteAllText(Path.Combine(folder, "Sun.html"), "<html><head><title>Sun</title></head><body><p>The Sun.</p></body></html>");
        var second = CorpusIndexCache.GetOrBuild(folder, cache);

        Assert.NotEqual(first, second);
        using var index = CorpusIndex.Open(second);
        Assert.Equal(3, index.PageCount);
    }

    [Fact]
    public void A_build_folder_left_by_a_killed_build_is_removed_by_the_next_build_and_one_still_being_built_is_kept()
    {
        var corpus = _temp.File("small.jsonl");
        File.WriteAllLines(corpus, [Page("1", "Moon", "The Moon."), Page("2", "Sun", "The Sun.")]);
        var cache = _temp.File("cache");

        // A killed build leaves its folder and, if it died before deleting it, its lock file, which nobody holds.
        var killed = Path.Combine(cache, ".building-0123-jsonl-v2-dead");
        Directory.CreateDirectory(Path.Combine(killed, "lucene"));
        File.WriteAllText(Path.Combine(killed, "lucene", "_0.cfs"), "half an index");
        File.WriteAllText(killed + ".lock", "");
        var killedWithoutLock = Path.Combine(cache, ".building-4567-jsonl-v2-dead");
        Directory.CreateDirectory(killedWithoutLock);

        // A build in progress holds its lock.
        var live = Path.Combine(cache, ".building-89ab-jsonl-v2-live");
        Directory.CreateDirectory(live);
        using (new FileStream(live + ".lock", FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        {
            var index = CorpusIndexCache.GetOrBuild(corpus, cache);

            Assert.Equal(
                [Path.GetFileName(live), Path.GetFileName(live) + ".lock", Path.GetFileName(index)],
                Directory.EnumerateFileSystemEntries(cache).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }

        // Once its process is gone, the next build removes it too.
        CorpusIndexCache.GetOrBuild(corpus, cache);
        Assert.Single(Directory.EnumerateFileSystemEntries(cache));
    }
}
