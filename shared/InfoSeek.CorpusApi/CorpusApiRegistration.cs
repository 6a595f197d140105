using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace InfoSeek.CorpusApi;

public static class CorpusApiRegistration
{
    /// <summary>The Browser's corpus API over HTTP (resilience comes from the host's HttpClient defaults).</summary>
    public static IServiceCollection AddCorpusApiClient(this IServiceCollection services, Uri browserBaseAddress)
    {
        services.AddRefitClient<ICorpusApi>().ConfigureHttpClient(c =>
        {
            c.BaseAddress = browserBaseAddress;
            c.Timeout = TimeSpan.FromMinutes(2);
        });
        return services;
    }
}
