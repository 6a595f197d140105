namespace InfoSeek.Storage;

/// <summary>
/// The rule for the samples that make a run's dataset: accepted ones by tree number, at most
/// <paramref name="perAnswer"/> per answer, each with a vertex set no lower-numbered tree of that answer
/// kept, at most the run's Count. Samples are offered in tree order, so the lowest-numbered trees keep
/// their place. With one per answer the vertex sets are not needed.
/// </summary>
public sealed class DatasetSelection(int count, int perAnswer = 1)
{
    private readonly Dictionary<string, List<string?>> keptVertexSets = new(StringComparer.Ordinal);

    /// <summary>Samples taken so far.</summary>
    public int Taken { get; private set; }

    /// <summary>True once Count samples are taken: no later sample can join.</summary>
    public bool Full => Taken >= count;

    /// <summary>Whether the rule compares vertex sets (more than one question per answer).</summary>
    public bool NeedsVertexSets => perAnswer > 1;

    /// <summary>True when the sample, the next in tree order, goes into the dataset.</summary>
    /// <param name="vertexSet">The tree's <see cref="VertexSet"/>; needed only when <see cref="NeedsVertexSets"/>.</param>
    public bool Offer(bool accepted, string answer, string? vertexSet = null)
    {
        if (Full || !accepted)
        {
            return false;
        }

        if (!keptVertexSets.TryGetValue(answer, out var kept))
        {
            keptVertexSets[answer] = kept = [];
        }

        if (kept.Count >= perAnswer || (NeedsVertexSets && (vertexSet is null || kept.Contains(vertexSet))))
        {
            return false;
        }

        kept.Add(vertexSet);
        Taken++;
        return true;
    }

    /// <summary>How many of the trees (in tree order) the rule keeps, with no limit on the count.</summary>
    public static int Kept(IEnumerable<TreeOutcome> outcomes, int perAnswer)
    {
        var selection = new DatasetSelection(int.MaxValue, perAnswer);
        return outcomes.Count(o => selection.Offer(o.Status == Domain.TreeStatus.Accepted, o.Answer ?? "", o.VertexSet));
    }

    /// <summary>A tree's vertex set as one string: its vertices' entities, distinct, in ordinal order.</summary>
    public static string VertexSet(IEnumerable<string?> entities) =>
        string.Join('\n', entities.Select(e => e ?? "").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
