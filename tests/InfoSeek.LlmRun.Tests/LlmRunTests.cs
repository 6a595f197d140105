using System.Text.Json.Nodes;
using InfoSeek.Cli;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Questions;
using InfoSeek.Llm.Tests;
using InfoSeek.Sampler;
using InfoSeek.Storage;
using InfoSeek.TestSupport;
using InfoSeek.Verbalizer;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InfoSeek.LlmRun.Tests;

/// <summary>A whole run with every agent role on the model back end, in the CLI's all-in-one composition, against the local OpenAI-compatible server.</summary>
public sealed class LlmRunTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    private static Dictionary<string, string?> Settings(FakeChatServer server) => new()
    {
        ["Llm:Default:BaseAddress"] = server.BaseAddress,
        ["Llm:Default:Model"] = "plausible-model",
        ["Llm:Default:Timeout"] = "00:00:20",
        ["Llm:Default:RetryDelay"] = "00:00:00.010",
        ["Llm:Default:InputPricePerMillion"] = "0.5",
        ["Llm:Default:OutputPricePerMillion"] = "2",
        ["Llm:Default:MaxConcurrency"] = "8",
    };

    [Fact]
    public async Task A_run_with_every_role_on_the_model_completes_and_its_report_shows_calls_tokens_and_cost_per_accepted_question()
    {
        await using var server = await FakeChatServer.StartAsync();
        var unanswered = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var replies = new System.Collections.Concurrent.ConcurrentQueue<string>();
        server.Respond = r =>
        {
            try
            {
                var reply = PlausibleModel.Respond(r);
                replies.Enqueue(reply.Body);
                return reply;
            }
            catch (Exception e)
            {
                // Answered with a 500, as a broken server would; the test names the prompt it could not answer.
                unanswered.Enqueue($"{e.Message}\n{r.LastMessage}");
                throw;
            }
        };
        using var temp = new TempDirectory();
        using var host = AllInOneHost.Build(Repository.SampleIndex, temp.File("state.db"), Settings(server));
        await host.StartAsync();
        try
        {
            var request = new StartRun
            {
                RunId = DeterministicIds.RunId("all-llm"),
                Name = "all-llm",
                // The planner's model is asked only where a tree has two vertices to extend; on the sample corpus many
                // trees have none, and which trees get that far before the run has its questions depends on timing, so the
                // run waits for three.
                Count = 3,
                Seed = 1,
                Parallelism = 4,
                Backends = AgentBackends.WithLlm(["all"]),
            };
            await host.Services.GetRequiredService<IBus>().Publish(request);
            var store = host.Services.GetRequiredService<StateStore>();
            var run = await WaitAsync(store, request.RunId);
            var reasons = string.Join("\n", (await store.TreeOutcomesAsync(request.RunId, CancellationToken.None)).Select(o => $"{o.TreeNo} {o.Status} {o.FailureReason}"));
            Assert.True(unanswered.IsEmpty, string.Join("\n---\n", unanswered.Take(3)));
            Assert.True(run.Status == RunStatus.Completed, $"run {run.Status}:\n{reasons}");
            Assert.Equal(request.Backends, run.Request.Backends);

            var output = Path.Combine(temp.Path, "out");
            using var scope = host.Services.CreateScope();
            var export = await scope.ServiceProvider.GetRequiredService<DatasetExporter>().ExportAsync(request.RunId, output, CancellationToken.None);
            Assert.Equal(3, export.Questions);

            // Every role's prompt was asked, and every answer went through the same deterministic checks.
            var systems = server.Requests.Select(r => (string)r.Messages[0]!["content"]!).ToList();
            foreach (var role in new[] { "You are the planner", "choose which of its hyperlinks", "extract attribute claims", "blurring judge", "You edit deep-research questions", "from your own knowledge", "reasoning and searching" })
            {
                Assert.True(systems.Any(s => s.Contains(role, StringComparison.Ordinal)), $"no prompt asked \"{role}\"");
            }

            var samples = (await File.ReadAllLinesAsync(Path.Combine(output, "questions.jsonl"))).Select(l => JsonNode.Parse(l)!).ToList();
            var stored = (await store.SamplesAsync(request.RunId, CancellationToken.None)).ToDictionary(s => s.Question);
            foreach (var sample in samples)
            {
                var question = (string)sample["question"]!;
                // The question is the model's rewrite, and it passes the same checks as the grammar's.
                Assert.Contains(replies, body => JsonNode.Parse(body)!["choices"]![0]!["message"]!["content"]!.GetValue<string>().EndsWith($"\\boxed{{{question}}}", StringComparison.Ordinal));
                Assert.Null(QuestionChecks.Problem(question, stored[question].Tree));
                Assert.Equal("passed", (string)sample["filters"]!["closed-book"]!);
            }

            var trajectories = (await File.ReadAllLinesAsync(Path.Combine(output, "trajectories.jsonl"))).Select(l => JsonNode.Parse(l)!).ToList();
            // The model's own search is kept when it reaches the answer, otherwise the tree-guided one that does.
            Assert.All(trajectories, t => Assert.Contains((string)t["solver"]!, new[] { "plausible-model (sampler.search.v1)", TreeGuidedSolver.Name }));
            Assert.All(trajectories, t => Assert.True((bool)t["correct"]!));

            // report.md: calls, tokens and cost per role and per accepted question.
            var report = export.Report;
            Assert.Equal(["Blurring", "Browser", "Planner", "Sampler", "Verbalizer"], report.LlmRoles.Select(r => r.Role));
            Assert.All(report.LlmRoles, r => Assert.True(r.Calls > 0 && r.PromptTokens > 0 && r.Cost > 0, $"{r.Role}: {r}"));
            Assert.Equal(3, report.LlmPerQuestion.Count);
            foreach (var q in report.LlmPerQuestion)
            {
                Assert.True(q.Total.Calls >= 5 && q.Total.CompletionTokens > 0 && q.Total.Cost > 0, $"tree {q.TreeNo}: {q.Total}");
                Assert.Contains(q.Roles, r => r.Role == "Verbalizer" && r.Calls >= 1);
                Assert.Contains(q.Roles, r => r.Role == "Sampler" && r.Calls >= 2);
            }

            var markdown = await File.ReadAllTextAsync(Path.Combine(output, "report.md"));
            Assert.Contains("## Model calls", markdown);
            Assert.Contains("### Per accepted question", markdown);
            foreach (var q in report.LlmPerQuestion)
            {
                Assert.Contains($"| {q.TreeNo} | {q.Total.Calls} | {q.Total.Failures} | {q.Total.PromptTokens} | {q.Total.CompletionTokens} | $", markdown);
            }

            Assert.DoesNotContain("there is no model cost", markdown);
            // Every request is accounted once it ends; trees cut short when the run had its questions may still be asking.
            Assert.InRange(report.LlmRoles.Sum(r => r.Calls), report.LlmPerQuestion.Sum(q => q.Total.Calls), server.Requests.Count);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<RunRecord> WaitAsync(StateStore store, Guid runId)
    {
        using var cts = new CancellationTokenSource(Timeout);
        while (true)
        {
            if (await store.FindRunAsync(runId, cts.Token) is { Status: not RunStatus.Running } run)
            {
                return run;
            }

            await Task.Delay(200, cts.Token);
        }
    }
}
