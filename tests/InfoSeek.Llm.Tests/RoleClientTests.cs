using InfoSeek.Domain.Agents;
using InfoSeek.Llm.Roles;

namespace InfoSeek.Llm.Tests;

/// <summary>The typed operations the services call, each through the fake server.</summary>
public sealed class RoleClientTests
{
    private const string Page = """
        Stretford is a market town in Trafford, Greater Manchester, England. It lies on flat ground between the River Mersey and the Manchester Ship Canal.
        The town had a population of 46,910 at the 2011 census.  Stretford was granted a charter in 1933.
        """;

    [Fact]
    public async Task The_question_rewriter_sends_the_draft_and_tree_and_returns_the_boxed_question()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion("<think>Keep both clues.</think>\n\\boxed{Which town, home to a football club founded in 1878, was granted a charter in 1933?}"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));

        var question = await host.Role<QuestionRewriter>().RewriteAsync(Guid.NewGuid(),
            "What is the town that B has been the home of and that was granted a charter in 1933?", "A: town; A was granted a charter in 1933; B was founded in 1878",
            CancellationToken.None);

        Assert.Equal("Which town, home to a football club founded in 1878, was granted a charter in 1933?", question);
        var user = server.Requests[0].LastMessage;
        Assert.Contains("granted a charter in 1933", user);
        Assert.Contains("B was founded in 1878", user);
    }

    [Fact]
    public async Task The_question_rewriter_rejects_a_boxed_text_that_is_not_a_question_and_asks_again()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion(@"\boxed{Stretford.}"), Reply.Completion(@"\boxed{Which town was granted a charter in 1933?}"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));

        var question = await host.Role<QuestionRewriter>().RewriteAsync(Guid.NewGuid(), "What town was granted a charter in 1933?", "A: town", CancellationToken.None);

        Assert.Equal("Which town was granted a charter in 1933?", question);
        Assert.Contains("must end with a question mark", server.Requests[1].LastMessage);
    }

    [Fact]
    public async Task The_closed_book_answerer_returns_the_boxed_answer()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion(@"I recall it is \boxed{Stretford}"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));

        var answer = await host.Role<ClosedBookAnswerer>().AnswerAsync(Guid.NewGuid(), "Which town was granted a charter in 1933?", CancellationToken.None);

        Assert.Equal("Stretford", answer);
        Assert.Equal("Which town was granted a charter in 1933?", server.Requests[0].LastMessage);
    }

    [Fact]
    public async Task The_search_solver_searches_reads_the_information_and_answers_with_a_full_transcript()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(
            Reply.Completion("<think>Find the town with the 1933 charter.</think>\n<search>town charter 1933 Trafford</search>\n<information>made up</information>"),
            Reply.Completion("<think>Doc 1 says Stretford.</think>\n<answer>Stretford</answer>"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));
        var queries = new List<string>();

        var solution = await host.Role<SearchSolver>().SolveAsync(Guid.NewGuid(), "Which town was granted a charter in 1933?", q =>
        {
            queries.Add(q);
            return Task.FromResult<IReadOnlyList<string>>(["Stretford: Stretford was granted a charter in 1933.", "Sale: a town in Trafford."]);
        }, maxTurns: 4, CancellationToken.None);

        Assert.Equal(("Stretford", 2), (solution.Answer, solution.Turns));
        Assert.Equal(["town charter 1933 Trafford"], queries);
        Assert.Equal(["think", "search", "information", "think", "answer"], solution.Steps.Select(s => s.Kind));
        var second = server.Requests[1];
        Assert.EndsWith("</search>", second.Messages[^2]!["content"]!.GetValue<string>());
        Assert.Contains("<information>\nDoc 1: Stretford: Stretford was granted a charter in 1933.\nDoc 2: Sale", second.LastMessage);
        Assert.Contains("at most 4 turns", second.Messages[0]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_search_solver_gives_up_without_an_answer_when_its_turns_run_out()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion("<search>charter 1933</search>"), Reply.Completion("<search>charter 1933 again</search>"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));
        var searches = 0;

        var solution = await host.Role<SearchSolver>().SolveAsync(Guid.NewGuid(), "Which town?", _ =>
        {
            searches++;
            return Task.FromResult<IReadOnlyList<string>>([]);
        }, maxTurns: 2, CancellationToken.None);

        Assert.Null(solution.Answer);
        Assert.Equal((2, 1), (solution.Turns, searches));
        Assert.Contains("No results.", server.Requests[1].LastMessage);
        Assert.Contains("This is your last turn", server.Requests[1].LastMessage);
    }

    [Fact]
    public async Task The_action_chooser_accepts_only_an_allowed_action_and_corrects_a_forbidden_one()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(
            Reply.Completion("""{"action": "blur", "vertex": 0, "reason": "root first"}"""),
            Reply.Completion("""
                ```json
                {"action": "extend", "vertex": 1, "reason": "go deeper"}
                ```
                """));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));
        TreeActionOption[] options =
        [
            new(TreeActionKind.Extend, 0, "extend the root Stretford (depth 0, 5 links left)"),
            new(TreeActionKind.Extend, 1, "extend Manchester United F.C. (depth 1, 3 links left)"),
        ];

        var choice = await host.Role<ActionChooser>().ChooseAsync(Guid.NewGuid(), "0 Stretford\n  1 Manchester United F.C.", "4 vertices, depth at most 3", options, CancellationToken.None);

        Assert.Equal(new TreeActionChoice(TreeActionKind.Extend, 1, "go deeper"), choice);
        Assert.Contains("""{"action": "blur", "vertex": 0} is not allowed now""", server.Requests[1].LastMessage);
        Assert.Contains("""- {"action": "extend", "vertex": 1}: extend Manchester United F.C.""", server.Requests[0].LastMessage);
    }

    [Fact]
    public async Task The_link_chooser_returns_the_listed_title_in_its_own_spelling()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion("""{"link": "manchester ship canal", "reason": "specific"}"""));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));
        LinkOption[] links = [new("River Mersey", "It lies between the River Mersey and ..."), new("Manchester Ship Canal", "... and the Manchester Ship Canal.")];

        var choice = await host.Role<LinkChooser>().ChooseAsync(Guid.NewGuid(), "Stretford", ["Stretford"], links, CancellationToken.None);

        Assert.Equal("Manchester Ship Canal", choice.Title);
    }

    [Fact]
    public async Task The_attribute_miner_returns_claims_with_evidence_offsets_and_rejects_evidence_not_in_the_page()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(
            Reply.Completion("""{"claims": [{"claim": "A was granted a charter in 1933", "evidence": "Stretford received its charter in 1933."}]}"""),
            Reply.Completion("""
                {"claims": [
                  {"claim": "A was granted a charter in 1933", "evidence": "Stretford was granted a charter in 1933."},
                  {"claim": "A had a population of 46,910 in 2011", "evidence": "The town had a population of 46,910 at the 2011 census."}]}
                """));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));

        var claims = await host.Role<AttributeMiner>().MineAsync(Guid.NewGuid(), "Stretford", Page, maxClaims: 3, CancellationToken.None);

        Assert.Contains("the evidence of claim 1 is not a sentence copied exactly", server.Requests[1].LastMessage);
        Assert.Equal(["A was granted a charter in 1933", "A had a population of 46,910 in 2011"], claims.Select(c => c.Text));
        Assert.All(claims, c =>
        {
            Assert.Equal(Contracts.ClaimKind.Attribute, c.Kind);
            Assert.Equal(c.Evidence.Sentence, Page.Substring(c.Evidence.Start, c.Evidence.Length));
        });
    }

    [Fact]
    public void The_attribute_miner_refuses_a_claim_that_names_its_subject_or_lacks_the_placeholder()
    {
        static LlmCompletion Reply(string claim) =>
            new($$"""{"claims": [{"claim": "{{claim}}", "evidence": "Stretford was granted a charter in 1933."}]}""", null, "stop", 1, 1, TimeSpan.Zero);

        Assert.Contains("names the subject", AttributeMiner.Parse(Reply("A, Stretford, got a charter in 1933"), "Stretford", Page, 3).Error);
        Assert.Contains("does not use the letter A", AttributeMiner.Parse(Reply("It got a charter in 1933"), "Stretford", Page, 3).Error);
    }
}
