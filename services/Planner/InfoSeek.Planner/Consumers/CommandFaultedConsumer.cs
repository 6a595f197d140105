using InfoSeek.Contracts;
using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Planner.Consumers;

/// <summary>
/// A command the Planner sent failed every retry and went to its _error queue: the tree fails with the exception's
/// reason (QuestionVerbalized is the Sampler's command, sent on the Planner's behalf by the Verbalizer).
/// </summary>
public sealed class CommandFaultedConsumer(TreeWorkflow workflow) :
    IConsumer<Fault<BrowsePage>>, IConsumer<Fault<BlurNode>>, IConsumer<Fault<TreeCompleted>>, IConsumer<Fault<QuestionVerbalized>>
{
    public Task Consume(ConsumeContext<Fault<BrowsePage>> context) => FailAsync(context, context.Message.Message);

    public Task Consume(ConsumeContext<Fault<BlurNode>> context) => FailAsync(context, context.Message.Message);

    public Task Consume(ConsumeContext<Fault<TreeCompleted>> context) => FailAsync(context, context.Message.Message);

    public Task Consume(ConsumeContext<Fault<QuestionVerbalized>> context) => FailAsync(context, context.Message.Message);

    private async Task FailAsync(ConsumeContext<Fault> context, ITreeMessage command)
    {
        var reason = context.Message.Exceptions.FirstOrDefault() is { } e ? $"{e.ExceptionType}: {e.Message}" : "no exception was reported";
        await context.PublishAll(await workflow.OnCommandFaultedAsync(command, context.Message.FaultId, reason, context.CancellationToken));
    }
}
