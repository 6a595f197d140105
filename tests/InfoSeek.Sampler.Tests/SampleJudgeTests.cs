using InfoSeek.Contracts;
using InfoSeek.CorpusApi;

namespace InfoSeek.Sampler.Tests;

/// <summary>The Sampler's filters and trajectories on questions the system made from the sample corpus, with the real index and predicate.</summary>
public sealed class SampleJudgeTests(SampleCorpus corpus) : IClassFixture<SampleCorpus>
{
    private readonly SampleJudge judge = new(corpus.Api);

    [Fact]
    public async Task A_question_with_a_hidden_entity_passes_both_filters_and_its_trajectory_finds_the_answer()
    {
        var pavo = StoredQuestion.Load("pavo");

        var verdict = await judge.JudgeAsync(pavo.Message(), CancellationToken.None);

        Assert.True(verdict.Accepted, verdict.Reason);
        Assert.Null(verdict.Reason);
        Assert.Equal([(SampleJudge.ShortcutFilter, true), (SampleJudge.VerifiableFilter, true), (SampleJudge.SolvedFilter, true)], verdict.Filters!.Select(f => (f.Filter, f.Passed)));
        Assert.Contains("the answer is the only one of the", verdict.Filters![1].Detail);

        var trajectory = verdict.Trajectory!;
        Assert.Equal(TreeGuidedSolver.Name, trajectory.Solver);
        Assert.True(trajectory.Correct);
        Assert.Equal("Pavo (constellation)", trajectory.FinalAnswer);
        var searches = trajectory.Steps.Where(s => s.Kind == "search").ToList();
        Assert.True(searches.Count >= 2, "one search for the hidden constellation, one for the answer");
        Assert.Equal("Phoenix (constellation)", searches[0].Gold);
        Assert.Equal("Pavo (constellation)", searches[^1].Gold);
        Assert.All(searches, s => Assert.Equal(s.Hits!.Contains(s.Gold!), s.GoldRetrieved));
        // The hidden constellation is searched for by what the question says, never by its name.
        Assert.DoesNotContain("Phoenix", searches[0].Content);
        Assert.Contains(searches, s => s.Gold == "Pavo (constellation)" && s.Content.Contains("Phoenix", StringComparison.Ordinal));
        // No query is searched twice.
        Assert.Equal(searches.Count, searches.Select(s => s.Content).Distinct().Count());
    }

    [Theory]
    [InlineData("became a member of a supranational union", "it became a member of a supranational union")]
    [InlineData("Vienna is close to it", "Vienna is close to it")]
    [InlineData("it's capital is Vienna", "its capital is Vienna")]
    public void A_clue_is_said_of_the_vertex_sought_once(string clause, string said)
    {
        // A relation read on another page already has its own subject and says "it" of the vertex: "it Vienna is close to it" was no sentence.
        Assert.Equal(said, TreeGuidedSolver.AboutIt(clause));
    }

    [Theory]
    [InlineData("won the Nobel Peace Prize", "this person won the Nobel Peace Prize")]
    [InlineData("Edmund Hillary accompanied it", "Edmund Hillary accompanied this person")]
    // "A's party continued on to Rome" (Humphry Davy) is substituted as "it's party".
    [InlineData("it's party continued on to Rome", "this person's party continued on to Rome")]
    public void A_person_is_this_person_not_it(string clause, string said)
    {
        Assert.Equal(said, TreeGuidedSolver.AboutIt(clause, person: true));
    }

    [Theory]
    [InlineData("country", "James Cook managed to reach", "country James Cook managed to reach")]
    // "non-self-governing colonial territory of New Zealand is a non-self-governing colonial territory of New Zealand" was searched.
    [InlineData("non-self-governing colonial territory of New Zealand", "is a non-self-governing colonial territory of New Zealand", "non-self-governing colonial territory of New Zealand")]
    public void A_clue_that_restates_the_type_is_searched_as_the_type_alone(string bareType, string clue, string query)
    {
        Assert.Equal(query, TreeGuidedSolver.SubQuery(bareType, clue));
    }

    [Fact]
    public async Task Information_steps_list_the_hits_with_a_snippet_from_each_page()
    {
        var verdict = await judge.JudgeAsync(StoredQuestion.Load("stretford").Message(), CancellationToken.None);

        var steps = verdict.Trajectory!.Steps;
        var search = steps.First(s => s.Kind == "search");
        var information = steps[steps.ToList().IndexOf(search) + 1];
        Assert.Equal("information", information.Kind);
        var lines = information.Content.Split('\n');
        Assert.Equal(search.Hits!.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.StartsWith($"Doc {i + 1}(Title: {search.Hits[i]}) ", lines[i]);
            Assert.True(lines[i].Length > $"Doc {i + 1}(Title: {search.Hits[i]}) ".Length + 20, lines[i]);
        }
    }

