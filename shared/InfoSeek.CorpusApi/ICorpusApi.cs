using InfoSeek.Contracts;
using Refit;

namespace InfoSeek.CorpusApi;

/// <summary>
/// The Browser's corpus queries. Blurring and Sampler reach the corpus only through this interface:
/// over HTTP (a Refit client) when the services run apart, in-process in the all-in-one host. Either
/// way the same Browser code answers. Every query names the corpus it asks (the run's); null is the
/// Browser's default corpus. The services ask through <see cref="RunCorpus"/>, which fills it in.
/// </summary>
public interface ICorpusApi
{
    /// <summary>The names of the corpora the Browser serves, the default one first.</summary>
    [Get("/corpora")]
    Task<CorporaResponse> CorporaAsync(CancellationToken ct);

    /// <summary>A page by title (redirects resolved); 404 when the corpus has no such page.</summary>
    [Get("/pages/{title}")]
    Task<IApiResponse<PageDto>> GetPageAsync(string title, [AliasAs("corpus")] string? corpus, CancellationToken ct);

    /// <summary>BM25 search over titles and text; <paramref name="ranking"/> is "stemmed" (the default, when null) or "plain".</summary>
    [Get("/search")]
    Task<SearchResponse> SearchAsync([AliasAs("q")] string query, [AliasAs("k")] int k, [AliasAs("corpus")] string? corpus, [AliasAs("ranking")] string? ranking, CancellationToken ct);

    /// <summary>S(c) for each claim: the corpus pages that satisfy it. One round trip for a whole blur.</summary>
    [Post("/claims/candidates")]
    Task<CandidateSetsResponse> CandidateSetsAsync([Body] CandidateSetsRequest request, CancellationToken ct);
}

public sealed record PageDto(string Id, string Title, string Text, IReadOnlyList<PageLinkDto> Links, int InLinks);

/// <param name="CorpusTitle">The corpus page the target names, redirects followed; null when it is not in the corpus.</param>
public sealed record PageLinkDto(string Target, string Anchor, int Start, int Length, string? CorpusTitle);

public sealed record SearchResponse(string Query, IReadOnlyList<SearchHitDto> Hits);

public sealed record SearchHitDto(string Title, float Score);

/// <param name="Subject">The page whose claims these are: the certificate's entity.</param>
/// <param name="Claims">Each claim with its placeholders and, for a relation, its target.</param>
/// <param name="MaxMembers">How many members of each set to return (the count is always exact).</param>
/// <param name="Corpus">The corpus to take the sets over; null is the default corpus.</param>
public sealed record CandidateSetsRequest(string Subject, IReadOnlyList<ClaimCandidate> Claims, int MaxMembers = 5000, string? Corpus = null);

/// <param name="Default">The corpus a query without a corpus name asks; null when the Browser has none.</param>
/// <param name="Names">Every corpus the Browser serves, by name.</param>
public sealed record CorporaResponse(string? Default, IReadOnlyList<string> Names);

/// <param name="Sets">One per requested claim, in request order.</param>
public sealed record CandidateSetsResponse(IReadOnlyList<CandidateSet> Sets);

/// <param name="Count">|S(c)|, exact.</param>
/// <param name="Members">The member titles, sorted, at most MaxMembers of them.</param>
/// <param name="ContainsSubject">Whether the subject itself satisfies the claim (it must, for a usable claim).</param>
/// <param name="Exact">False when the claim was too general to check page by page: Count is then only the number of pages holding its words.</param>
public sealed record CandidateSet(int Count, IReadOnlyList<string> Members, bool ContainsSubject, bool Exact);
