using System.Net.Http.Headers;
using InfoSeek.Llm.Roles;
using InfoSeek.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.RateLimiting;
using Refit;

namespace InfoSeek.Llm;

public static class LlmRegistration
{
    /// <summary>
    /// Options for every role from the "Llm" section (validated at start-up), one Refit client with its
    /// own resilience pipeline per role, the role clients and the usage recorder. Roles without a
    /// BaseAddress register too but are never called: <see cref="LlmClients.IsConfigured"/> says so.
    /// </summary>
    public static IServiceCollection AddInfoSeekLlm(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmRoleOptions>, LlmRoleOptionsValidator>());
        services.TryAddSingleton<ILlmUsageRecorder>(sp => new LlmUsageRecorder(sp.GetService<LlmCallStore>()));
        services.TryAddSingleton<LlmEndpointLimiters>();
        services.TryAddSingleton<LlmClients>();
        foreach (var role in Enum.GetValues<LlmRole>())
        {
            AddRole(services, role);
        }

        services.TryAddSingleton<ActionChooser>();
        services.TryAddSingleton<LinkChooser>();
        services.TryAddSingleton<AttributeMiner>();
        services.TryAddSingleton<ClaimChooser>();
        services.TryAddSingleton<QuestionRewriter>();
        services.TryAddSingleton<ClosedBookAnswerer>();
        services.TryAddSingleton<SearchSolver>();
        return services;
    }

    public static string HttpClientName(LlmRole role) => $"llm-{role.ToString().ToLowerInvariant()}";

    private static void AddRole(IServiceCollection services, LlmRole role)
    {
        var name = role.ToString();
        services.AddOptions<LlmRoleOptions>(name)
            .BindConfiguration($"{LlmRoleOptions.SectionName}:{LlmRoleOptions.DefaultBlock}")
            .BindConfiguration($"{LlmRoleOptions.SectionName}:{name}")
            .ValidateOnStart();

        var http = services.AddKeyedRefitGeneratedClient<IChatCompletionsApi>(role, _ => new RefitSettings(), HttpClientName(role))
            .ConfigureHttpClient((sp, client) =>
            {
                var options = Options(sp, role);
                if (!options.IsConfigured)
                {
                    return;
                }

                client.BaseAddress = options.BaseUri;
                // The pipeline below times each attempt; HttpClient's own timeout would cut across retries.
                client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
                if (!string.IsNullOrWhiteSpace(options.ApiKey))
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
                }
            })
            .RedactLoggedHeaders(header => header.Equals("Authorization", StringComparison.OrdinalIgnoreCase));

        // The host's service defaults add a standard resilience handler to every HttpClient
        // (ConfigureHttpClientDefaults). A model call needs other settings: attempts of minutes, not
        // seconds; a concurrency limit per endpoint; its own retry count. Stacking both would
        // multiply the retries and cap every call at the standard total timeout, so the defaults are
        // removed for this client and this pipeline is the only one.
#pragma warning disable EXTEXP0001 // Marked experimental, but it is the library's own way to drop inherited handlers; a test pins its effect.
        http.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        http.AddResilienceHandler("llm", (pipeline, context) =>
        {
            var options = Options(context.ServiceProvider, role);
            var limiter = context.ServiceProvider.GetRequiredService<LlmEndpointLimiters>().For(role);
            pipeline.AddRateLimiter(new RateLimiterStrategyOptions
            {
                RateLimiter = args => limiter.AcquireAsync(1, args.Context.CancellationToken),
            });
            if (options.MaxRetries > 0)
            {
                // Retries 408, 429, 5xx, connection errors and attempt timeouts; waits as long as a
                // Retry-After header asks (seconds or HTTP date), else exponentially with jitter.
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                });
            }

            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(1).Ticks, options.Timeout.Ticks * 2)),
                BreakDuration = options.BreakDuration,
            });
            pipeline.AddTimeout(options.Timeout);
        });

        // Inside the attempt timeout: the body is read there too, so a reply that stalls mid-body is
        // timed out and retried like one that never starts.
        http.AddHttpMessageHandler(() => new BufferResponseHandler());

        services.AddKeyedTransient(role, (sp, _) => new LlmClient(
            role,
            Options(sp, role),
            sp.GetRequiredKeyedService<IChatCompletionsApi>(role),
            sp.GetRequiredService<ILlmUsageRecorder>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LlmClient>>()));
    }

    private static LlmRoleOptions Options(IServiceProvider sp, LlmRole role) =>
        sp.GetRequiredService<IOptionsMonitor<LlmRoleOptions>>().Get(role.ToString());

    private sealed class BufferResponseHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            try
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
            }
            catch
            {
                response.Dispose();
                throw;
            }

            return response;
        }
    }
}
