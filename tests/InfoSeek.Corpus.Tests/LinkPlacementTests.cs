using System.Text.Json;

namespace InfoSeek.Corpus.Tests;

public sealed class LinkPlacementTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_listed_link_is_placed_at_every_whole_word_mention_of_its_title_in_any_case()
    {
        const string text = "The Earth is round. Earthquakes shake the earth. EARTH is the third planet.";
        var links = new List<PageLink>();

        var unplaced = LinkPlacement.Place(text, ["Earth"], links);

        Assert.Equal(0, unplaced);
        Assert.Equal([4, 42, 49], links.Select(l => l.Start));
        Assert.All(links, l => Assert.Equal(l.Anchor, text.Substring(l.Start, l.Length)));
        Assert.All(links, l => Assert.Equal("Earth", l.Target));
    }

    [Fact]
    public void A_title_with_a_parenthetical_is_found_by_its_bare_form_and_longer_names_win_overlaps()
    {
        const string text = "Mercury orbits closest. New York City lies in New York.";
        var links = new List<PageLink>();

        LinkPlacement.Place(text, ["Mercury (planet)", "New York", "New York City"], links);

        Assert.Equal(
            [("Mercury (planet)", "Mercury"), ("New York City", "New York City"), ("New York", "New York")],
            links.OrderBy(l => l.Start).Select(l => (l.Target, l.Anchor)));
    }

    [Fact]
    public void A_bare_form_that_another_listed_title_ends_with_is_not_placed()
    {
        // Columbus, Ohio lists both; "college football" means the American game, so the bare "football" is neither's.
        const string text = "Columbus is home to a college football team. American football is popular. Football (soccer) is too.";
        var links = new List<PageLink>();

        LinkPlacement.Place(text, ["Football (soccer)", "American football"], links);

        Assert.Equal(
            [("American football", "American football"), ("Football (soccer)", "Football (soccer)")],
            links.OrderBy(l => l.Start).Select(l => (l.Target, l.Anchor)));
    }

    [Fact]
    public void A_short_title_matches_only_in_its_own_case_and_an_unmentioned_one_becomes_a_page_level_link()
    {
        const string text = "The war ended. Io is a moon; so is io in lower case.";
        var links = new List<PageLink>();

        var unplaced = LinkPlacement.Place(text, ["War", "Io", "Callisto (moon)"], links);

        Assert.Equal(2, unplaced);
        var io = Assert.Single(links, l => l.IsPlaced);
        Assert.Equal(("Io", 15), (io.Target, io.Start));
        Assert.Equal(["War", "Callisto (moon)"], links.Where(l => !l.IsPlaced).Select(l => l.Target).Order().Reverse());
        Assert.All(links.Where(l => !l.IsPlaced), l => Assert.Equal(PageLink.PageLevel(l.Target), l));
    }

    [Fact]
    public void The_ingest_report_gives_the_placed_share_of_listed_links()
    {
        var path = _temp.File("listed.jsonl");
        File.WriteAllLines(path,
        [
            JsonSerializer.Serialize(new { id = "1", title = "Moon", text = "The Moon orbits the Earth. The earth has one moon.", links = new[] { "Earth", "Sun" } }),
            JsonSerializer.Serialize(new { id = "2", title = "Earth", text = "Earth has the Moon.", links = new[] { "Moon" } }),
            JsonSerializer.Serialize(new { id = "3", title = "Sun", text = "A star.", links = Array.Empty<string>() }),
        ]);

        var report = CorpusIndexBuilder.Build(path, _temp.File("index"));

        Assert.Equal(3, report.ListedLinks);
        Assert.Equal(1, report.UnplacedLinks);
        Assert.Equal(2.0 / 3, report.PlacedShare, 6);
        // Every link counts in the graph, the page-level one (Moon → Sun) too: Earth twice, Sun once, Moon once.
        Assert.Equal(4, report.InCorpusLinks);
        using var index = CorpusIndex.Open(_temp.File("index"));
        var moon = index.GetPage(0);
        Assert.Equal(["Earth", "Earth"], moon.Links.Where(l => l.IsPlaced).Select(l => l.Target));
        Assert.Contains(index.FindOrdinal("Sun")!.Value, index.OutLinksInCorpus(0));
    }

    [Fact]
    public void A_corpus_without_any_links_reports_none_inside_it()
    {
        var path = _temp.File("plain.jsonl");
        File.WriteAllLines(path,
        [
            JsonSerializer.Serialize(new { id = "1", title = "Moon", text = "The Moon orbits the Earth." }),
            JsonSerializer.Serialize(new { id = "2", title = "Earth", text = "Earth has the Moon." }),
        ]);

        var report = CorpusIndexBuilder.Build(path, _temp.File("index"));

        Assert.Equal((2L, 0L, 0L, 0L), (report.Pages, report.Links, report.InCorpusLinks, report.ListedLinks));
        Assert.Equal(1, report.PlacedShare);
    }
}