    [Theory]
    [InlineData("pavo")]
    [InlineData("stretford")]
    public async Task Every_clue_s_evidence_sentence_is_shown_before_the_answer_rests_on_it(string name)
    {
        var stored = StoredQuestion.Load(name);
        var trajectory = (await judge.JudgeAsync(stored.Message(), CancellationToken.None)).Trajectory!;

        Assert.True(trajectory.Correct);
        var shown = string.Join('\n', trajectory.Steps.Where(s => s.Kind == "information").Select(s => s.Content));
        foreach (var claim in stored.Tree.Vertices.Where(v => v.Blurred || v.ParentId is null).SelectMany(v => v.Claims))
        {
            // The sentence, or the window of it a snippet shows: six words in a row of it are in some information step.
            var words = claim.Evidence.Sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var runs = Enumerable.Range(0, Math.Max(1, words.Length - 5)).Select(i => string.Join(' ', words.Skip(i).Take(6)));
            Assert.True(runs.Any(run => shown.Contains(run, StringComparison.Ordinal)), $"never shown: {claim.Evidence.Sentence}");
        }
    }

    [Theory]
    [InlineData("Famine struck North Korea in the mid-1990s, set off by unprecedented floods.", "North Korea a crisis struck", "Famine struck North Korea in the mid-1990s, set off by unprecedented floods.")]
    public void A_short_evidence_sentence_is_shown_whole(string sentence, string query, string snippet)
    {
        Assert.Equal(snippet, TreeGuidedSolver.Window(sentence, query));
    }

