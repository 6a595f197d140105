using System.Collections.Concurrent;
using InfoSeek.Corpus;

namespace InfoSeek.Domain.Claims;

/// <summary>
/// Numbers analysed terms, so that a page's sentences are keyed by small ints rather than by a string per word.
/// Claims and pages read through one instance share its numbers; it only grows with the vocabulary read.
/// </summary>
public sealed class TermIds
{
    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private int count;

    public TermIds() => bySpan = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The term's number, given on first sight; a string is only made for a term not seen before.</summary>
    public int Of(ReadOnlySpan<char> term) =>
        bySpan.TryGetValue(term, out var id) ? id : ids.GetOrAdd(term.ToString(), _ => Interlocked.Increment(ref count));

    public int[] Of(IEnumerable<string> terms) => terms.Select(t => Of(t.AsSpan())).ToArray();
}

/// <summary>
/// A page's sentences (<see cref="SentenceSplitter"/>) as the matcher reads them: for each analysed term the
/// sentences holding it, ascending, and for each sentence the pages of the corpus it links to. The sentences
/// holding all of a claim's words are found by intersecting the lists of those words, not by testing each sentence.
/// The lists sit end to end in one array, so that a page costs a few ints per word and many pages stay in memory.
/// </summary>
public sealed class PageSentences
{
    private readonly int[] terms;
    private readonly int[] listStart;
    private readonly int[] sentences;
    private readonly int[][] linkedPages;
    private readonly bool[] hasLink;

    /// <param name="terms">The page's term numbers, ascending.</param>
    /// <param name="listStart">Where the list of terms[i] starts in <paramref name="sentences"/>; one more entry marks the end.</param>
    /// <param name="sentences">The lists of sentences, one per term, each ascending.</param>
    private PageSentences(int[] terms, int[] listStart, int[] sentences, int[][] linkedPages, bool[] hasLink)
    {
        this.terms = terms;
        this.listStart = listStart;
        this.sentences = sentences;
        this.linkedPages = linkedPages;
        this.hasLink = hasLink;
    }

    public int Count => hasLink.Length;

    /// <summary>
    /// Analyses the page in one pass and gives each term to the sentence its word starts in: sentences are split at
    /// whitespace, where no word runs across, so each gets the terms it has when analysed alone.
    /// </summary>
    public static PageSentences Read(CorpusIndex index, CorpusPage page, TermIds ids)
    {
        var spans = SentenceSplitter.Split(page.Text);
        var starts = spans.Select(s => s.Start).ToArray();
        int SentenceAt(int offset)
        {
            var i = Array.BinarySearch(starts, offset);
            i = i >= 0 ? i : ~i - 1;
            return i >= 0 && offset < starts[i] + spans[i].Length ? i : -1;
        }

        // (term, sentence) pairs packed in a long sort by term, then sentence; term numbers are positive.
        var pairs = new List<long>();
        index.VisitTerms(page.Text, (term, start) =>
        {
            if (SentenceAt(start) is var sentence and >= 0)
            {
                pairs.Add(((long)ids.Of(term) << 32) | (uint)sentence);
            }
        });
        pairs.Sort();

        var terms = new List<int>();
        var listStart = new List<int>();
        var sentences = new List<int>();
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0 && pairs[i] == pairs[i - 1])
            {
                continue;
            }

            var term = (int)(pairs[i] >> 32);
            if (terms.Count == 0 || terms[^1] != term)
            {
                terms.Add(term);
                listStart.Add(sentences.Count);
            }

            sentences.Add((int)pairs[i]);
        }

        listStart.Add(sentences.Count);

        var links = new List<int>[spans.Count];
        var hasLink = new bool[spans.Count];
        foreach (var link in page.Links.Where(l => l.IsPlaced))
        {
            if (SentenceAt(link.Start) is var sentence and >= 0)
            {
                hasLink[sentence] = true;
                if (index.FindOrdinal(link.Target) is { } target)
                {
                    (links[sentence] ??= []).Add(target);
                }
            }
        }

        var linkedPages = links.Select(l => l is null ? [] : l.Distinct().ToArray()).ToArray();
        return new PageSentences([.. terms], [.. listStart], [.. sentences], linkedPages, hasLink);
    }

    /// <summary>The sentences holding every one of the terms, ascending; with no terms, every sentence.</summary>
    public IEnumerable<int> Holding(IReadOnlyList<int> terms)
    {
        if (terms.Count == 0)
        {
            return Enumerable.Range(0, Count);
        }

        var shortest = terms.Select(SentencesWith).MinBy(l => l.Count);
        return shortest.Where(s => Holds(s, terms));
    }

    /// <summary>Whether the sentence holds every one of the terms.</summary>
    public bool Holds(int sentence, IReadOnlyList<int> terms) => terms.All(t => SentencesWith(t).AsSpan().BinarySearch(sentence) >= 0);

    /// <summary>The pages of the corpus the sentence links to (directly or via a redirect), each once.</summary>
    public IReadOnlyList<int> LinkedPages(int sentence) => linkedPages[sentence];

    /// <summary>Whether the sentence has a link, to the corpus or not.</summary>
    public bool HasLink(int sentence) => hasLink[sentence];

    private ArraySegment<int> SentencesWith(int term)
    {
        var i = Array.BinarySearch(terms, term);
        return i < 0 ? ArraySegment<int>.Empty : new ArraySegment<int>(sentences, listStart[i], listStart[i + 1] - listStart[i]);
    }
}
