using System.IO.Compression;
using System.Text;

namespace InfoSeek.Corpus.Tests;

public sealed class JsonLinesPageSourceTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Write(string name, params string[] lines)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    [Fact]
    public void A_malformed_line_is_reported_with_file_line_and_offset_and_reading_continues()
    {
        const string good1 = """{"id": "1", "title": "Alpha", "text": "Alpha links to <a href=\"beta\">Beta</a>."}""";
        const string badJson = """{"id": "2", "title": "Broken", "text": "unterminated""";
        const string noTitle = """{"id": "3", "text": "no title here"}""";
        const string good2 = """{"id": "4", "title": "Beta", "text": "Beta."}""";
        var path = Write("pages.jsonl", good1, badJson, "", noTitle, good2);
        var issues = new List<IngestIssue>();

        var pages = PageSources.Open(path, onIssue: issues.Add).Read(CancellationToken.None).ToList();

        Assert.Equal(["Alpha", "Beta"], pages.Select(p => p.Title));
        Assert.Equal(2, issues.Count);
        Assert.All(issues, i => Assert.Equal(path, i.File));
        Assert.Equal(2, issues[0].Line);
        Assert.Equal(Encoding.UTF8.GetByteCount(good1) + 1, issues[0].ByteOffset);
        Assert.Contains("invalid JSON", issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(4, issues[1].Line);
        Assert.Contains("title", issues[1].Message, StringComparison.Ordinal);
        Assert.Contains($"{path}:2", issues[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_links_are_stripped_from_the_text_with_offsets_entities_decoded_and_empty_targets_counted()
    {
        const string line = """{"id": "7", "title": "AT&amp;T", "text": "The <a href=\"Bell%20System\">Bell</a> &amp; <a href=\"%23History\">history</a> of <a href=\"Miller%20index%23Cubic\"><nowiki>[</nowiki>111<nowiki>]</nowiki></a> and \"Vanguard\"<nowiki>'</nowiki>s crew.\nHistory.\n"}""";
        var page = PageSources.Open(Write("p.jsonl", line)).Read(CancellationToken.None).Single();

        Assert.Equal("AT&T", page.Title);
        Assert.Equal("The Bell & history of [111] and \"Vanguard\"'s crew.\nHistory.\n", page.Text);
        Assert.Equal(
            [new PageLink("Bell System", "Bell", 4, 4), new PageLink("Miller index", "[111]", 22, 5)],
            page.Links);
        Assert.Equal(1, page.EmptyLinkTargets);
        Assert.Empty(page.Facts);
        Assert.Null(page.RedirectTo);
    }

    [Fact]
    public void Records_with_a_url_and_no_links_and_numeric_ids_are_read()
    {
        var path = Write("p.jsonl", """{"id": 12, "url": "https://en.wikipedia.org/wiki?curid=12", "title": "Anarchism", "text": "Anarchism is a political philosophy."}""");
        var page = PageSources.Open(path).Read(CancellationToken.None).Single();
        Assert.Equal("12", page.Id);
        Assert.Equal("Anarchism is a political philosophy.", page.Text);
        Assert.Empty(page.Links);
    }

    [Fact]
    public void A_links_array_adds_links_placed_by_offsets_or_by_their_anchor()
    {
        var path = Write("p.jsonl", """{"id": "1", "title": "Moon", "text": "The Moon orbits the Earth and the Sun.", "links": ["earth", {"target": "Sun", "anchor": "Sun"}, {"target": "Moon_(satellite)", "start": 4, "length": 4}, {"target": "Nowhere", "anchor": "absent"}, {"target": "#Top"}]}""");
        var page = PageSources.Open(path).Read(CancellationToken.None).Single();

        Assert.Equal(
            [
                new PageLink("Nowhere", "", 0, 0),
                new PageLink("Moon (satellite)", "Moon", 4, 4),
                new PageLink("Earth", "Earth", 20, 5),
                new PageLink("Sun", "Sun", 34, 3),
            ],
            page.Links);
        Assert.Equal(1, page.EmptyLinkTargets);
        // Three listed without offsets ("earth", Sun, Nowhere), of which one has no place.
        Assert.Equal((3, 1), (page.ListedLinks, page.UnplacedLinks));
        Assert.All(page.Links, l => Assert.Equal(l.Anchor, page.Text.Substring(l.Start, l.Length)));
    }

    [Fact]
    public void Gzip_is_recognised_by_its_magic_bytes_whatever_the_name()
    {
        var path = _temp.File("pages.jsonl");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gz.Write("""{"id": "1", "title": "Zipped", "text": "Inside."}"""u8);
        }

        var source = PageSources.Open(path);
        Assert.Equal("Zipped", source.Read(CancellationToken.None).Single().Title);
        Assert.Equal(new FileInfo(path).Length, source.BytesRead);
        Assert.Equal(source.TotalBytes, source.BytesRead);
    }

    [Fact]
    public void A_truncated_gzip_corpus_keeps_the_pages_before_the_cut_and_fails_naming_the_file()
    {
        var whole = new MemoryStream();
        using (var gzip = new GZipStream(whole, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var i = 0; i < 2000; i++)
            {
                gzip.Write(Encoding.UTF8.GetBytes($$"""{"id": "{{i}}", "title": "Page {{i}}", "text": "Page {{i}} is page number {{i}} of a corpus cut short."}""" + "\n"));
            }
        }

        var path = _temp.File("cut.jsonl.gz");
        File.WriteAllBytes(path, whole.ToArray()[..(int)(whole.Length / 2)]);
        var pages = new List<string>();

        var ex = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var page in PageSources.Open(path).Read(CancellationToken.None))
            {
                pages.Add(page.Title);
            }
        });

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
        Assert.InRange(pages.Count, 1, 1999);
        Assert.Equal(Enumerable.Range(0, pages.Count).Select(i => $"Page {i}"), pages);
    }

    [Fact]
    public void A_gz_name_on_a_plain_file_is_an_error_naming_the_file()
    {
        var path = Write("pages.jsonl.gz", """{"id": "1", "title": "Plain", "text": "Not compressed."}""");
        var ex = Assert.Throws<InvalidDataException>(() => PageSources.Open(path).Read(CancellationToken.None).ToList());
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_corpus_gives_an_error_naming_the_path()
    {
        var path = _temp.File("nowhere/pages.jsonl.gz");
        var open = Assert.Throws<FileNotFoundException>(() => PageSources.Open(path));
        Assert.Contains(path, open.Message, StringComparison.Ordinal);
        var build = Assert.Throws<FileNotFoundException>(() => CorpusIndexBuilder.Build(path, _temp.File("index")));
        Assert.Contains(path, build.Message, StringComparison.Ordinal);
        var cache = Assert.Throws<FileNotFoundException>(() => CorpusIndexCache.GetOrBuild(path, _temp.File("cache")));
        Assert.Contains(path, cache.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("index")));
    }

    [Fact]
    public void The_format_comes_from_the_name_or_is_given_explicitly()
    {
        Assert.Equal("jsonl", PageSources.DetectFormat(Write("a.jsonl.gz", "")));
        Assert.Equal("mediawiki", PageSources.DetectFormat(Write("b.xml.bz2", "")));
        Assert.Equal("html", PageSources.DetectFormat(Write("c.zip", "")));
        Assert.Equal("html", PageSources.DetectFormat(_temp.Path));
        Assert.Equal("jsonl", PageSources.DetectFormat(Write("d.txt", ""), "JSONL"));
        Assert.Throws<ArgumentException>(() => PageSources.DetectFormat(Write("e.txt", "")));
        Assert.Throws<ArgumentException>(() => PageSources.DetectFormat(Write("f.jsonl", ""), "pdf"));
    }

    [Fact]
    public void Reading_the_sample_streams_every_page_in_order()
    {
        var source = PageSources.Open(SampleCorpus.PagesPath);
        var count = 0;
        string? first = null;
        foreach (var page in source.Read(CancellationToken.None))
        {
            first ??= page.Title;
            count++;
        }

        Assert.Equal(4012, count);
        Assert.Equal("Autism", first);
        Assert.Equal(44_205_541, source.BytesRead);
    }

    [Fact]
    public void Reading_stops_when_cancelled()
    {
        using var cts = new CancellationTokenSource();
        var source = PageSources.Open(SampleCorpus.PagesPath);
        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var _ in source.Read(cts.Token))
            {
                cts.Cancel();
            }
        });
    }
}
