using InfoSeek.Cli;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Llm.Tests;
using InfoSeek.Storage;
using InfoSeek.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InfoSeek.LlmRun.Tests;

/// <summary>
/// A run with the Planner on a model that misbehaves, in the CLI's all-in-one composition: an unusable
/// reply is asked again once and then recorded as the tree's failure; it is never taken as a choice.
/// </summary>
public sealed class ModelFailureTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs one question with the role on the server's model until the run ends or, when
    /// <paramref name="seen"/> is given, until the trees so far show what the test is about.
    /// </summary>
    private static async Task<(RunRecord Run, IReadOnlyList<TreeOutcome> Trees, IReadOnlyList<LlmUsageTotal> Calls)> RunWithModelAsync(
        FakeChatServer server, string timeout = "00:00:05", string role = "Planner", Func<IReadOnlyList<TreeOutcome>, bool>? seen = null, int count = 1)
    {
        using var temp = new TempDirectory();
        using var host = AllInOneHost.Build(Repository.SampleIndex, temp.File("state.db"), new Dictionary<string, string?>
        {
            [$"Llm:{role}:BaseAddress"] = server.BaseAddress,
            [$"Llm:{role}:Model"] = "failing-model",
            [$"Llm:{role}:Timeout"] = timeout,
            [$"Llm:{role}:MaxRetries"] = "1",
            [$"Llm:{role}:RetryDelay"] = "00:00:00.010",
        });
        await host.StartAsync();
        try
        {
            var request = new StartRun
            {
                RunId = DeterministicIds.RunId($"{role}-model"),
                Name = $"{role}-model",
                Count = count,
                Seed = 2,
                Parallelism = 4,
                Backends = AgentBackends.WithLlm([role]),
            };
            await host.Services.GetRequiredService<IBus>().Publish(request);
            var store = host.Services.GetRequiredService<StateStore>();
            using var cts = new CancellationTokenSource(Timeout);
            RunRecord? run;
            IReadOnlyList<TreeOutcome> trees = [];
            while ((run = await store.FindRunAsync(request.RunId, cts.Token)) is null or { Status: RunStatus.Running }
                && !(seen is not null && seen(trees = await store.TreeOutcomesAsync(request.RunId, cts.Token))))
            {
                await Task.Delay(200, cts.Token);
            }

            await host.StopAsync();
            trees = await store.TreeOutcomesAsync(request.RunId, CancellationToken.None);
            var calls = await host.Services.GetRequiredService<LlmCallStore>().TotalsAsync(request.RunId, CancellationToken.None);
            return (run ?? throw new InvalidOperationException("The run was never stored."), trees, calls);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    public static TheoryData<string, string> Misbehaviours() => new()
    {
        { "malformed", "InvalidOutput" },
        { "truncated", "Truncated" },
        { "slow", "Timeout" },
        { "server error", "HttpError" },
    };

    [Theory]
    [MemberData(nameof(Misbehaviours))]
    public async Task A_planner_model_that_misbehaves_ends_the_trees_that_asked_it_with_the_reason(string misbehaviour, string outcome)
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Respond = misbehaviour switch
        {
            "malformed" => _ => Reply.Completion("I would extend the deepest vertex, it makes the question harder."),
            "truncated" => _ => Reply.Completion("""{"action": "extend", "vert""", finishReason: "length"),
            "slow" => _ => Reply.Completion("""{"action": "complete", "vertex": null}""").After(TimeSpan.FromSeconds(3)),
            _ => _ => Reply.Error(500),
        };

        // Only the slow server gets a short timeout: on a busy machine a prompt answer can take longer than that.
        // Three trees ended by the model show the handling; the run need not go on to exhaust its trees. The model is
        // asked only where the rules leave a choice, which most trees never have, so the run asks for more questions
        // than it will be let to finish.
        var (_, trees, calls) = await RunWithModelAsync(
            server, timeout: misbehaviour == "slow" ? "00:00:00.400" : "00:00:10", seen: t => t.Count(AskedTheModel) >= 3, count: 20);

        var asked = trees.Where(AskedTheModel).ToList();
        Assert.True(asked.Count >= 3, $"{asked.Count} trees ended by the model");
        // After enough failures the endpoint's circuit opens and later trees fail fast.
        Assert.All(asked, t => Assert.Matches($"^LLM Planner: ({outcome}|CircuitOpen): ", t.FailureReason!));
        Assert.StartsWith($"LLM Planner: {outcome}: ", asked[0].FailureReason);
        Assert.All(asked, t => Assert.Equal(Domain.TreeStatus.Failed, t.Status));
        var planner = Assert.Single(calls);
        Assert.Equal("Planner", planner.Role);
        Assert.Equal(planner.Calls, planner.Failures);
        if (outcome is "InvalidOutput" or "Truncated")
        {
            // Each tree's model was asked twice: the reply, then the corrective retry (a tree still asking when the
            // host stopped may add calls of its own).
            Assert.True(planner.Calls >= (2 * asked.Count(t => !t.FailureReason!.Contains("CircuitOpen", StringComparison.Ordinal))) + asked.Count(t => t.FailureReason!.Contains("CircuitOpen", StringComparison.Ordinal)));
            Assert.Contains(server.Requests, r => r.LastMessage.StartsWith(outcome == "Truncated" ? "Your reply was cut off" : "Your reply could not be used", StringComparison.Ordinal));
        }
    }

    private static bool AskedTheModel(TreeOutcome tree) => (tree.FailureReason ?? "").StartsWith("LLM Planner: ", StringComparison.Ordinal);

    [Fact]
    public async Task A_planner_model_behind_429_with_Retry_After_is_waited_for_and_the_run_completes()
    {
        await using var server = await FakeChatServer.StartAsync();
        // Each request is refused once and answered when it comes again; trees ask concurrently, so this is kept per request.
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        server.Respond = r => seen.AddOrUpdate(r.Body.ToJsonString(), 1, (_, n) => n + 1) % 2 == 1 ? Reply.Error(429, retryAfter: "1") : PlausibleModel.Respond(r);

        // The planner's model is asked only where a tree has two vertices to extend, which few trees of the sample corpus do.
        var (run, trees, calls) = await RunWithModelAsync(server, count: 4);

        Assert.True(run.Status == RunStatus.Completed, string.Join("\n", trees.Select(t => $"{t.TreeNo} {t.Status} {t.FailureReason}")));
        Assert.DoesNotContain(trees, t => (t.FailureReason ?? "").StartsWith("LLM", StringComparison.Ordinal));
        var planner = Assert.Single(calls);
        Assert.True(planner.Calls > 0);
        Assert.Equal(0, planner.Failures);
        // Every call was answered 429 first and then succeeded after waiting: two requests per accounted call.
        Assert.Equal(2 * planner.Calls, server.Requests.Count);
        Assert.Contains(server.Requests.Zip(server.Requests.Skip(1)), pair => pair.Second.At - pair.First.At >= TimeSpan.FromSeconds(0.9));
    }

    [Fact]
    public async Task A_rewrite_that_fails_the_question_checks_twice_fails_the_verbalization_and_is_never_published()
    {
        await using var server = await FakeChatServer.StartAsync();
        // A fluent question that drops the draft's claims: the coverage check fails it.
        server.Respond = _ => Reply.Completion(@"\boxed{Which remarkable entity is described by all of these clues?}");

        static bool Verbalized(TreeOutcome t) => (t.FailureReason ?? "").StartsWith("verbalizing: LLM Verbalizer", StringComparison.Ordinal);
        var (_, trees, calls) = await RunWithModelAsync(server, role: "Verbalizer", seen: t => t.Count(Verbalized) >= 2);

        var verbalized = trees.Where(Verbalized).ToList();
        Assert.True(verbalized.Count >= 2, $"{verbalized.Count} verbalizations failed");
        Assert.All(verbalized, t => Assert.StartsWith(
            "verbalizing: LLM Verbalizer: InvalidOutput: the reply was unusable twice; last: the question fails a check: missing claim", t.FailureReason));
        Assert.DoesNotContain(trees, t => t.Status is Domain.TreeStatus.Accepted or Domain.TreeStatus.Rejected);
        var verbalizer = Assert.Single(calls);
        // Two calls (the rewrite and its corrective retry) per failed verbalization, more only for one still under way.
        Assert.InRange(verbalizer.Calls, 2 * verbalized.Count, (2 * verbalized.Count) + 8);
        Assert.Equal(verbalizer.Calls, verbalizer.Failures);
    }
}
