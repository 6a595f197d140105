using System.Text.Json;
using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain;
using InfoSeek.Domain.Questions;
using InfoSeek.Llm;
using InfoSeek.Storage;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace InfoSeek.Planner;

/// <summary>The Planner's public HTTP API under /api/runs: start runs, follow them, read their trees and questions.</summary>
public static class RunsApi
{
    /// <summary>runs.name is NVARCHAR(200) on SQL Server.</summary>
    public const int MaxNameLength = 200;

    public static IEndpointRouteBuilder MapRunsApi(this IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/api/runs").WithTags("Runs");
        runs.MapPost("", StartAsync)
            .Accepts<StartRunRequest>("application/json")
            .WithSummary("Starts a run (or joins the run of that name if its settings are the same).");
        runs.MapGet("", ListAsync).WithSummary("Every run, oldest first.");
        runs.MapGet("/{runId:guid}", GetAsync).WithSummary("A run's status and progress.");
        runs.MapGet("/{runId:guid}/trees", TreesAsync).WithSummary("The run's trees with their status and failure reason.");
        runs.MapGet("/{runId:guid}/trees/{treeNo:int:min(1)}", TreeAsync).WithSummary("One tree in InfoSeek's JSON shape.");
        runs.MapGet("/{runId:guid}/questions", QuestionsAsync).WithSummary("The accepted questions with answer and trajectory.");
        runs.MapGet("/{runId:guid}/samples", SamplesAsync).WithSummary("Every judged question, accepted or rejected, with its tree's size and depth.");
        runs.MapFailuresApi();
        return app;
    }

