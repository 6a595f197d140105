using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.English;
using InfoSeek.Domain.Mining;
using InfoSeek.Domain.Questions;
using Microsoft.Extensions.Caching.Memory;

namespace InfoSeek.Domain.Claims;

/// <summary>
/// The claims about a page read both ways: those <see cref="ClaimMiner"/> mines from the page itself, and the
/// relations read from the pages that link to it. A sentence of page X that links to page Y is a claim about Y
/// too: "A joined B" mined on Cyprus's page with B = the Commonwealth is, about the Commonwealth, "B joined A"
/// with B = Cyprus, the evidence staying on Cyprus's page (<see cref="ClaimCandidate.EvidenceOnTarget"/>).
/// Each page is mined once and kept (up to <see cref="CachedPages"/>), whichever way it is read.
/// </summary>
/// <param name="openIndex">The corpus index, asked for on first use.</param>
public sealed class PageClaims(Func<CorpusIndex> openIndex) : IDisposable
{
    /// <summary>Pages whose mined claims are kept in memory.</summary>
    public const int CachedPages = 8192;

    /// <summary>Words after the related entity that leave it a whole object ("B sent A to Rome"), not a modifier ("a A goal").</summary>
    private static readonly HashSet<string> WordsAfterObject = new(StringComparer.Ordinal)
    {
        "to", "in", "into", "as", "for", "at", "from", "on", "with", "during", "after", "before", "by", "under", "over",
        "against", "until", "since", "through", "between", "throughout", "within", "without", "and",
    };

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = CachedPages });

    private CorpusIndex Index => openIndex();

    public void Dispose() => cache.Dispose();

    /// <summary>The page's own claims, as the miner reads them.</summary>
    public BrowsedPage Mined(int ordinal) =>
        cache.GetOrCreate(ordinal, entry =>
        {
            entry.Size = 1;
            return ClaimMiner.Mine(Index.GetPage(ordinal), Index.Resolve);
        })!;

    /// <summary>
    /// The relations about the page read from the pages that link to it, in the order of those pages (ascending
    /// ordinal) and of their claims: each relation mined there whose target is this page and that reads as
    /// "B … A" with this page as its object (<see cref="Reversed"/>).
    /// </summary>
    public IReadOnlyList<ClaimCandidate> FromInLinks(int ordinal)
    {
        var claims = new List<ClaimCandidate>();
        foreach (var source in Index.InLinks(ordinal).Where(s => s != ordinal))
        {
            var mined = Mined(source);
            bool? writesTitleInLowerCase = null;
            foreach (var claim in mined.Claims)
            {
                if (claim.Kind == ClaimKind.Relation && claim.TargetInCorpus && Reversed(claim.Text) is { } text
                    && Index.FindOrdinal(claim.Target!) == ordinal && Index.Terms(ClaimText.Substitute(text, " ", " ")).Count > 0)
                {
                    claims.Add(new ClaimCandidate(text, ClaimKind.Relation, mined.Title, TargetInCorpus: true, claim.Evidence, EvidenceOnTarget: true,
                        FromTargetsLead: NamesItAlone(mined, claim), NameOpensSentenceOnly: OpensWithTitle(mined.Title, claim.Evidence.Sentence)
                            && (writesTitleInLowerCase ??= WritesTitleInLowerCase(source, mined.Title))));
                }
            }
        }

        return claims.DistinctBy(c => (c.Text, c.Target)).ToList();
    }

    /// <summary>
    /// Whether the sentence opens with the page's (capitalised) title: with <see cref="WritesTitleInLowerCase"/>, "Cricket
    /// is also a major sport …" on a page that says "Test cricket", not "Aristotle went to Athens".
    /// </summary>
    private static bool OpensWithTitle(string title, string sentence)
    {
        var bare = Titles.WithoutDisambiguation(title);
        return bare.Length >= 2 && char.IsUpper(bare[0]) && sentence.StartsWith(bare + " ", StringComparison.Ordinal);
    }

    /// <summary>Whether the page writes its title in lower case (twice or more) more often than capitalised within a sentence.</summary>
    private bool WritesTitleInLowerCase(int ordinal, string title)
    {
        var bare = Titles.WithoutDisambiguation(title);
        var text = Index.GetPage(ordinal).Text;
        var lower = Regex.Count(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(bare.ToLowerInvariant())}(?![\p{{L}}\p{{N}}])");
        var capitalised = Regex.Count(text, $@"(?<=[\p{{Ll}},;] ){Regex.Escape(bare)}(?![\p{{L}}\p{{N}}])");
        return lower >= 2 && lower > capitalised;
    }

    /// <summary>
    /// Whether the claim was read from the sentence that gave its page its type and names its target alone there:
    /// "Brasília is the capital of Brazil" (not "The Caspian Sea is bordered by Russia, Azerbaijan, …", a list).
    /// </summary>
    private static bool NamesItAlone(BrowsedPage page, ClaimCandidate claim) =>
        page.TypeDescriptor is { } type && TypeDescriptor.Of(claim.Evidence.Sentence) == type
        && page.Claims.Count(c => c.Text == claim.Text && c.Evidence.Start == claim.Evidence.Start) == 1;

    /// <summary>
    /// The claim read about its target, in the same words with the entities swapped: "A joined B" → "B joined A",
    /// "A sent B to Rome" → "B sent A to Rome"; a "the" before the target goes with its name ("A joined the B" →
    /// "B joined A"). Only a claim that opens with its subject and names its target once, as a whole object right
    /// after a verb or preposition, reads that way: not "A's", not after another determiner ("A is a B") or a role
    /// ("A met the composer B", "A was the inaugural B") or a part of it ("endemic to eastern B"), not as a modifier
    /// ("A scored a B goal"); otherwise null.
    /// </summary>
    public static string? Reversed(string forward)
    {
        var words = forward.Split(' ').ToList();
        if (words.Count < 3 || words[0] != "A" || ClaimText.Placeholder().Count(forward) != 2)
        {
            return null;
        }

        var at = words.IndexOf("B");
        if (at >= 3 && words[at - 1] == "the")
        {
            words.RemoveAt(--at);
        }

        // "A was an informal competition between the United States and B": the second of a pair, which a question cannot
        // move out of its clause ("that ... between the United States and").
        // "A is endemic to eastern B": a part of B, which a question cannot leave behind ("that … is endemic to eastern").
        if (at < 2 || NounPhrases.IsDeterminerOrPossessive(words[at - 1]) || words[at - 1].EndsWith(',') || words[at - 1] is "and" or "or"
            || Lexicon.CompassWords.Contains(words[at - 1].ToLowerInvariant())
            || NounPhrases.NounRunBefore(words[1..], at - 1).Start < at - 1
            || (at + 1 < words.Count && !WordsAfterObject.Contains(words[at + 1])))
        {
            return null;
        }

        words[0] = "B";
        words[at] = "A";
        return string.Join(' ', words);
    }
}