    [Fact]
    public void A_long_evidence_sentence_is_shown_from_a_little_before_the_query_s_words()
    {
        var sentence = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"w{i}")) + " Gyatso fled to India in 1959.";
        var window = TreeGuidedSolver.Window(sentence, "fled India");

        // "fled" comes near the end, so the window is the last forty words, the sentence's end among them.
        Assert.StartsWith("… w27 ", window, StringComparison.Ordinal);
        Assert.Contains("fled to India", window, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_evidence_sentence_is_shown_where_most_of_the_query_s_words_are()
    {
        // "landlocked" opens the sentence, the clue's other words come 50 words later: the window holds the clue.
        var sentence = "Uzbekistan is landlocked and " + string.Join(' ', Enumerable.Range(1, 50).Select(i => $"w{i}")) + " and it is one of only two doubly landlocked countries in the world.";
        var window = TreeGuidedSolver.Window(sentence, "country doubly landlocked countries world");

        Assert.Contains("doubly landlocked countries in the world.", window, StringComparison.Ordinal);
        Assert.StartsWith("… ", window, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_whose_answer_is_the_top_hit_is_a_shortcut_and_both_filters_are_recorded()
    {
        var stretford = StoredQuestion.Load("stretford");

        var verdict = await judge.JudgeAsync(stretford.Message("What is Stretford, a town in Trafford, Greater Manchester?"), CancellationToken.None);

        Assert.False(verdict.Accepted);
        Assert.Equal("shortcut: the answer is hit 1 of the top 5 for the whole question (stemmed ranking)", verdict.Reason);
        Assert.Null(verdict.Trajectory);
        Assert.Equal([(SampleJudge.ShortcutFilter, false), (SampleJudge.VerifiableFilter, true), (SampleJudge.SolvedFilter, true)], verdict.Filters!.Select(f => (f.Filter, f.Passed)));
    }

    [Fact]
    public async Task A_question_whose_answer_is_the_fourth_hit_for_it_is_a_shortcut_too()
    {
        // Written by an earlier verbalizer for this tree; "constellation" four times puts Pavo fourth of the sample's few constellations.
        var pavo = StoredQuestion.Load("pavo");

        var verdict = await judge.JudgeAsync(pavo.Message(pavo.Question), CancellationToken.None);

        Assert.False(verdict.Accepted);
        Assert.Equal("shortcut: the answer is hit 4 of the top 5 for the whole question (stemmed ranking)", verdict.Reason);
        Assert.Equal((SampleJudge.VerifiableFilter, true), (verdict.Filters![1].Filter, verdict.Filters[1].Passed));
    }

    [Fact]
    public async Task Without_its_narrowing_claim_the_answer_is_one_of_several_Southern_Birds_and_the_question_is_ambiguous()
    {
        // "Pavo and the nearby constellations Phoenix ..." fits Grus and Tucana as well (their pages say the same of Phoenix),
        // and both are among the distractors found by searching the claim.
        var pavo = StoredQuestion.Load("pavo");
        var root = pavo.Tree.Vertices[0];
        var tree = new TreeSnapshot([root with { Claims = [root.Claims[0]] }, .. pavo.Tree.Vertices.Skip(1)]);

        var verdict = await judge.JudgeAsync((pavo with { Tree = tree }).Message(), CancellationToken.None);

        Assert.False(verdict.Accepted);
        Assert.StartsWith("unverifiable: ambiguous: ", verdict.Reason);
        Assert.Contains("about the answer", verdict.Reason);
        Assert.Contains("Pavo (constellation)", verdict.Reason);
        Assert.Contains("Grus (constellation)", verdict.Reason);
        Assert.Equal(verdict.Reason, verdict.Filters!.Single(f => f.Filter == SampleJudge.VerifiableFilter).Detail);
    }

    [Fact]
    public async Task A_claim_the_answer_page_does_not_support_makes_the_answer_unreachable()
    {
        // Stretford's claims plus one read from Pavo's page: no page of the set satisfies them all.
        var stretford = StoredQuestion.Load("stretford");
        var pavoClaim = StoredQuestion.Load("pavo").Tree.Vertices[0].Claims.Single(c => c.Kind == ClaimKind.Attribute);
        var root = stretford.Tree.Vertices[0];
        var tree = new TreeSnapshot([root with { Claims = [.. root.Claims, pavoClaim] }, .. stretford.Tree.Vertices.Skip(1)]);

        var verdict = await judge.JudgeAsync((stretford with { Tree = tree }).Message(), CancellationToken.None);

        Assert.False(verdict.Accepted);
        Assert.Matches(@"^unverifiable: unreachable: none of the \d+ pages \(2 evidence, \d+ distractors\) satisfies every claim about the answer$", verdict.Reason);
    }

    [Fact]
    public async Task An_answer_whose_claims_are_all_read_on_other_pages_is_reached_through_their_sentences_links()
    {
        // "Crawford was afflicted with influenza …", "In July, Sturdee contracted influenza …": both clues are sentences of
        // the leaves' pages, so the answer is no evidence page, and the searches for the clues need not find it. A reader
        // at either sentence follows its link to Influenza, and to the sentence's other links (Malaria), which compete.
        var influenza = StoredQuestion.Load("influenza");
        Assert.All(influenza.Tree.Vertices[0].Claims, c => Assert.True(c.EvidenceOnTarget && c.Evidence.PageTitle != influenza.Answer));

        var verdict = await judge.JudgeAsync(influenza.Message(), CancellationToken.None);

        var verifiable = verdict.Filters!.Single(f => f.Filter == SampleJudge.VerifiableFilter);
        Assert.True(verifiable.Passed, verifiable.Detail);
        Assert.Matches(@"^the answer is the only one of the \d+ pages \(2 evidence, \d+ distractors\) that satisfies its claims$", verifiable.Detail);
    }

    [Fact]
    public async Task A_trajectory_follows_the_links_of_a_shown_clue_read_on_an_unknown_entity_s_page()
    {
        // The search for "an infectious disease a British archaeologist was afflicted with" shows Crawford's sentence; the
        // solver follows its links (Influenza, Malaria) rather than taking a page of the results that fits one clue.
        var influenza = StoredQuestion.Load("influenza");
        var run = new RunCorpus(corpus.Api, null);

        var trajectory = await new TreeGuidedSolver(run, new ClueSets(run)).SolveAsync(influenza.Tree, influenza.Answer, CancellationToken.None);

        Assert.True(trajectory.Correct, string.Join("\n", trajectory.Steps.Select(s => s.Content)));
        var thoughts = string.Join(' ', trajectory.Steps.Where(s => s.Kind == "think").Select(s => s.Content));
        Assert.Matches(@"On the page of (O\. G\. S\. Crawford|Vernon Sturdee), the sentence saying that [^.]+ links to [^.]*Influenza", thoughts);
        Assert.Contains("Influenza satisfies every clue", thoughts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hidden_vertex_no_page_fits_stays_unknown_rather_than_guessed()
    {
        // Pavo's hidden constellation given a claim of Stretford's too: no page fits both, and the trajectory must not
        // take a page that fits one of them for it ("Chemical element satisfies 1 of 2, so I take the country to be …").
        var pavo = StoredQuestion.Load("pavo");
        var stretfordClaim = StoredQuestion.Load("stretford").Tree.Vertices[0].Claims.Single(c => c.Target == "Manchester United F.C.") with { TargetVertexId = null };
        var hidden = pavo.Tree.Vertices[1];
        var tree = new TreeSnapshot([pavo.Tree.Vertices[0], hidden with { Claims = [.. hidden.Claims, stretfordClaim] }, .. pavo.Tree.Vertices.Skip(2)]);

        var run = new RunCorpus(corpus.Api, null);
        var trajectory = await new TreeGuidedSolver(run, new ClueSets(run)).SolveAsync(tree, pavo.Answer, CancellationToken.None);

        var thoughts = string.Join(' ', trajectory.Steps.Where(s => s.Kind == "think").Select(s => s.Content));
        Assert.Contains("stays unknown and I go on with what the question says of it", thoughts, StringComparison.Ordinal);
        Assert.DoesNotContain("so I take the", thoughts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clue_no_search_shows_is_named_in_the_conclusion_not_claimed_as_seen()
    {
        // Pavo's hidden constellation with the evidence of its first clue moved to a sentence no page holds: the checks
        // search for it twice (with the type's words, then the clue alone) and the conclusion says it was not shown.
        var pavo = StoredQuestion.Load("pavo");
        var hidden = pavo.Tree.Vertices[1];
        var moved = hidden.Claims[0] with { Evidence = hidden.Claims[0].Evidence with { Sentence = "A sentence that no page of the corpus holds." } };
        var tree = new TreeSnapshot([pavo.Tree.Vertices[0], hidden with { Claims = [moved, .. hidden.Claims.Skip(1)] }, .. pavo.Tree.Vertices.Skip(2)]);

        var run = new RunCorpus(corpus.Api, null);
        var trajectory = await new TreeGuidedSolver(run, new ClueSets(run)).SolveAsync(tree, pavo.Answer, CancellationToken.None);

        var thoughts = string.Join(' ', trajectory.Steps.Where(s => s.Kind == "think").Select(s => s.Content));
        Assert.Contains("with the clue alone", thoughts, StringComparison.Ordinal);
        Assert.Contains("No result showed that", thoughts, StringComparison.Ordinal);
        Assert.DoesNotContain($"{hidden.Entity} satisfies every clue", thoughts, StringComparison.Ordinal);

        // The stored tree as it is: every clue shown, and the conclusion says so.
        var whole = await new TreeGuidedSolver(run, new ClueSets(run)).SolveAsync(pavo.Tree, pavo.Answer, CancellationToken.None);
        var wholeThoughts = string.Join(' ', whole.Steps.Where(s => s.Kind == "think").Select(s => s.Content));
        Assert.DoesNotContain("No result showed that", wholeThoughts, StringComparison.Ordinal);
        Assert.Contains($"{hidden.Entity} satisfies every clue", wholeThoughts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_whose_search_trajectory_does_not_reach_the_answer_is_rejected_as_unsolved()
    {
        // The stated answer is a neighbour of the page the tree describes: the search finds Pavo, not the stated answer.
        var pavo = StoredQuestion.Load("pavo") with { Answer = "Grus (constellation)" };

        var verdict = await judge.JudgeAsync(pavo.Message(), CancellationToken.None);

        Assert.False(verdict.Accepted);
        Assert.Null(verdict.Trajectory);
        Assert.Equal([(SampleJudge.ShortcutFilter, true), (SampleJudge.VerifiableFilter, true), (SampleJudge.SolvedFilter, false)], verdict.Filters!.Select(f => (f.Filter, f.Passed)));
        Assert.Matches(@"^unsolved: the tree-guided trajectory ends at 'Pavo \(constellation\)' after \d+ searches$", verdict.Reason);
    }

    [Fact]
    public async Task Judging_the_same_question_twice_gives_the_same_verdict_and_trajectory()
    {
        var message = StoredQuestion.Load("pavo").Message();

        var first = await judge.JudgeAsync(message, CancellationToken.None);
        var second = await new SampleJudge(corpus.Api).JudgeAsync(message, CancellationToken.None);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first), System.Text.Json.JsonSerializer.Serialize(second));
    }

    [Fact]
    public async Task The_conversation_form_of_a_real_trajectory_is_well_formed_and_ends_with_its_answer()
    {
        var pavo = StoredQuestion.Load("pavo");
        var trajectory = (await judge.JudgeAsync(pavo.Message(), CancellationToken.None)).Trajectory!;

        var conversation = SftConversation.Build(pavo.Question, trajectory);

        Assert.Equal(["system", "user", "assistant"], conversation.Select(t => t.Role));
        Assert.Equal(pavo.Question, conversation[1].Content);
        Conversations.AssertWellFormed(conversation[2].Content, trajectory.FinalAnswer);
        Assert.Equal(trajectory.Steps.Count(s => s.Kind == "search"), Conversations.Tags(conversation[2].Content).Count(t => t == "<search>"));
    }

    [Fact]
    public async Task The_in_process_corpus_api_answers_page_requests_and_404_for_a_missing_page()
    {
        var found = await corpus.Api.GetPageAsync("stretford", null, CancellationToken.None);
        var missing = await corpus.Api.GetPageAsync("No such page at all", null, CancellationToken.None);

        Assert.True(found.IsSuccessStatusCode);
        Assert.Equal("Stretford", found.Content!.Title);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }
}