    private static async Task<Results<Accepted<RunAccepted>, ValidationProblem, ProblemHttpResult>> StartAsync(
        HttpRequest request, StateStore store, IPublishEndpoint publish, LlmClients llm, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem("Send the run's settings as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        StartRunRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<StartRunRequest>(ct);
        }
        catch (JsonException e)
        {
            var field = e.Path is null or "$" ? "body" : e.Path.TrimStart('$', '.');
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"{field} is not valid JSON of the expected type."] });
        }

        if (body is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["body must be a JSON object."] });
        }

        if (Validate(body, llm) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var message = ToStartRun(body);
        if (message.Corpus is { } corpus && request.HttpContext.RequestServices.GetService<ICorpusApi>() is { } browser)
        {
            CorporaResponse served;
            try
            {
                served = await browser.CorporaAsync(ct);
            }
            catch (Exception e) when (e is HttpRequestException or ApiException || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                return TypedResults.Problem(
                    $"The Browser could not be asked which corpora it serves, so corpus '{corpus}' cannot be checked: {e.Message}",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            if (!served.Names.Contains(corpus, StringComparer.OrdinalIgnoreCase))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["corpus"] = [$"corpus '{corpus}' is not served by the Browser; it serves: {string.Join(", ", served.Names)}."],
                });
            }
        }

        var location = $"/api/runs/{message.RunId}";
        var existing = await store.FindRunAsync(message.RunId, ct);
        if (existing is not null)
        {
            if (!RunRequests.SameSettings(existing.Request, message))
            {
                var s = existing.Request;
                return TypedResults.Problem(
                    $"Run '{message.Name}' already exists with other settings (count {s.Count}, seed {s.Seed}, vertices {s.MinVertices}-{s.MaxVertices}, " +
                    $"max depth {s.MaxDepth}, max breadth {s.MaxBreadth}, per answer {s.PerAnswer}); use another name.",
                    statusCode: StatusCodes.Status409Conflict);
            }

            return TypedResults.Accepted(location, new RunAccepted(existing.RunId, existing.Name, existing.Status, location));
        }

        await publish.Publish(message, ct);
        return TypedResults.Accepted(location, new RunAccepted(message.RunId, message.Name, null, location));
    }

    /// <summary>Every bad field of the request, named as in the JSON body.</summary>
    private static Dictionary<string, string[]> Validate(StartRunRequest body, LlmClients llm)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Name))
        {
            errors["name"] = ["name is required."];
        }
        else if (body.Name.Length > MaxNameLength)
        {
            errors["name"] = [$"name must be at most {MaxNameLength} characters (was {body.Name.Length})."];
        }

        if (body.Count is null)
        {
            errors["count"] = ["count is required."];
        }

        foreach (var (property, problem) in RunRequests.Problems(ToStartRun(body)))
        {
            var field = JsonNamingPolicy.CamelCase.ConvertName(property);
            errors.TryAdd(field, [$"{field} {problem}."]);
        }

        foreach (var role in RunRequests.UnconfiguredLlmRoles(ToStartRun(body), llm))
        {
            var field = $"backends.{JsonNamingPolicy.CamelCase.ConvertName(role)}";
            errors[field] = [$"{field} is 'llm', but no LLM endpoint is configured for the {role} role: set Llm__{role}__BaseAddress (or Llm__Default__BaseAddress) and its Model."];
        }

        return errors;
    }

    private static StartRun ToStartRun(StartRunRequest body)
    {
        var name = body.Name ?? "";
        var defaults = new StartRun { RunId = DeterministicIds.RunId(name), Name = name, Count = body.Count ?? 1 };
        return defaults with
        {
            PerAnswer = body.PerAnswer ?? defaults.PerAnswer,
            Seed = body.Seed ?? defaults.Seed,
            MinVertices = body.MinVertices ?? defaults.MinVertices,
            MaxVertices = body.MaxVertices ?? defaults.MaxVertices,
            MaxDepth = body.MaxDepth ?? defaults.MaxDepth,
            MaxBreadth = body.MaxBreadth ?? defaults.MaxBreadth,
            Parallelism = body.Parallelism ?? defaults.Parallelism,
            Corpus = body.Corpus,
            // All deterministic is stored as no back ends, so that such a run is the same as one from before back ends existed.
            Backends = body.Backends is { } b && b != AgentBackends.AllDeterministic ? b : null,
        };
    }

    private static async Task<Ok<List<RunSummary>>> ListAsync(StateStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.RunsAsync(ct))
            .Select(r => new RunSummary(r.RunId, r.Name, r.Status, r.Request.Count, r.TreesStarted))
            .ToList());

    private static async Task<Results<Ok<RunView>, ProblemHttpResult>> GetAsync(Guid runId, StateStore store, CancellationToken ct)
    {
        if (await store.FindRunAsync(runId, ct) is not { } run)
        {
            return NoRun(runId);
        }

        var outcomes = await store.TreeOutcomesAsync(runId, ct, vertexSets: run.Request.PerAnswer > 1);
        var end = run.CompletedAt ?? DateTime.UtcNow;
        return TypedResults.Ok(new RunView(
            run.RunId,
            run.Name,
            run.Status,
            run.Request.Count,
            RunCoordinator.DistinctAccepted(outcomes, run.Request.PerAnswer),
            run.TreesStarted,
            outcomes.GroupBy(o => o.Status.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            run.Request,
            RejectionReasons.Count(outcomes.Where(o => o.Status == TreeStatus.Rejected).Select(o => o.FailureReason)),
            RejectionReasons.Count(outcomes.Where(o => o.Status == TreeStatus.Failed).Select(o => o.FailureReason)),
            run.CreatedAt,
            run.CompletedAt,
            run.CreatedAt is { } created ? Math.Max(0, (end - created).TotalSeconds) : 0));
    }

    private static async Task<Results<Ok<List<TreeSummary>>, ProblemHttpResult>> TreesAsync(Guid runId, StateStore store, CancellationToken ct)
    {
        if (await store.FindRunAsync(runId, ct) is null)
        {
            return NoRun(runId);
        }

        return TypedResults.Ok((await store.TreeOutcomesAsync(runId, ct))
            .Select(o => new TreeSummary(o.TreeNo, o.TreeId, o.Status, o.FailureReason, o.Answer))
            .ToList());
    }

    private static async Task<Results<Ok<TreeView>, ProblemHttpResult>> TreeAsync(Guid runId, int treeNo, StateStore store, CancellationToken ct)
    {
        var treeId = DeterministicIds.TreeId(runId, treeNo);
        if (await store.LoadTreeAsync(treeId, ct) is not { } tree)
        {
            return TypedResults.Problem($"Run {runId} has no tree {treeNo}.", statusCode: StatusCodes.Status404NotFound);
        }

        var question = await store.QuestionAsync(treeId, ct);
        var snapshot = tree.ToSnapshot();
        var vertices = snapshot.Vertices
            .Select(v => new VertexView(VertexLetters.Of(v.Id), v.ParentId is { } p ? VertexLetters.Of(p) : null, v.Entity, v.Blurred, v.Certificate))
            .ToList();
        return TypedResults.Ok(new TreeView(
            runId, treeNo, treeId, tree.Status, tree.FailureReason, question, InfoSeekTreeJson.Write(snapshot, question),
            vertices, await store.SampleAsync(treeId, ct)));
    }

    private static async Task<Results<Ok<List<QuestionView>>, ProblemHttpResult>> QuestionsAsync(Guid runId, StateStore store, CancellationToken ct)
    {
        if (await store.FindRunAsync(runId, ct) is not { } run)
        {
            return NoRun(runId);
        }

        return TypedResults.Ok((await store.DatasetSamplesAsync(run, ct))
            .Select(s => new QuestionView(s.TreeNo, s.TreeId, s.Question, s.Answer, s.Trajectory))
            .ToList());
    }

    private static async Task<Results<Ok<List<SampleView>>, ProblemHttpResult>> SamplesAsync(Guid runId, StateStore store, CancellationToken ct)
    {
        if (await store.FindRunAsync(runId, ct) is null)
        {
            return NoRun(runId);
        }

        var samples = new List<SampleView>();
        await foreach (var s in store.ReadSamplesAsync(runId, ct))
        {
            samples.Add(new SampleView(
                s.TreeNo, s.TreeId, s.Question, s.Answer, s.Accepted, s.Reason, s.Accepted ? null : RejectionReasons.Category(s.Reason),
                s.Tree.Vertices.Count, ReaderClues.Depth(s.Tree)));
        }

        return TypedResults.Ok(samples);
    }

    internal static ProblemHttpResult NoRun(Guid runId) =>
        TypedResults.Problem($"No run {runId}.", statusCode: StatusCodes.Status404NotFound);
}
