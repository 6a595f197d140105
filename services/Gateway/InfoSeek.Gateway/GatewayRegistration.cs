using System.Globalization;
using System.Threading.RateLimiting;
using InfoSeek.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.Transforms;

namespace InfoSeek.Gateway;

/// <summary>
/// The front door: YARP routes from the "ReverseProxy" section, API keys, per-client rate limits, a
/// request-size limit, the health of the services behind it and the web dashboard. Health, OpenAPI and
/// the dashboard's static pages stay open; everything else, all run data included, needs a key.
/// </summary>
public static class GatewayRegistration
{
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration("Gateway").ValidateDataAnnotations()
            .Validate(o => o.ApiKeys.Count > 0, "Gateway:ApiKeys needs at least one client key (e.g. Gateway__ApiKeys__dashboard=<key>).")
            .Validate(o => o.ApiKeys.Values.All(k => k.Length >= GatewayOptions.MinKeyLength), $"Every key in Gateway:ApiKeys needs at least {GatewayOptions.MinKeyLength} characters.")
            .Validate(o => o.RateLimitWindow > TimeSpan.Zero, "Gateway:RateLimitWindow must be positive.")
            .Validate(
                o => builder.Environment.IsDevelopment() || !o.ApiKeys.ContainsValue(GatewayOptions.DevelopmentKey),
                $"Gateway:ApiKeys holds the development key '{GatewayOptions.DevelopmentKey}' shipped with docker-compose.yml and k8s/base/secret.yaml, outside the Development environment ({builder.Environment.EnvironmentName}): set a key of your own.")
            .ValidateOnStart();

        builder.Services.AddProblemDetails();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .Build());
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            o.OnRejected = async (rejected, _) =>
            {
                var window = rejected.HttpContext.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value.RateLimitWindow;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var who = rejected.HttpContext.User.Identity is { IsAuthenticated: true } ? "this API key" : "requests without a valid API key from this address";
                await TypedResults.Problem(
                    $"Too many requests for {who}; try again in {seconds} s.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(rejected.HttpContext);
            };
        });

        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            // The services never see the gateway's credentials.
            .AddTransforms(t => t.AddRequestHeaderRemove(ApiKeyAuthenticationHandler.HeaderName));
        builder.Services.AddHealthChecks().AddCheck<ServicesHealth.Check>("services");
        return builder;
    }

    /// <summary>The middleware in order (authentication, authorization, rate limit, body size), /health/services, the dashboard and the proxy.</summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        // The limiter runs before authorization, so that refused keys count against their address too.
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.Use(LimitBodySize);
        app.MapGet("/health/services", (IProxyStateLookup proxy) =>
        {
            var health = ServicesHealth.Read(proxy);
            return TypedResults.Json(health, statusCode: health.Health == DestinationHealth.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous().WithSummary("Each service behind the gateway with its health; 503 unless all are healthy.");
        app.MapDashboard();
        app.MapReverseProxy();
        return app;
    }

    /// <summary>
    /// A client with a valid key has its own window; a request for a protected endpoint without one counts against its
    /// remote address; open endpoints (health, OpenAPI, the dashboard's static pages) are not limited.
    /// </summary>
    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value;
        if (context.User.Identity is { IsAuthenticated: true, Name: { } client })
        {
            return RateLimitPartition.GetFixedWindowLimiter("key:" + client, _ =>
                new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerWindow, Window = options.RateLimitWindow, QueueLimit = 0 });
        }

        if (context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return RateLimitPartition.GetNoLimiter("open");
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter("address:" + address, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = options.UnauthenticatedRequestsPerWindow, Window = options.RateLimitWindow, QueueLimit = 0 });
    }

    private static async Task LimitBodySize(HttpContext context, RequestDelegate next)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await TypedResults.Problem(
                $"The request body has {context.Request.ContentLength} bytes; the limit is {limit}.",
                statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }

        // A body without Content-Length (chunked) is cut off by the server at the same limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}
