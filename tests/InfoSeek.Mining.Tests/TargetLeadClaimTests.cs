using InfoSeek.Corpus;
using InfoSeek.Domain.Claims;
using InfoSeek.TestSupport;

namespace InfoSeek.Mining.Tests;

/// <summary>
/// A relation read from the lead of the page that links here, naming this page alone, gives this page away when that
/// page is named in a question: "of which Brasília is the capital" (Brasília's lead: "Brasília is the capital of Brazil").
/// </summary>
public sealed class TargetLeadClaimTests
{
    private static readonly Lazy<CorpusIndex> Wikispeedia = new(() => CorpusIndex.Open(CorpusIndexCache.GetOrBuild(Repository.Wikispeedia, Repository.IndexCache)));

    [Fact]
    public void A_lead_that_names_the_page_alone_is_marked_and_a_lead_that_lists_it_is_not()
    {
        using var claims = new PageClaims(() => Wikispeedia.Value);

        var brazil = claims.FromInLinks(Wikispeedia.Value.FindOrdinal("Brazil")!.Value);
        var capital = Assert.Single(brazil, c => c.Target == "Brasília" && c.Text == "B is the capital of A");
        Assert.True(capital.FromTargetsLead);
        // Read elsewhere on another page than its lead, a relation to Brazil stays a clue.
        Assert.Contains(brazil, c => c.Target != "Brasília" && !c.FromTargetsLead);

        // "The Caspian Sea is bordered by Russia ( Dagestan, …), Azerbaijan, Kazakhstan, Iran and Turkmenistan": one of five.
        var russia = claims.FromInLinks(Wikispeedia.Value.FindOrdinal("Russia")!.Value);
        Assert.Contains(russia, c => c.Target == "Caspian Sea" && !c.FromTargetsLead);
    }

    [Fact]
    public void A_common_noun_that_opens_its_sentence_is_marked_and_a_name_is_not()
    {
        using var claims = new PageClaims(() => Wikispeedia.Value);

        // "Cricket is also a major sport in England and Wales, …", on a page that writes "cricket".
        var england = claims.FromInLinks(Wikispeedia.Value.FindOrdinal("England")!.Value);
        Assert.Contains(england, c => c.Target == "Cricket" && c.NameOpensSentenceOnly);
        // "Aristotle went to Athens at the age of 18": a name, capitalised wherever it stands.
        var athens = claims.FromInLinks(Wikispeedia.Value.FindOrdinal("Athens")!.Value);
        Assert.Contains(athens, c => c.Target == "Aristotle" && c.Text == "B went to A" && !c.NameOpensSentenceOnly);
    }
}
