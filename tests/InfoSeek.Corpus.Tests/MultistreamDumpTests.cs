using System.Text;
using ICSharpCode.SharpZipLib.BZip2;
using Xunit.Abstractions;

namespace InfoSeek.Corpus.Tests;

public sealed class MultistreamDumpTests(ITestOutputHelper output) : IDisposable
{
    private const int PagesPerStream = 10;

    private static readonly Lazy<List<string>> SampleDumpPages = new(() => Describe(PageSources.Open(SampleCorpus.DumpPath)));

    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Everything a reader yields for a page, in order, as one comparable string per page.</summary>
    private static List<string> Describe(IPageSource source) =>
        [.. source.Read(CancellationToken.None).Select(p =>
            $"{p.Id}|{p.Title}|{p.RedirectTo}|{p.EmptyLinkTargets}|{p.Text}|" +
            string.Join(";", p.Links.Select(l => $"{l.Target}>{l.Anchor}@{l.Start}+{l.Length}")) + "|" +
            string.Join(";", p.Facts.Select(f => $"{f.Key}={f.Value}")))];

    private (string Dump, string Index) WriteMultistreamSample() => WriteMultistreamSample(out _);

    private (string Dump, string Index) WriteMultistreamSample(out long footerOffset)
    {
        var dump = _temp.File("enwiki-sample-pages-articles-multistream.xml.bz2");
        (var index, footerOffset) = MultistreamDump.Write(SampleCorpus.DumpPath, dump, PagesPerStream);
        return (dump, index);
    }

    [Fact]
    public void With_its_index_beside_it_a_multistream_dump_is_read_in_parallel_into_the_same_pages_in_the_same_order()
    {
        var (dump, index) = WriteMultistreamSample();
        var source = new MediaWikiPageSource(dump, parallelism: 4);

        var pages = Describe(source);

        Assert.Equal(index, source.MultistreamIndex);
        Assert.Equal(205, pages.Count);
        Assert.Equal(SampleDumpPages.Value, pages);
        Assert.Equal(new FileInfo(dump).Length, source.BytesRead);
    }

    [Fact]
    public void Without_its_index_a_multistream_dump_is_read_sequentially_through_all_its_streams()
    {
        var (dump, index) = WriteMultistreamSample();
        File.Delete(index);
        var source = PageSources.Open(dump, "mediawiki");

        var pages = Describe(source);

        Assert.Null(((MediaWikiPageSource)source).MultistreamIndex);
        Assert.Equal(SampleDumpPages.Value, pages);
        Assert.Equal(new FileInfo(dump).Length, source.BytesRead);
    }

    [Fact]
    public void An_index_built_from_the_multistream_dump_matches_the_one_built_from_the_single_stream_dump()
    {
        var (dump, _) = WriteMultistreamSample();

        var report = CorpusIndexBuilder.Build(dump, _temp.File("index"));

        Assert.Equal((106, 99, 0), (report.Pages, report.Redirects, report.Rejected));
        using var index = CorpusIndex.Open(_temp.File("index"));
        Assert.Equal("Montgomery", index.FindPage("Alabama")!.Facts["Capital"]);
        Assert.Equal("Afroasiatic languages", index.Resolve("Afro-asiatic languages"));
    }

