using System.Security;
using Xunit.Abstractions;

namespace InfoSeek.Corpus.Tests;

public sealed class MediaWikiPageSourceTests(ITestOutputHelper output) : IDisposable
{
    private static readonly Lazy<List<RawPage>> DumpPages = new(() =>
        [.. PageSources.Open(SampleCorpus.DumpPath).Read(CancellationToken.None)]);

    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Writes a one-page export and returns the page as read back.</summary>
    private RawPage ReadWikitext(string wikitext, string title = "Test page")
    {
        var path = _temp.File($"{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, $"""
            <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/">
              <page>
                <title>{SecurityElement.Escape(title)}</title>
                <ns>0</ns>
                <id>42</id>
                <revision><id>7</id><text xml:space="preserve">{SecurityElement.Escape(wikitext)}</text></revision>
              </page>
            </mediawiki>
            """);
        return PageSources.Open(path).Read(CancellationToken.None).Single();
    }

    [Fact]
    public void The_sample_dump_yields_article_pages_and_redirects_from_namespace_0_only()
    {
        var pages = DumpPages.Value;

        // 206 pages: 100 redirects (one of them the namespace-4 page, which is skipped) and 106 articles.
        Assert.Equal(205, pages.Count);
        Assert.Equal(99, pages.Count(p => p.RedirectTo is not null));
        Assert.Equal(106, pages.Count(p => p.RedirectTo is null));
        Assert.DoesNotContain(pages, p => p.Title.StartsWith("Wikipedia:", StringComparison.Ordinal));

        var first = pages[0];
        Assert.Equal(("10", "AccessibleComputing", "Computer accessibility"), (first.Id, first.Title, first.RedirectTo));
        Assert.Empty(first.Text);
    }

    [Fact]
    public void Anarchism_reads_as_plain_text_with_links_and_headings()
    {
        var anarchism = DumpPages.Value.Single(p => p.Title == "Anarchism");

        Assert.StartsWith("Anarchism is a political philosophy that advocates self-governed societies based on voluntary institutions.", anarchism.Text, StringComparison.Ordinal);
        foreach (var markup in new[] { "{{", "}}", "[[", "]]", "<ref", "</ref>", "{|", "|}", "''", "<!--", "&lt;", "&nbsp;", "Category:", "File:" })
        {
            Assert.DoesNotContain(markup, anarchism.Text, StringComparison.Ordinal);
        }

        var lines = anarchism.Text.Split('\n');
        Assert.Contains("History.", lines);
        Assert.Contains("Etymology and terminology.", lines);
        Assert.Equal(new PageLink("Political philosophy", "political philosophy", 15, 20), anarchism.Links[0]);
        Assert.Contains(anarchism.Links, l => l.Target == "Pierre-Joseph Proudhon");
        Assert.Empty(anarchism.Facts);
    }

    [Fact]
    public void Every_dump_link_anchor_equals_the_text_at_its_offsets()
    {
        foreach (var page in DumpPages.Value)
        {
            Assert.All(page.Links, l => Assert.Equal(l.Anchor, page.Text.Substring(l.Start, l.Length)));
            Assert.All(page.Links, l => Assert.Equal(l.Target, TitleNormalizer.Normalize(l.Target)));
        }
    }

    [Fact]
    public void Alabama_keeps_its_infobox_as_facts_without_markup()
    {
        var alabama = DumpPages.Value.Single(p => p.Title == "Alabama");

        Assert.Equal("Montgomery", alabama.Facts["Capital"]);
        Assert.Equal("Robert J. Bentley (R)", alabama.Facts["Governor"]);
        Assert.Equal("The Yellowhammer State, Heart of Dixie, The Cotton State", alabama.Facts["Nickname"]);
        Assert.Equal("4,858,979 (2015 est.)", alabama.Facts["2010Pop"]);
        Assert.All(alabama.Facts.Values, v => Assert.DoesNotMatch(@"\[\[|\{\{|<ref|&lt;", v));
        Assert.StartsWith("Alabama () is a state located in the southeastern region of the United States.", alabama.Text, StringComparison.Ordinal);
        Assert.Contains("At 1300 mi, Alabama has one of the longest navigable inland waterways", alabama.Text, StringComparison.Ordinal);
        Assert.True(DumpPages.Value.Count(p => p.Facts.Count > 0) >= 40);
    }

    [Fact]
    public void An_index_of_the_dump_resolves_redirects()
    {
        var dir = _temp.File("index");
        var report = CorpusIndexBuilder.Build(SampleCorpus.DumpPath, dir);
        Assert.Equal(106, report.Pages);
        Assert.Equal(99, report.Redirects);
        Assert.Equal(0, report.Rejected);

        using var index = CorpusIndex.Open(dir);
        Assert.Equal("Ayn Rand", index.FindPage("AynRand")?.Title);
        Assert.Equal("Afroasiatic languages", index.Resolve("Afro-asiatic languages"));
        Assert.Null(index.Resolve("AccessibleComputing"));
        Assert.Equal("Montgomery", index.FindPage("Alabama")!.Facts["Capital"]);
        Assert.True(report.InCorpusLinks > 0);
        Assert.Contains("Anarchism", index.Search("anarchist philosophy stateless societies", 3).Select(h => h.Title));
    }

    [Fact]
    public void Templates_refs_comments_tables_and_files_are_removed()
    {
        var page = ReadWikitext("""
            {{Infobox person
            | name = Ada {{nowrap|Lovelace}}
            | birth_place = [[London]], England<ref>{{cite web|url=http://x}}</ref>
            | image = <!-- none -->
            }}
            '''Ada''' was a ''[[mathematician]]''.<ref name="a">Cite {{nested|{{deeper}}}}</ref> She wrote notes.<ref name="b"/>
            {| class="wikitable"
            | cell || [[Table link]]
            {|
            | nested
            |}
            |}
            [[File:Ada.jpg|thumb|A caption with a [[Portrait]]
            over two lines]]
            == Early life ==
            She was born in [[London|the capital]] in 1815, a distance of {{convert|10|km|mi}} from [[Kent]]<!-- hidden -->.
            * A list item about [[engine]]s.
            [[Category:Mathematicians]]
            [[fr:Ada Lovelace]]
            """);

        Assert.Equal(
            "Ada was a mathematician. She wrote notes.\nEarly life.\nShe was born in the capital in 1815, a distance of 10 km from Kent.\nA list item about engines.",
            page.Text);
        Assert.Equal(
            [
                new PageLink("Mathematician", "mathematician", 10, 13),
                new PageLink("London", "the capital", 70, 11),
                new PageLink("Kent", "Kent", 116, 4),
                new PageLink("Engine", "engines", 140, 7),
            ],
            page.Links);
        Assert.Equal("Ada Lovelace", page.Facts["name"]);
        Assert.Equal("London, England", page.Facts["birth_place"]);
        Assert.False(page.Facts.ContainsKey("image"));
    }

    [Fact]
    public void Special_links_render_as_MediaWiki_shows_them()
    {
        var page = ReadWikitext("See [[Paris, Texas|]], [[:Category:Cities|the category]], [[wikt:anarchy|anarchy]], [[#Notes|notes]], [http://example.org the site] and [http://example.org/bare].");

        Assert.Equal("See Paris, the category, anarchy, notes, the site and .", page.Text);
        Assert.Equal([new PageLink("Paris, Texas", "Paris", 4, 5)], page.Links);
        Assert.Equal(1, page.EmptyLinkTargets);
    }

    [Fact]
    public void A_truncated_bz2_dump_fails_with_the_file_and_position()
    {
        var bytes = File.ReadAllBytes(SampleCorpus.DumpPath);
        var path = _temp.File("truncated.xml.bz2");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var ex = Assert.Throws<InvalidDataException>(() => PageSources.Open(path).Read(CancellationToken.None).Count());

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Matches(@"line \d+", ex.Message);
        Assert.Contains("bzip2", ex.Message, StringComparison.Ordinal);
        output.WriteLine(ex.Message);
    }

    [Fact]
    public void Malformed_XML_fails_with_the_file_and_line()
    {
        var path = _temp.File("broken.xml");
        File.WriteAllText(path, "<mediawiki>\n<page>\n<title>A</title>\n<ns>0</ns>\n<revision><text>x</revision>\n</page>\n</mediawiki>\n");

        var ex = Assert.Throws<InvalidDataException>(() => PageSources.Open(path).Read(CancellationToken.None).ToList());

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_text_is_reported_and_skipped()
    {
        var path = _temp.File("notext.xml");
        File.WriteAllText(path, "<mediawiki>\n<page><title>Empty</title><ns>0</ns><id>1</id></page>\n<page><title>Full</title><ns>0</ns><id>2</id><revision><text>Body.</text></revision></page>\n</mediawiki>");
        var issues = new List<IngestIssue>();

        var pages = PageSources.Open(path, onIssue: issues.Add).Read(CancellationToken.None).ToList();

        Assert.Equal("Full", pages.Single().Title);
        Assert.Equal(2, issues.Single().Line);
        Assert.Contains("Empty", issues.Single().Message, StringComparison.Ordinal);
    }
}
