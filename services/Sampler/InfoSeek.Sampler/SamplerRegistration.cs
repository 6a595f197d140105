using InfoSeek.Domain.Agents;
using InfoSeek.Hosting;
using InfoSeek.Llm;
using InfoSeek.Sampler.Agents;
using InfoSeek.Sampler.Consumers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InfoSeek.Sampler;

public static class SamplerRegistration
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new()
    {
        Mappings = { [".jsonl"] = "application/x-ndjson", [".md"] = "text/markdown" },
    };

    /// <summary>The Sampler: needs an ICorpusApi registered by the host. Reads the Planner's store to export datasets.</summary>
    public static IHostApplicationBuilder AddSampler(this IHostApplicationBuilder builder)
    {
        // The Planner owns the schema and migrates it; the Sampler only reads.
        builder.AddInfoSeekStorage(applyMigrations: false);
        builder.Services.AddOptions<SamplerOptions>().BindConfiguration("Sampler").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DatasetExporter>();
        builder.Services.AddSingleton<DatasetFiles>();
        builder.Services.AddAgentChoice<IQuestionSolver, ModelQuestionSolver>(b => b.Sampler, RuleQuestionSolver.Instance);
        builder.Services.AddScoped<SampleJudge>();
        builder.AddConsumers(x => x.AddServiceConsumer<QuestionVerbalizedConsumer>());
        return builder;
    }

    /// <summary>The public HTTP API: a run's dataset files under /api/datasets, exported on demand.</summary>
    public static IEndpointRouteBuilder MapSampler(this IEndpointRouteBuilder app)
    {
        var datasets = app.MapGroup("/api/datasets").WithTags("Datasets");
        datasets.MapGet("/{runId:guid}", ListAsync).WithSummary("Exports the run's dataset and lists its files.");
        datasets.MapGet("/{runId:guid}/report", ReportAsync).WithSummary("The numbers of the run's report.md (vertex histogram, rejection reasons, ...), freshly exported.");
        datasets.MapGet("/{runId:guid}/files/{name}", DownloadAsync).WithSummary("One file of the run's dataset, freshly exported.");
        return app;
    }

    private static async Task<Results<Ok<DatasetListing>, ProblemHttpResult>> ListAsync(Guid runId, DatasetFiles files, CancellationToken ct) =>
        await files.ExportAsync(runId, ct) is { } export
            ? TypedResults.Ok(new DatasetListing(runId, export.Files.Select(f => new DatasetFileLink(f.Name, f.Bytes, $"/api/datasets/{runId}/files/{f.Name}")).ToList()))
            : NoRun(runId);

    private static async Task<Results<Ok<DatasetReport>, ProblemHttpResult>> ReportAsync(Guid runId, DatasetFiles files, CancellationToken ct) =>
        await files.ExportAsync(runId, ct) is { } export ? TypedResults.Ok(export.Report) : NoRun(runId);

    private static async Task<Results<PhysicalFileHttpResult, ValidationProblem, ProblemHttpResult>> DownloadAsync(
        Guid runId, string name, DatasetFiles files, CancellationToken ct)
    {
        if (!DatasetFiles.IsFileName(name))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["name"] = [$"name must be a plain file name (letters, digits, '.', '_', '-'; no folders), was '{name}'."],
            });
        }

        if (await files.PathOfAsync(runId, name, ct) is not { } path)
        {
            return TypedResults.Problem($"Run {runId} has no dataset file '{name}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var contentType = ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
        return TypedResults.PhysicalFile(path, contentType, fileDownloadName: name);
    }

    private static ProblemHttpResult NoRun(Guid runId) =>
        TypedResults.Problem($"No run {runId}.", statusCode: StatusCodes.Status404NotFound);
}

/// <summary>The files of a run's dataset, each with where to download it.</summary>
public sealed record DatasetListing(Guid RunId, IReadOnlyList<DatasetFileLink> Files);

public sealed record DatasetFileLink(string Name, long Bytes, string Href);
