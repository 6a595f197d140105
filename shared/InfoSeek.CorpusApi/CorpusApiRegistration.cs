using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace InfoSeek.CorpusApi;

public static class CorpusApiRegistration
{
    /// <summary>
    /// The Browser's corpus API over HTTP, with Refit's source-generated client (no reflection);
    /// resilience comes from the host's HttpClient defaults.
    /// </summary>
    public static IServiceCollection AddCorpusApiClient(this IServiceCollection services, Uri browserBaseAddress)
    {
        services.AddRefitGeneratedClient<ICorpusApi>().ConfigureHttpClient(c =>
        {
            c.BaseAddress = browserBaseAddress;
            c.Timeout = TimeSpan.FromMinutes(2);
        });
        return services;
    }
}
