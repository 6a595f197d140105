using InfoSeek.Hosting;
using InfoSeek.Planner.Consumers;
using InfoSeek.Storage;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InfoSeek.Planner;

public static class PlannerRegistration
{
    /// <summary>The Planner: owns runs and trees (the state store), consumes every tree event.</summary>
    public static IHostApplicationBuilder AddPlanner(this IHostApplicationBuilder builder)
    {
        builder.AddInfoSeekStorage();
        builder.Services.AddScoped<TreeWorkflow>();
        builder.Services.AddHostedService<PendingCommandRedelivery>();
        builder.AddConsumers(x =>
        {
            x.AddConsumer<StartRunConsumer, StartRunConsumerDefinition>();
            x.AddServiceConsumer<PageBrowsedConsumer>();
            x.AddServiceConsumer<BrowseFailedConsumer>();
            x.AddServiceConsumer<NodeBlurredConsumer>();
            x.AddServiceConsumer<BlurFailedConsumer>();
            x.AddServiceConsumer<QuestionVerbalizedConsumer>();
            x.AddServiceConsumer<VerbalizationFailedConsumer>();
            x.AddServiceConsumer<SampleJudgedConsumer>();
        });
        return builder;
    }

    /// <summary>Run status for people and dashboards: GET /api/runs/{runId}.</summary>
    public static IEndpointRouteBuilder MapPlanner(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/runs/{runId:guid}", async (Guid runId, StateStore store, CancellationToken ct) =>
        {
            var run = await store.FindRunAsync(runId, ct);
            if (run is null)
            {
                return Results.NotFound();
            }

            var outcomes = await store.TreeOutcomesAsync(runId, ct);
            return Results.Ok(new
            {
                run.RunId,
                run.Name,
                Status = run.Status.ToString(),
                Target = run.Request.Count,
                run.TreesStarted,
                Trees = outcomes.GroupBy(o => o.Status.ToString()).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            });
        });
        return app;
    }
}
