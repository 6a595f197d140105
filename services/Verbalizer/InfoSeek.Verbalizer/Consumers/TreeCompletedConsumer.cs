using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Questions;
using InfoSeek.Llm;
using InfoSeek.Llm.Roles;
using MassTransit;

namespace InfoSeek.Verbalizer.Consumers;

/// <summary>Writes the completed tree's question (<see cref="TreeVerbalizer"/>): QuestionVerbalized, or VerbalizationFailed with the reason.</summary>
public sealed class TreeCompletedConsumer(TreeVerbalizer verbalizer) : IConsumer<TreeCompleted>
{
    public async Task Consume(ConsumeContext<TreeCompleted> context)
    {
        var result = await verbalizer.VerbalizeAsync(context.Message, context.CancellationToken);
        await context.Publish(result, result.GetType(), context.CancellationToken);
    }
}
