using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace InfoSeek.Gateway;

/// <summary>
/// The web dashboard: static pages embedded in this assembly, served without a key under /dashboard/.
/// The pages hold no data: they read it from the API with the key the user enters.
/// </summary>
public static class DashboardEndpoints
{
    public const string Prefix = "/dashboard/";

    private const string ResourcePrefix = "Dashboard/";

    private static readonly Assembly Assembly = typeof(DashboardEndpoints).Assembly;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The embedded file names, e.g. "index.html".</summary>
    public static IReadOnlyList<string> Files { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Redirect(Prefix)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(Prefix + "{file?}", Serve).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(string? file, HttpResponse response)
    {
        var name = string.IsNullOrEmpty(file) ? "index.html" : file;
        if (!Files.Contains(name, StringComparer.Ordinal) || Assembly.GetManifestResourceStream(ResourcePrefix + name) is not { } stream)
        {
            return TypedResults.Problem($"The dashboard has no file '{name}'.", statusCode: StatusCodes.Status404NotFound);
        }

        // Scripts and styles come only from the dashboard itself; the data only from this origin's API.
        response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
        var contentType = ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
        return TypedResults.Stream(stream, contentType);
    }
}
