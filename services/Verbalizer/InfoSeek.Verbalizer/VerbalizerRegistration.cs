using InfoSeek.Hosting;
using InfoSeek.Llm;
using InfoSeek.Verbalizer.Consumers;
using Microsoft.Extensions.Hosting;

namespace InfoSeek.Verbalizer;

public static class VerbalizerRegistration
{
    public static IHostApplicationBuilder AddVerbalizer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddInfoSeekLlm();
        builder.AddConsumers(x => x.AddServiceConsumer<TreeCompletedConsumer>());
        return builder;
    }
}