    [Fact]
    public void Issues_of_a_multistream_dump_are_reported_in_order_at_the_same_lines_as_a_sequential_read()
    {
        var body = new StringBuilder("<mediawiki>\n  <siteinfo><sitename>Test</sitename></siteinfo>\n");
        for (var i = 1; i <= 7; i++)
        {
            var text = i % 3 == 0 ? "" : $"<revision><text>Page {i} links [[Page {i + 1}]].</text></revision>";
            body.Append($"  <page>\n    <title>Page {i}</title>\n    <ns>0</ns>\n    <id>{i}</id>\n    {text}\n  </page>\n");
        }

        var single = _temp.File("single.xml.bz2");
        using (var file = File.Create(single))
        using (var bzip2 = new BZip2OutputStream(file))
        {
            bzip2.Write(Encoding.UTF8.GetBytes(body.Append("</mediawiki>\n").ToString()));
        }

        var multi = _temp.File("multi.xml.bz2");
        MultistreamDump.Write(single, multi, pagesPerStream: 2);
        var sequentialIssues = new List<IngestIssue>();
        var parallelIssues = new List<IngestIssue>();

        var sequential = Describe(PageSources.Open(single, onIssue: sequentialIssues.Add));
        var parallel = Describe(new MediaWikiPageSource(multi, parallelIssues.Add, parallelism: 3));

        Assert.Equal(sequential, parallel);
        Assert.Equal(5, parallel.Count);
        Assert.Equal(["page \"Page 3\" has no text", "page \"Page 6\" has no text"], parallelIssues.Select(i => i.Message));
        Assert.Equal(sequentialIssues.Select(i => (i.Line, i.Message)), parallelIssues.Select(i => (i.Line, i.Message)));
        Assert.All(parallelIssues, i => Assert.Equal(multi, i.File));
    }

    [Fact]
    public void A_truncated_multistream_dump_fails_with_the_file_and_the_stream_offset()
    {
        var (dump, _) = WriteMultistreamSample();
        var bytes = File.ReadAllBytes(dump);
        File.WriteAllBytes(dump, bytes[..^20]);

        var ex = Assert.Throws<InvalidDataException>(() => new MediaWikiPageSource(dump, parallelism: 2).Read(CancellationToken.None).Count());

        Assert.Contains(dump, ex.Message, StringComparison.Ordinal);
        Assert.Matches(@"at byte \d+ of the file", ex.Message);
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
        output.WriteLine(ex.Message);
    }

    [Fact]
    public void A_multistream_dump_cut_at_a_stream_boundary_fails_for_its_missing_end()
    {
        var (dump, index) = WriteMultistreamSample(out var footerOffset);
        var withoutFooter = _temp.File("cut-pages-articles-multistream.xml.bz2");
        File.WriteAllBytes(withoutFooter, File.ReadAllBytes(dump)[..(int)footerOffset]);
        File.Copy(index, withoutFooter.Replace(".xml.bz2", "-index.txt.bz2", StringComparison.Ordinal));

        var ex = Assert.Throws<InvalidDataException>(() => new MediaWikiPageSource(withoutFooter).Read(CancellationToken.None).Count());

        Assert.Contains(withoutFooter, ex.Message, StringComparison.Ordinal);
        Assert.Contains("without </mediawiki>", ex.Message, StringComparison.Ordinal);
        output.WriteLine(ex.Message);
    }

    [Fact]
    public void An_index_offset_past_the_end_of_the_dump_fails_with_the_index_line_and_the_dump()
    {
        var (dump, index) = WriteMultistreamSample();
        var length = new FileInfo(dump).Length;
        string lines;
        using (var input = new BZip2InputStream(File.OpenRead(index)))
        using (var reader = new StreamReader(input))
        {
            lines = reader.ReadToEnd();
        }

        var lineCount = lines.Count(c => c == '\n');
        using (var file = File.Create(index))
        using (var bzip2 = new BZip2OutputStream(file))
        {
            bzip2.Write(Encoding.UTF8.GetBytes($"{lines}{length + 1000}:99999:Beyond the end\n"));
        }

        var ex = Assert.Throws<InvalidDataException>(() => PageSources.Open(dump).Read(CancellationToken.None).Count());

        Assert.Contains($"{index}:{lineCount + 1}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(dump, ex.Message, StringComparison.Ordinal);
        Assert.Contains("past the end", ex.Message, StringComparison.Ordinal);
        output.WriteLine(ex.Message);
    }

    [Fact]
    public void Reading_a_multistream_dump_stops_when_cancelled()
    {
        var (dump, _) = WriteMultistreamSample();
        using var cancel = new CancellationTokenSource();
        var read = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in new MediaWikiPageSource(dump, parallelism: 2).Read(cancel.Token))
            {
                if (++read == 15)
                {
                    cancel.Cancel();
                }
            }
        });
        Assert.Equal(15, read);
    }
}
