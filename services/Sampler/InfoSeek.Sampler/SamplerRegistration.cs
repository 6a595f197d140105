using InfoSeek.Hosting;
using InfoSeek.Sampler.Consumers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InfoSeek.Sampler;

public static class SamplerRegistration
{
    /// <summary>The Sampler: needs an ICorpusApi registered by the host.</summary>
    public static IHostApplicationBuilder AddSampler(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<SampleJudge>();
        builder.AddConsumers(x => x.AddServiceConsumer<QuestionVerbalizedConsumer>());
        return builder;
    }
}
