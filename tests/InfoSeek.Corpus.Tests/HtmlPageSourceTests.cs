using System.IO.Compression;

namespace InfoSeek.Corpus.Tests;

public sealed class HtmlPageSourceTests : IDisposable
{
    private readonly TempDir _temp = new();

    public HtmlPageSourceTests()
    {
        Directory.CreateDirectory(Site("wiki"));
        File.WriteAllText(Site("Alpha.html"), """
            <!DOCTYPE html>
            <html><head><title>Alpha - Wikipedia</title><style>p { color: red }</style><script>var x = "<a href='x'>";</script></head>
            <body>
              <nav><a href="Beta.html">Navigation link</a></nav>
              <h1>Alpha</h1>
              <table class="infobox"><tr><th>Founded</th><td>1901 in <a href="wiki/Gamma.htm">Gamma</a></td></tr><tr><th>Motto</th><td>Onward</td></tr></table>
              <p>Alpha is linked to <a href="Beta.html">the Beta page</a>,
                 to <a href="./wiki/Gamma.htm#History"> Gamma </a> and to
                 <a href="https://en.wikipedia.org/wiki/Neil_Armstrong">Armstrong</a>.</p>
              <h2>Elsewhere</h2>
              <p>See <a href="http://example.com/page">an external site</a>, <a href="#top">the top</a>,
                 <a href="Delta_page.html">a page not saved</a> and <a href="photo.png">a photo</a>.</p>
            </body></html>
            """);
        File.WriteAllText(Site("Beta.html"), """
            <html><head><title>Beta</title></head><body><main><p>Beta &amp; friends link back to <a href="Alpha.html">Alpha</a>.</p></main>
            <footer><a href="Alpha.html">Footer</a></footer></body></html>
            """);
        File.WriteAllText(Site("wiki/Gamma.htm"), """
            <html><body><h1>Gamma ray</h1><p>Gamma cites <a href="../Alpha.html">alpha</a><br>on a second line.</p></body></html>
            """);
    }

    public void Dispose() => _temp.Dispose();

    private string Site(string relative) => Path.Combine(_temp.Path, "site", relative);

    [Fact]
    public void A_folder_of_pages_reads_titles_text_links_and_infobox_facts()
    {
        var pages = PageSources.Open(Site("")).Read(CancellationToken.None).ToList();

        Assert.Equal(["Alpha", "Beta", "Gamma ray"], pages.Select(p => p.Title));
        Assert.Equal(["Alpha.html", "Beta.html", "wiki/Gamma.htm"], pages.Select(p => p.Id));

        var alpha = pages[0];
        Assert.Equal(
            "Alpha is linked to the Beta page, to Gamma and to Armstrong.\nElsewhere.\nSee an external site, the top, a page not saved and a photo.",
            alpha.Text);
        Assert.Equal(
            [
                new PageLink("Beta", "the Beta page", 19, 13),
                new PageLink("Gamma ray", "Gamma", 37, 5),
                new PageLink("Neil Armstrong", "Armstrong", 50, 9),
                new PageLink("Delta page", "a page not saved", 103, 16),
            ],
            alpha.Links);
        Assert.Equal(1, alpha.EmptyLinkTargets);
        Assert.Equal(new Dictionary<string, string> { ["Founded"] = "1901 in Gamma", ["Motto"] = "Onward" }, alpha.Facts);

        Assert.Equal("Beta & friends link back to Alpha.", pages[1].Text);
        Assert.Equal("Gamma cites alpha\non a second line.", pages[2].Text);
        Assert.Equal("Alpha", pages[2].Links.Single().Target);
        Assert.All(pages.SelectMany(p => p.Links.Select(l => (p, l))), x => Assert.Equal(x.l.Anchor, x.p.Text.Substring(x.l.Start, x.l.Length)));
    }

    [Fact]
    public void A_zip_of_the_same_pages_reads_the_same()
    {
        var zip = _temp.File("site.zip");
        ZipFile.CreateFromDirectory(Site(""), zip);

        var fromFolder = PageSources.Open(Site("")).Read(CancellationToken.None).ToList();
        var fromZip = PageSources.Open(zip).Read(CancellationToken.None).ToList();

        Assert.Equal(fromFolder.Select(p => (p.Id, p.Title, p.Text)), fromZip.Select(p => (p.Id, p.Title, p.Text)));
        Assert.Equal(fromFolder.SelectMany(p => p.Links), fromZip.SelectMany(p => p.Links));
    }

    [Fact]
    public void An_index_of_an_HTML_folder_has_the_link_graph_between_its_pages()
    {
        var dir = _temp.File("index");
        var report = CorpusIndexBuilder.Build(Site(""), dir);

        using var index = CorpusIndex.Open(dir);
        Assert.Equal(3, report.Pages);
        Assert.Equal(["Beta", "Gamma ray"], index.OutLinksInCorpus(0).Select(index.GetTitle));
        Assert.Equal([1, 2], index.InLinks(0));
        Assert.Equal("1901 in Gamma", index.FindPage("alpha")!.Facts["Founded"]);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_fails_naming_it()
    {
        var path = _temp.File("broken.zip");
        File.WriteAllText(path, "not a zip");
        var ex = Assert.Throws<InvalidDataException>(() => PageSources.Open(path).Read(CancellationToken.None).ToList());
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }
}
