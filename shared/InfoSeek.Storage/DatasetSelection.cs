namespace InfoSeek.Storage;

/// <summary>
/// The rule for the samples that make a run's dataset: accepted ones by tree number, one per answer
/// (the lowest-numbered tree keeps it), at most the run's Count. Samples are offered in tree order.
/// </summary>
public sealed class DatasetSelection(int count)
{
    private readonly HashSet<string> answers = new(StringComparer.Ordinal);

    /// <summary>Samples taken so far.</summary>
    public int Taken { get; private set; }

    /// <summary>True once Count samples are taken: no later sample can join.</summary>
    public bool Full => Taken >= count;

    /// <summary>True when the sample, the next in tree order, goes into the dataset.</summary>
    public bool Offer(bool accepted, string answer)
    {
        if (Full || !accepted || !answers.Add(answer))
        {
            return false;
        }

        Taken++;
        return true;
    }
}
