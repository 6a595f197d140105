using InfoSeek.Blurring.Agents;
using InfoSeek.Blurring.Consumers;
using InfoSeek.Domain.Agents;
using InfoSeek.Domain.Certificates;
using InfoSeek.Hosting;
using InfoSeek.Llm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InfoSeek.Blurring;

public static class BlurringRegistration
{
    /// <summary>Blurring: needs an ICorpusApi (HTTP client or in-process) registered by the host.</summary>
    public static IHostApplicationBuilder AddBlurring(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAgentChoice<IClaimJudge, ModelClaimJudge>(b => b.Blurring, RuleClaimJudge.Instance);
        builder.Services.AddScoped<Blurrer>();
        builder.AddConsumers(x => x.AddServiceConsumer<BlurNodeConsumer>());
        return builder;
    }
}
