using InfoSeek.Domain.Agents;
using InfoSeek.Hosting;
using InfoSeek.Llm;
using InfoSeek.Planner.Agents;
using InfoSeek.Planner.Consumers;
using MassTransit;
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
        // The Planner asks the Planner role's model (actions) and the Browser role's (links) for runs that want them.
        builder.Services.AddAgentChoice<IActionDecision, ModelActionDecision>(b => b.Planner, SeededDecisions.Instance);
        builder.Services.AddAgentChoice<ILinkDecision, ModelLinkDecision>(b => b.Browser, SeededDecisions.Instance);
        builder.Services.AddOptions<PlannerOptions>().BindConfiguration("Planner").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<TreeWorkflow>();
        builder.Services.AddScoped<TreeRecovery>();
        builder.Services.AddHostedService<PendingCommandRedelivery>();
        builder.Services.AddHostedService<StallDetector>();
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
            x.AddServiceConsumer<CommandFaultedConsumer>();
        });
        return builder;
    }

    /// <summary>The public HTTP API: start runs and read them under /api/runs (see <see cref="RunsApi"/>).</summary>
    public static IEndpointRouteBuilder MapPlanner(this IEndpointRouteBuilder app) => app.MapRunsApi();
}
