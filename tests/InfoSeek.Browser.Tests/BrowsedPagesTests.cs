using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.Certificates;
using InfoSeek.Domain.Claims;
using InfoSeek.Domain.Trees;
using InfoSeek.TestSupport;
using Microsoft.Extensions.Options;

namespace InfoSeek.Browser.Tests;

/// <summary>
/// Pages worked out once for a corpus and stored beside its index (<see cref="BrowsedPages"/>, <see cref="BrowsedPageFile"/>),
/// on a few hundred Wikispeedia pages around one article, so that their links stay inside the corpus.
/// </summary>
public sealed class BrowsedPagesTests : IClassFixture<BrowsedPagesTests.SmallCorpus>
{
    private readonly SmallCorpus corpus;

    public BrowsedPagesTests(SmallCorpus corpus) => this.corpus = corpus;

    [Fact]
    public void Pages_stored_by_one_process_are_read_back_by_the_next_as_they_were_worked_out()
    {
        using var temp = new TempDirectory();
        var index = corpus.IndexCopy(temp);
        using var first = new Served(index);
        var workedOut = Enumerable.Range(0, first.Index.PageCount).Select(o => Json(first.Pages.Read(o))).ToList();
        var shape = TreeShape.Smallest(3, 3, 3);

        Assert.False(first.Pages.Prepare());
        Assert.True(File.Exists(BrowsedPageFile.PathIn(index)));
        var counted = first.Capacity.Count(shape);

        using var next = new Served(index);
        Assert.True(next.Pages.Prepare());
        Assert.Equal(workedOut, Enumerable.Range(0, next.Index.PageCount).Select(o => Json(next.Pages.Read(o))));
        Assert.Equal(counted, next.Capacity.Count(shape));
        Assert.True(counted.Roots > 0, "the small corpus should hold some trees");
        Assert.Contains(workedOut, page => page.Contains("\"CluePages\":2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_cut_short_is_worked_out_again_and_a_damaged_record_is_worked_out_when_asked_for()
    {
        using var temp = new TempDirectory();
        var index = corpus.IndexCopy(temp);
        using (var first = new Served(index))
        {
            first.Pages.Prepare();
        }

        var path = BrowsedPageFile.PathIn(index);
        var whole = File.ReadAllBytes(path);
        File.WriteAllBytes(path, whole[..^7]);
        using (var afterCut = new Served(index))
        {
            Assert.False(afterCut.Pages.Prepare());
        }

        Assert.Equal(whole, File.ReadAllBytes(path));

        // The first record's opening brace: its JSON no longer parses, and the page is mined again.
        var damaged = (byte[])whole.Clone();
        var firstRecord = Array.IndexOf(damaged, (byte)'{');
        damaged[firstRecord] = (byte)'#';
        File.WriteAllBytes(path, damaged);
        using var reading = new Served(index);
        Assert.True(reading.Pages.Prepare());
        using var otherTemp = new TempDirectory();
        using var fresh = new Served(corpus.IndexCopy(otherTemp));
        Assert.Equal(Json(fresh.Pages.Read(0)), Json(reading.Pages.Read(0)));
    }

    [Fact]
    public void What_another_build_of_the_miner_stored_is_ignored_and_removed()
    {
        using var temp = new TempDirectory();
        var index = corpus.IndexCopy(temp);
        var other = Path.Combine(index, "browsed-pages-0123456789abcdef.bin");
        File.WriteAllText(other, "pages as another miner read them");

        using var served = new Served(index);
        Assert.False(served.Pages.Prepare());

        Assert.False(File.Exists(other));
        Assert.Equal([Path.GetFileName(BrowsedPageFile.PathIn(index))], Directory.GetFiles(index, "browsed-pages-*").Select(Path.GetFileName));
    }

    [Fact]
    public void Root_choice_passes_over_a_page_whose_claims_cannot_single_it_out()
    {
        using var temp = new TempDirectory();
        using var otherTemp = new TempDirectory();
        using var catalog = new CorpusCatalog(Options.Create(new BrowserOptions { IndexDirectory = corpus.IndexCopy(temp) }));
        using var served = new Served(corpus.IndexCopy(otherTemp));
        var typed = served.Capacity.PagesWithLinks(1).Where(o => served.Pages.Summary(o) is { Typed: true, Targets.Length: > 0 }).ToList();

        // The stored flag is the Blurrer's own test on the page's candidate sets, and the corpus has pages of both kinds.
        var identifiable = typed.Where(served.CanIdentify).ToHashSet();
        Assert.Equal(identifiable, typed.Where(o => served.Pages.Summary(o).Identifiable).ToHashSet());
        Assert.True(identifiable.Count > 0 && identifiable.Count < typed.Count, $"{identifiable.Count} of {typed.Count} typed pages can be singled out: the corpus should have both kinds");

        var roots = typed.Where(o => served.Capacity.CanRoot(o, 1, TreeShape.Smallest(3, 3, 3))).Select(served.Index.GetTitle).ToHashSet();
        var chosen = Enumerable.Range(1, roots.Count)
            .Select(n => catalog.Browsing(null).Browse(new BrowsePage(Guid.Empty, Guid.Empty, 0, 0, null, RandomSeed: 3, MinLinks: 1, RootNumber: n, MinVertices: 3)))
            .Select(m => Assert.IsType<PageBrowsed>(m).Title)
            .ToHashSet();

        Assert.Equal(roots, chosen);
        Assert.All(chosen, title => Assert.Contains(served.Index.FindOrdinal(title)!.Value, identifiable));
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    /// <summary>One corpus's index, matcher, pages and capacity, as a Browser process opens them.</summary>
    private sealed class Served : IDisposable
    {
        public Served(string indexDirectory)
        {
            Index = CorpusIndex.Open(indexDirectory);
            Matcher = new ClaimMatcher(Index);
            Claims = new PageClaims(() => Index);
            Pages = new BrowsedPages(() => Index, Matcher, Claims);
            Capacity = new CorpusCapacity(() => Index, Pages);
        }

        public CorpusIndex Index { get; }

        public ClaimMatcher Matcher { get; }

        public PageClaims Claims { get; }

        public BrowsedPages Pages { get; }

        public CorpusCapacity Capacity { get; }

        public bool CanIdentify(int ordinal)
        {
            var page = Pages.Read(ordinal);
            return Blurrer.CanIdentify(page.Title, page.Claims, page.Claims.Select(c => Matcher.Candidates(page.Title, c, int.MaxValue)).ToList());
        }

        public void Dispose()
        {
            Pages.Dispose();
            Claims.Dispose();
            Matcher.Dispose();
            Index.Dispose();
        }
    }

    /// <summary>The Wikispeedia pages within two links of "Zambia" (their link lists cut to the pages kept), indexed once.</summary>
    public sealed class SmallCorpus : IDisposable
    {
        private const int MaxPages = 300;
        private readonly TempDirectory folder = new();

        public SmallCorpus()
        {
            var pages = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            using (var reader = new StreamReader(new GZipStream(File.OpenRead(Repository.Wikispeedia), CompressionMode.Decompress)))
            {
                for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
                {
                    var page = JsonNode.Parse(line)!.AsObject();
                    pages[(string)page["title"]!] = page;
                }
            }

            var kept = new List<string> { "Zambia" };
            for (var i = 0; i < kept.Count && kept.Count < MaxPages; i++)
            {
                foreach (var link in pages[kept[i]]["links"]!.AsArray().Select(l => (string)l!))
                {
                    if (kept.Count < MaxPages && !kept.Contains(link) && pages.ContainsKey(link))
                    {
                        kept.Add(link);
                    }
                }
            }

            var keptSet = kept.ToHashSet(StringComparer.Ordinal);
            var corpusFile = folder.File("small.jsonl");
            File.WriteAllLines(corpusFile, kept.Order(StringComparer.Ordinal).Select(title =>
            {
                var page = pages[title];
                page["links"] = new JsonArray([.. page["links"]!.AsArray().Select(l => (string)l!).Where(keptSet.Contains).Select(l => (JsonNode)l)]);
                return page.ToJsonString();
            }));
            Index = folder.File("index");
            CorpusIndexBuilder.Build(corpusFile, Index);
        }

        /// <summary>The built index, before any pages were stored in it.</summary>
        public string Index { get; }

        /// <summary>A copy of the index in <paramref name="temp"/>, for a test to store pages in.</summary>
        public string IndexCopy(TempDirectory temp)
        {
            var copy = temp.File("index");
            foreach (var file in Directory.GetFiles(Index, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(Index, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            return copy;
        }

        public void Dispose() => folder.Dispose();
    }
}
