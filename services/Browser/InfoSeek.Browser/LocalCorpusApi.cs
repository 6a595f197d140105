using System.Net;
using InfoSeek.CorpusApi;
using Refit;

namespace InfoSeek.Browser;

/// <summary>The corpus API served in-process (the all-in-one host): the same queries, no HTTP.</summary>
public sealed class LocalCorpusApi(CorpusCatalog catalog) : ICorpusApi
{
    private static readonly RefitSettings Settings = new();

    public Task<CorporaResponse> CorporaAsync(CancellationToken ct) => Task.FromResult(catalog.Describe());

    public Task<IApiResponse<PageDto>> GetPageAsync(string title, string? corpus, CancellationToken ct)
    {
        var page = catalog.Queries(corpus).GetPage(title);
        var status = page is null ? HttpStatusCode.NotFound : HttpStatusCode.OK;
        // Refit's ApiResponse requires the request a response answers.
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/pages/{Uri.EscapeDataString(title)}", UriKind.Relative));
        IApiResponse<PageDto> response = new ApiResponse<PageDto>(new HttpResponseMessage(status) { RequestMessage = request }, page, Settings);
        return Task.FromResult(response);
    }

    public Task<SearchResponse> SearchAsync(string query, int k, string? corpus, string? ranking, CancellationToken ct) =>
        Task.FromResult(catalog.Queries(corpus).Search(query, k, ranking));

    public Task<CandidateSetsResponse> CandidateSetsAsync(CandidateSetsRequest request, CancellationToken ct) =>
        Task.FromResult(catalog.Queries(request.Corpus).CandidateSets(request));
}
