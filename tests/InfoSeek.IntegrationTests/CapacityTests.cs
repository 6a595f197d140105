using System.Globalization;
using System.Text.RegularExpressions;

namespace InfoSeek.IntegrationTests;

/// <summary>`infoseek capacity` on the sample corpus, against the answers of the shared synthesized run.</summary>
[Collection(SynthesizedRun.Collection)]
public sealed partial class CapacityTests(SynthesizedRun run)
{
    [Fact]
    public async Task The_capacity_narrows_from_all_pages_to_roots_and_bounds_the_distinct_answers_of_a_run()
    {
        var (code, output) = await Cli.RunAsync(SynthesizedRun.Timeout, "capacity", "--vertices", "3-8");

        Assert.True(code == 0, output);
        var counts = Count().Matches(output).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(6, counts.Count); // pages, linked, growable, typed, identifiable, roots
        Assert.Equal(counts.Order().Reverse(), counts);
        Assert.Contains($"A run can give at most {counts[^1]} distinct answers with at least 3 vertices.", output, StringComparison.Ordinal);
        // The sample run's answers are distinct roots of trees of three vertices or more.
        Assert.InRange(run.Samples.Select(s => (string)s["answer"]!).Distinct().Count(), 1, counts[^1]);
    }

    [Fact]
    public async Task A_bad_vertex_range_is_an_error_naming_the_option()
    {
        var (code, output) = await Cli.RunAsync(SynthesizedRun.Timeout, "capacity", "--vertices", "1-2");

        Assert.True(code == 2, output);
        Assert.Contains("--vertices '1-2' must be MIN-MAX with 2 <= MIN <= MAX", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*(?:pages|with|of those|from which)[^:\n]*: (\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Count();
}
