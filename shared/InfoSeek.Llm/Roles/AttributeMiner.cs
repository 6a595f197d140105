using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Domain;

namespace InfoSeek.Llm.Roles;

/// <summary>
/// Browser role: reads attribute claims ("A was founded in 1878") from a page (prompt
/// browser.claims.v1). Every claim must have the placeholder A, must not name the subject, and must
/// quote an evidence sentence found in the page text, whose offsets are returned.
/// </summary>
public sealed partial class AttributeMiner(LlmClients clients)
{
    public const string PromptId = "browser.claims.v1";

    /// <summary>Longer pages are cut here (about 6,000 tokens): the lead and early sections hold most attributes.</summary>
    public const int MaxTextChars = 24_000;

    private static readonly PromptTemplate Prompt = PromptTemplate.Load(PromptId);

    public bool IsConfigured => clients.IsConfigured(LlmRole.Browser);

    public async Task<IReadOnlyList<ClaimCandidate>> MineAsync(Guid runId, string pageTitle, string pageText, int maxClaims, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxClaims, 1);
        var text = pageText.Length <= MaxTextChars ? pageText : pageText[..MaxTextChars];
        var messages = Prompt.Render(new Dictionary<string, string>
        {
            ["max_claims"] = maxClaims.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["page_title"] = pageTitle,
            ["page_text"] = text,
        });
        return await clients.Require(LlmRole.Browser).CompleteAsync(runId, messages, c => Parse(c, pageTitle, text, maxClaims), ct);
    }

    public static ParseResult<IReadOnlyList<ClaimCandidate>> Parse(LlmCompletion completion, string pageTitle, string pageText, int maxClaims)
    {
        var reply = StructuredOutput.Json<Reply>(completion);
        if (!reply.IsValid)
        {
            return ParseResult.Invalid<IReadOnlyList<ClaimCandidate>>(reply.Error!);
        }

        var claims = reply.Value!.Claims ?? [];
        if (claims.Count == 0)
        {
            return ParseResult.Invalid<IReadOnlyList<ClaimCandidate>>("\"claims\" is empty; give at least one claim");
        }

        if (claims.Count > maxClaims)
        {
            return ParseResult.Invalid<IReadOnlyList<ClaimCandidate>>($"there are {claims.Count} claims; give at most {maxClaims}");
        }

        var result = new List<ClaimCandidate>();
        foreach (var (claim, i) in claims.Select((c, i) => (c, i + 1)))
        {
            var text = claim.Claim?.Trim() ?? "";
            if (!ClaimText.SubjectPlaceholder().IsMatch(text))
            {
                return ParseResult.Invalid<IReadOnlyList<ClaimCandidate>>($"claim {i} (\"{text}\") does not use the letter A for the subject");
            }

            if (text.Contains(pageTitle, StringComparison.OrdinalIgnoreCase))
            {
                return ParseResult.Invalid<IReadOnlyList<ClaimCandidate>>($"claim {i} (\"{text}\") names the subject; write A instead");
            }

            var evidence = Locate(pageText, claim.Evidence ?? "");
            if (evidence is null)
            {
                return ParseResult.Invalid<IReadOnlyList<ClaimCandidate>>($"the evidence of claim {i} is not a sentence copied exactly from the page text");
            }

            result.Add(new ClaimCandidate(text, ClaimKind.Attribute, null, false,
                new Evidence(pageTitle, pageText.Substring(evidence.Value.Start, evidence.Value.Length), evidence.Value.Start, evidence.Value.Length)));
        }

        return ParseResult.Valid<IReadOnlyList<ClaimCandidate>>(result);
    }

    /// <summary>Where the quoted sentence stands in the text, tolerating differences in whitespace only.</summary>
    private static (int Start, int Length)? Locate(string text, string quote)
    {
        var words = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return null;
        }

        var exact = text.IndexOf(quote.Trim(), StringComparison.Ordinal);
        if (exact >= 0)
        {
            return (exact, quote.Trim().Length);
        }

        var match = Regex.Match(text, string.Join(@"\s+", words.Select(Regex.Escape)), RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? (match.Index, match.Length) : null;
    }

    private sealed record Reply([property: JsonPropertyName("claims")] IReadOnlyList<ReplyClaim>? Claims);

    private sealed record ReplyClaim(
        [property: JsonPropertyName("claim")] string? Claim,
        [property: JsonPropertyName("evidence")] string? Evidence);
}
