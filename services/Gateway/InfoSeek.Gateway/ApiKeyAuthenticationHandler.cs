using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace InfoSeek.Gateway;

/// <summary>
/// Authenticates a request by the key in its X-Api-Key header; the principal's name is the key's
/// client. A missing or unknown key is answered with 401 problem details.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<GatewayOptions> gateway)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[HeaderName].ToString();
        if (presented.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (ClientOf(presented, gateway.CurrentValue.ApiKeys) is not { } client)
        {
            return Task.FromResult(AuthenticateResult.Fail($"The API key in the {HeaderName} header is not valid."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, client)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        await TypedResults.Problem(
            result.Failure?.Message ?? $"Send an API key in the {HeaderName} header.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }

    /// <summary>The client whose key this is, compared in constant time against every key.</summary>
    public static string? ClientOf(string presented, IReadOnlyDictionary<string, string> keys)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        string? client = null;
        foreach (var (name, key) in keys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            if (CryptographicOperations.FixedTimeEquals(hash, SHA256.HashData(Encoding.UTF8.GetBytes(key))))
            {
                client ??= name;
            }
        }

        return client;
    }
}
