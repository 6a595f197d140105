using InfoSeek.Browser.Agents;
using InfoSeek.Browser.Consumers;
using InfoSeek.CorpusApi;
using InfoSeek.Domain.Agents;
using InfoSeek.Hosting;
using InfoSeek.Llm;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace InfoSeek.Browser;

public static class BrowserRegistration
{
    /// <summary>The Browser: owns the corpus index; serves pages, search and candidate sets; mines claims.</summary>
    public static IHostApplicationBuilder AddBrowser(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BrowserOptions>().BindConfiguration("Browser");
        builder.Services.AddSingleton<CorpusCatalog>();
        builder.Services.AddBrowsePageHandler();
        builder.AddConsumers(x => x.AddServiceConsumer<BrowsePageConsumer>());
        return builder;
    }

    /// <summary>The <see cref="BrowsePageHandler"/> with the Browser role's back ends for a page's claims (rules and model), without a bus; needs a CorpusCatalog.</summary>
    public static IServiceCollection AddBrowsePageHandler(this IServiceCollection services)
    {
        services.AddAgentChoice<IPageClaimMiner, ModelPageClaimMiner>(b => b.Browser, RulePageClaimMiner.Instance);
        services.TryAddSingleton<BrowsePageHandler>();
        return services;
    }

    /// <summary>In the all-in-one host, the other services reach the corpus through this in-process API.</summary>
    public static IHostApplicationBuilder AddInProcessCorpusApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ICorpusApi, LocalCorpusApi>();
        return builder;
    }

    /// <summary>
    /// The corpus over HTTP; every query takes an optional ?corpus= name (the default corpus without
    /// it). Bad input, an unknown corpus included, answers 400 with problem details naming it.
    /// </summary>
    public static IEndpointRouteBuilder MapBrowser(this IEndpointRouteBuilder app)
    {
        app.MapGet("/corpora", (CorpusCatalog catalog) => Results.Ok(catalog.Describe()));
        app.MapGet("/pages/random", (int? minLinks, int? seed, string? corpus, CorpusCatalog catalog) => Guard(() =>
        {
            var q = catalog.Queries(corpus);
            var page = q.RandomPage(seed ?? 0, minLinks ?? 1);
            return page is null ? Results.NotFound() : Results.Ok(q.GetPage(page.Title));
        }));
        app.MapGet("/pages/{title}", (string title, string? corpus, CorpusCatalog catalog) => Guard(() =>
            catalog.Queries(corpus).GetPage(title) is { } page ? Results.Ok(page) : Results.Problem($"No page titled '{title}' in the corpus.", statusCode: 404)));
        app.MapGet("/search", (string? q, int? k, string? corpus, string? ranking, CorpusCatalog catalog) =>
            Guard(() => Results.Ok(catalog.Queries(corpus).Search(q ?? "", k ?? 10, ranking))));
        app.MapPost("/claims/candidates", (CandidateSetsRequest request, CorpusCatalog catalog) =>
            Guard(() => Results.Ok(catalog.Queries(request.Corpus).CandidateSets(request))));
        return app;
    }

    private static IResult Guard(Func<IResult> query)
    {
        try
        {
            return query();
        }
        catch (ArgumentException e)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [e.ParamName ?? "request"] = [e.Message] });
        }
    }
}
