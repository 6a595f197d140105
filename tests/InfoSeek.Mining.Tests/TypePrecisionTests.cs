using InfoSeek.Corpus;
using InfoSeek.Domain.Mining.Evaluation;
using InfoSeek.TestSupport;

namespace InfoSeek.Mining.Tests;

/// <summary>
/// The type descriptors questions show, on the labelled pages of both shipped corpora (data/eval/types.jsonl). The
/// floors are the precision measured when the rules last changed; a change may raise them, never lower them.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class TypePrecisionTests(SampleIndexFixture sample)
{
    private static readonly List<LabelledType> Labels = LabelledType.Load(Repository.TypeLabels);

    [Fact]
    public void The_labelled_set_holds_labelled_descriptors_of_both_corpora_each_with_a_reason()
    {
        Assert.True(Labels.Count(l => l.Corpus == "pages.jsonl.gz" && l.Label is not null) >= 100);
        Assert.True(Labels.Count(l => l.Corpus == "wikispeedia.jsonl.gz" && l.Label is not null) >= 90);
        Assert.All(Labels, l => Assert.False(string.IsNullOrWhiteSpace(l.Reason)));
    }

    [Fact]
    public void On_the_featured_sample_the_shown_types_keep_their_measured_precision()
    {
        var precision = TypeEvaluation.Evaluate(sample.Index, "pages.jsonl.gz", Labels);
        AssertFloor(precision, FeaturedFloor);
    }

    [Fact]
    public void On_wikispeedia_the_shown_types_keep_their_measured_precision()
    {
        using var index = CorpusIndex.Open(CorpusIndexCache.GetOrBuild(Repository.Wikispeedia, Repository.IndexCache));
        AssertFloor(TypeEvaluation.Evaluate(index, "wikispeedia.jsonl.gz", Labels), WikispeediaFloor);
    }

    [Fact]
    public void A_malformed_labels_line_is_an_error_naming_the_file_and_the_line()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "types.jsonl");
        File.WriteAllLines(path, [File.ReadLines(Repository.TypeLabels).First(), """{"corpus":"x","page":"P","lead":"","descriptor":"a town","label":"fine"}"""]);
        var e = Assert.Throws<FormatException>(() => LabelledType.Load(path));
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("label must be good, poor or false", e.Message, StringComparison.Ordinal);
    }

    private sealed record Floor(int Kept, double Good, double False, int Changed);

    // Measured when the rules last changed, every changed descriptor relabelled: featured 93.6 % good, 0.6 % false of 172
    // shown; wikispeedia 88.6 % good, 2.7 % false of 149. Round 2 (new pages, labelled after the rules were tuned on
    // round 1) gave 84.4 % good, 2.6 % false of 77 and 77.3 % good, 4.0 % false of 75: the figures for unseen pages.
    private static readonly Floor FeaturedFloor = new(170, 0.93, 0.006, 0);

    private static readonly Floor WikispeediaFloor = new(145, 0.88, 0.028, 0);

    private static void AssertFloor(TypePrecision p, Floor floor)
    {
        Assert.True(p.Changed.Count <= floor.Changed, $"{p.Changed.Count} descriptors changed since labelled: label them ({string.Join("; ", p.Changed.Select(c => $"{c.Page}: {c.Descriptor}"))})");
        Assert.True(p.Kept.Count >= floor.Kept, $"only {p.Kept.Count} labelled descriptors still shown");
        Assert.True(p.GoodShare >= floor.Good, $"good {p.GoodShare:P1}");
        Assert.True(p.FalseShare <= floor.False, $"false {p.FalseShare:P1}");
    }
}
