using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.Mining.Evaluation;
using InfoSeek.TestSupport;

namespace InfoSeek.Mining.Tests;

/// <summary>
/// The miner's precision on the labelled claims of both shipped corpora (data/eval/claims.jsonl). The floors are
/// the precision measured when the set was labelled; a change to the miner may raise them, never lower them.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class ClaimPrecisionTests(SampleIndexFixture sample)
{
    private static readonly List<LabelledClaim> Labels = LabelledClaim.Load(Repository.ClaimLabels);

    [Fact]
    public void The_labelled_set_holds_at_least_300_labelled_claims_of_both_corpora()
    {
        Assert.True(Labels.Count(l => l.Label is not null) >= 300);
        Assert.True(Labels.Count(l => l.Corpus == "pages.jsonl.gz") >= 150);
        Assert.True(Labels.Count(l => l.Corpus == "wikispeedia.jsonl.gz") >= 150);
        Assert.All(Labels, l => Assert.False(string.IsNullOrWhiteSpace(l.Reason)));
    }

    [Fact]
    public void On_the_featured_sample_the_miner_keeps_its_measured_precision()
    {
        var precision = ClaimEvaluation.Evaluate(sample.Index, "pages.jsonl.gz", Labels);
        // Measured with rounds 1 to 9 of the labels: 95.5 % true, 4.5 % vague, 0 % false of 331 claims. Rounds 4, 5 and 8
        // were each labelled on text the rules had not seen (new pages for rounds 5 and 8): before the rules met them,
        // round 4 gave 84 % true, 4 % false of 50, round 5 90 % true, 3.3 % false of 60 and round 8 82.9 % true, 10 %
        // false of 70, the figures for unseen text. The opening-phrase, list and date rules that round 8 led to took
        // its false share to 0 of 59. Round 11 (new pages, before the rules met it) gave 85 % true, 13.3 % vague, 1.7 % false of
        // 60; with it the set measures 93.9 % true, 5.9 % vague, 0.3 % false of 391. The round 12 rules (comparisons,
        // ranks, tallies and occasions without their respect, a group's possessive) took 9 vague and 1 true: 97.1 % true,
        // 2.7 % vague, 0.3 % false of 377. Round 13 (new pages, drawn after those rules, before its own) gave 86.7 % true,
        // 11.7 % vague, 1.7 % false of 60; with its rules the set measures 97.2 % true, 2.6 % vague, 0.2 % false of 430.
        // Round 14 (new pages, before its rules): 85 % true, 15 % vague, 0 false of 60; with it the set measured 95.7 % true,
        // 4.1 % vague, 0.2 % false of 490, and with its rules (a retirement or return without its year, "seemed", a rank
        // among the rounds of an event, a caption, "is said to") 97.1 % true, 2.7 % vague, 0.2 % false of 475, and with the
        // rules a fresh run's questions led to, 97.0 % true, 2.7 % vague, 0.2 % false of 474. Round 15 (new pages, before its
        // rules): 88.3 % true, 6.7 % vague, 5 % false of 60 (a film's character, a ship's namesake, the word as a title of
        // other works); with its rules 97.3 % true, 2.5 % vague, 0.2 % false of 525 (524 with those a fresh run led to).
        // Round 16 (new pages, drawn after those rules, before its own): 88.3 % true, 10 % vague, 1.7 % false of 60; with its
        // rules (an office or an occasion left open, a faith linked as its church) 97.6 % true, 2.3 % vague, 0.2 % false of 576;
        // with the rules' no-break spaces read as spaces ("made 58 errors", round 11's false claim), 97.7 % true, 2.3 % vague, 0
        // false of 575. Round 17 (new pages, before its rules): 88.3 % true, 8.3 % vague, 3.3 % false of 60 (a place the
        // sentence before named, a sortie's tally); with its rules 97.8 % true, 2.2 % vague, 0 false of 627. Round 18 (new
        // pages, before its rules): 80 % true, 18.3 % vague, 1.7 % false of 60; with it the set measured 96.2 % true, 3.7 %
        // vague, 0.1 % false of 683, and with its rules (what was said, wanted or charged; a region's season; one of a plural;
        // a "then-" office) 97.8 % true, 2.2 % vague, 0 false of 672.
        Assert.True(precision.Measured >= 665, $"only {precision.Measured} labelled claims still emitted");
        Assert.True(precision.TrueShare >= 0.97, $"true {precision.TrueShare:P1}");
        Assert.True(precision.FalseShare <= 0.003, $"false {precision.FalseShare:P1}");
    }

    [Fact]
    public void On_wikispeedia_the_miner_keeps_its_measured_precision()
    {
        using var index = CorpusIndex.Open(CorpusIndexCache.GetOrBuild(Repository.Wikispeedia, Repository.IndexCache));
        var precision = ClaimEvaluation.Evaluate(index, "wikispeedia.jsonl.gz", Labels);
        // Measured with rounds 1 to 11 of the labels: 94.7 % true, 4.7 % vague, 0.6 % false of 696 claims. Round 5, labelled on
        // new pages before the rules met it, gave 88.3 % true, 6.7 % false of 60, and round 8 (new pages too) 78.6 % true,
        // 5.7 % false of 70: the figures for unseen text. Rounds 6 and 7 are the claims of a run's questions (30
        // questions each): round 6 (seed 71) gave 80 % true, 6.4 % false of 110 before the rules met it; round 7 (seed
        // 81), drawn after those rules, 88.9 % true, 3 % false of 99; round 9 (seed 101), drawn after the round 8 rules, 85 %
        // true, 7.5 % false of 120, of which 91 were new to the set; round 10 (seed 111), after the round 9 rules, 90.3 %
        // true, 1.6 % false of 124, of which 100 were new. Round 11, before its rules: new pages 83.3 % true, 8.3 % false of
        // 60; the claims of a run's questions (seed 223) 89.6 % true, 8.3 % vague, 2.1 % false of 96 new ones. The
        // going-on rule ("continued as a protectorate") then took 6 vague and 1 true: 95.6 % true, 3.9 % vague of 688.
        // Round 12, before its rules: the claims of a run's questions (seed 733) 86.6 % true, 11.9 % vague, 1.5 % false of 67
        // new ones; new pages 86.7 % true, 11.7 % vague, 1.7 % false of 60. With its rules the set measures 95.9 % true,
        // 3.6 % vague, 0.5 % false of 798; with the rules for relations and occasions that lost what they were for
        // ("represented Russia", "the game"), 97.2 % true, 2.3 % vague, 0.5 % false of 787. Round 13, drawn after those
        // rules and before its own: the claims of a run's questions (seed 919) 91.1 % true, 5.4 % vague, 3.6 % false of 56
        // new ones. With its rules (a name qualifying a coin or an activity, the page's future, "won at B") the set
        // measures 97.2 % true, 2.2 % vague, 0.6 % false of 830. Round 14, before its rules: new pages 81.7 % true, 10 % vague,
        // 8.3 % false of 60; the claims of a run's questions (seed 1401) 88.9 % true, 8.3 % vague, 2.8 % false of 36 new ones.
        // With it the set measured 95.9 % true, 2.9 % vague, 1.2 % false of 921; with its rules (an opening's scope over a
        // rank or a contest, a source's word, a list qualified after its last item, B as one of two modifiers of a kind,
        // a move not made, an action in progress, a month without its year) 97.1 % true, 2.3 % vague, 0.7 % false of 887; with
        // those read from a fresh run after them (one place of several, a score without its match, a name a thing goes by)
        // 97.2 % true, 2.3 % vague, 0.6 % false of 885; with a place's sentence left off a person's page ("Washington is the
        // only state ..."), 97.3 % true, 2.3 % vague, 0.5 % false of 884. Round 15, before its rules: new pages 86.7 % true,
        // 8.3 % vague, 5 % false of 60; the claims of a run's questions (seed 1501) 92.6 % true, 1.9 % vague, 5.6 % false of
        // 54 new ones. With its rules (a work's character, a "never" the sentence ends, "again" without a year, a condition,
        // the kind the title names, one of several places that meet) 97.7 % true, 1.9 % vague, 0.4 % false of 955; with the
        // rules a fresh run's questions led to (an occasion the sentence before named, an election to nothing, a count for
        // one place), 98.0 % true, 1.7 % vague, 0.3 % false of 950. Round 16, drawn after those rules and before its own: new
        // pages 91.7 % true, 5 % vague, 3.3 % false of 60; the claims of a run's questions (seed 1601) 84.4 % true, 11.1 %
        // vague, 4.4 % false of 45 new ones. With its rules (a name and a year that name an event, a route named by its ends,
        // the page's future, what the claim leaves open) 98.2 % true, 1.5 % vague, 0.3 % false of 1,033; with no short name
        // after the title's comma ("Virginia" of "Richmond, Virginia") and no person's act on a company's page ("Brabham went
        // to the United Kingdom"), 98.4 % true, 1.6 % vague, 0.1 % false of 1,031. Round 17, before its rules: new pages
        // 86.7 % true, 5 % vague, 8.3 % false of 60; the claims of a run's questions (seed 1701) 89.4 % true, 4.3 % vague,
        // 6.4 % false of 47 new ones; with it the set measured 97.5 % true, 1.8 % vague, 0.7 % false of 1,130. With its rules
        // (a clause's subject after "as", one ingredient of several, a numbered possibility, a bracket's own subject, a
        // leading role without its body) 98.3 % true, 1.6 % vague, 0.1 % false of 1,119. Round 18, before its rules: new
        // pages 85.5 % true, 9.1 % vague, 5.5 % false of 55; the claims of a run's questions (seed 1811) 83.3 % true, 16.7 %
        // vague, 0 false of 24 new ones; with it the set measured 97.6 % true, 2.1 % vague, 0.3 % false of 1,190. With its
        // rules (a noun that only qualifies a head after "or", a clause that turns against the claim, a pair verb with one
        // of the pair, a title without its body, a return cut from its occasion) 98.4 % true, 1.5 % vague, 0.1 % false of 1,180.
        Assert.True(precision.Measured >= 1170, $"only {precision.Measured} labelled claims still emitted");
        Assert.True(precision.TrueShare >= 0.975, $"true {precision.TrueShare:P1}");
        Assert.True(precision.FalseShare <= 0.003, $"false {precision.FalseShare:P1}");
    }

    [Fact]
    public void The_claims_of_a_runs_questions_are_drawn_as_the_miner_wrote_them_on_their_pages()
    {
        // Helsinki's "A has popular cruiseferry links with B" (B = Stockholm), read on Helsinki's page for the vertex
        // Stockholm, is labelled on Helsinki's page in the miner's own words; Stockholm's own claim stays as it is.
        var onHelsinki = new Evidence("Helsinki", "Helsinki also has popular cruiseferry links with Stockholm, Sweden.", 19876, 66);
        var onStockholm = new Evidence("Stockholm", "Stockholm is the capital of Sweden.", 338, 35);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Stockholm", "a city", true,
            [
                new TreeClaim("B has popular cruiseferry links with A", ClaimKind.Relation, 1, "Helsinki", onHelsinki, EvidenceOnTarget: true),
                new TreeClaim("A is the capital of B", ClaimKind.Relation, null, "Sweden", onStockholm),
            ], null),
            new VertexSnapshot(1, 0, "Helsinki", "a city", false, [], null),
        ]);
        var labels = new List<LabelledClaim>
        {
            new("x-1", "wikispeedia.jsonl.gz", "Stockholm", "relation", "A is the capital of B", "Sweden", 338, onStockholm.Sentence, "true", "Said of Stockholm.", 1),
        };

        var (used, fresh) = ClaimEvaluation.FromQuestions([tree, tree], "wikispeedia.jsonl.gz", labels);

        Assert.Equal(2, used);
        var claim = Assert.Single(fresh);
        Assert.Equal(("Helsinki", "A has popular cruiseferry links with B", "Stockholm", 19876), (claim.Page, claim.Claim.Text, claim.Claim.Target, claim.Claim.Evidence.Start));
    }

    [Fact]
    public void A_malformed_labels_line_is_an_error_naming_the_file_and_the_line()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "labels.jsonl");
        File.WriteAllLines(path, [File.ReadLines(Repository.ClaimLabels).First(), """{"corpus":"x","page":"P","kind":"verb","text":"A was"}"""]);
        var e = Assert.Throws<FormatException>(() => LabelledClaim.Load(path));
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("kind must be relation or attribute", e.Message, StringComparison.Ordinal);
    }
}
