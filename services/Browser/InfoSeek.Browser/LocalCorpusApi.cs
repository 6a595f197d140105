using System.Net;
using InfoSeek.CorpusApi;
using Refit;

namespace InfoSeek.Browser;

/// <summary>The corpus API served in-process (the all-in-one host): the same queries, no HTTP.</summary>
public sealed class LocalCorpusApi(CorpusQueries queries) : ICorpusApi
{
    private static readonly RefitSettings Settings = new();

    public Task<IApiResponse<PageDto>> GetPageAsync(string title, CancellationToken ct)
    {
        var page = queries.GetPage(title);
        var status = page is null ? HttpStatusCode.NotFound : HttpStatusCode.OK;
        // Refit's ApiResponse requires the request a response answers.
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/pages/{Uri.EscapeDataString(title)}", UriKind.Relative));
        IApiResponse<PageDto> response = new ApiResponse<PageDto>(new HttpResponseMessage(status) { RequestMessage = request }, page, Settings);
        return Task.FromResult(response);
    }

    public Task<SearchResponse> SearchAsync(string query, int k, CancellationToken ct) => Task.FromResult(queries.Search(query, k));

    public Task<CandidateSetsResponse> CandidateSetsAsync(CandidateSetsRequest request, CancellationToken ct) =>
        Task.FromResult(queries.CandidateSets(request));
}
