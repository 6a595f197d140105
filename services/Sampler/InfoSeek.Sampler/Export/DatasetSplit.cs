using InfoSeek.Domain;

namespace InfoSeek.Sampler;

/// <summary>
/// The train/test split: by answer entity, so that no answer is in both. Answers are ordered by a
/// hash of (run seed, answer) and the first <c>round(n × testFraction)</c> go to test (at least one
/// and at most n − 1 when there are two or more answers and the fraction is above zero). The same
/// seed and answers always give the same split, whatever order the questions come in.
/// </summary>
public static class DatasetSplit
{
    public static IReadOnlySet<string> TestAnswers(IEnumerable<string> answers, int seed, double testFraction)
    {
        if (double.IsNaN(testFraction) || testFraction is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "The test fraction must be at least 0 and below 1 (e.g. 0.2).");
        }

        var distinct = answers.Distinct(StringComparer.Ordinal).ToList();
        var wanted = (int)Math.Round(distinct.Count * testFraction, MidpointRounding.AwayFromZero);
        if (testFraction > 0 && distinct.Count >= 2)
        {
            wanted = Math.Clamp(wanted, 1, distinct.Count - 1);
        }

        return distinct
            .OrderBy(a => DeterministicIds.From("split", seed, a))
            .ThenBy(a => a, StringComparer.Ordinal)
            .Take(wanted)
            .ToHashSet(StringComparer.Ordinal);
    }
}
