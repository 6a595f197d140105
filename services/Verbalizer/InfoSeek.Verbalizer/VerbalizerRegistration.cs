using InfoSeek.Domain.Agents;
using InfoSeek.Hosting;
using InfoSeek.Llm;
using InfoSeek.Verbalizer.Agents;
using InfoSeek.Verbalizer.Consumers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace InfoSeek.Verbalizer;

public static class VerbalizerRegistration
{
    public static IHostApplicationBuilder AddVerbalizer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTreeVerbalizer();
        builder.AddConsumers(x => x.AddServiceConsumer<TreeCompletedConsumer>());
        return builder;
    }

    /// <summary>The <see cref="TreeVerbalizer"/> with the Verbalizer role's back ends (rules and model), without a bus.</summary>
    public static IServiceCollection AddTreeVerbalizer(this IServiceCollection services)
    {
        services.AddAgentChoice<IQuestionWriter, ModelQuestionWriter>(b => b.Verbalizer, RuleQuestionWriter.Instance);
        services.TryAddSingleton<TreeVerbalizer>();
        return services;
    }
}
