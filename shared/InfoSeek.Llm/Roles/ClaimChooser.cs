using System.Globalization;
using System.Text.Json.Serialization;
using InfoSeek.Domain.Agents;

namespace InfoSeek.Llm.Roles;

/// <summary>
/// Blurring role, a judge: ranks the candidate claims that should describe a vertex (prompt
/// blurring.choose.v1). The caller still checks that the chosen claims identify the vertex.
/// </summary>
public sealed class ClaimChooser(LlmClients clients)
{
    public const string PromptId = "blurring.choose.v1";

    private static readonly PromptTemplate Prompt = PromptTemplate.Load(PromptId);

    public bool IsConfigured => clients.IsConfigured(LlmRole.Blurring);

    /// <param name="fixedClaims">The claims the tree already fixes for the entity (its relations to its children).</param>
    /// <returns>Indexes into <paramref name="options"/>, best first, distinct, at most <paramref name="maxClaims"/>.</returns>
    public async Task<IReadOnlyList<int>> ChooseAsync(
        Guid runId, string entity, string? typeDescriptor, IReadOnlyList<string> fixedClaims, IReadOnlyList<ClaimOption> options, int maxClaims, CancellationToken ct)
    {
        if (options.Count == 0)
        {
            throw new ArgumentException($"There are no candidate claims for '{entity}' to choose from.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxClaims, 1);
        var messages = Prompt.Render(new Dictionary<string, string>
        {
            ["entity"] = entity,
            ["type"] = typeDescriptor ?? "type unknown",
            ["fixed"] = fixedClaims.Count == 0 ? "(none)" : string.Join("\n", fixedClaims.Select(c => $"- {c}")),
            ["candidates"] = string.Join("\n", options.Select((o, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {o.Text} [{o.Pages}]"))),
            ["max_claims"] = maxClaims.ToString(CultureInfo.InvariantCulture),
        });
        return await clients.Require(LlmRole.Blurring).CompleteAsync(runId, messages, c => Parse(c, options.Count, maxClaims), ct);
    }

    public static ParseResult<IReadOnlyList<int>> Parse(LlmCompletion completion, int optionCount, int maxClaims)
    {
        var reply = StructuredOutput.Json<Reply>(completion);
        if (!reply.IsValid)
        {
            return ParseResult.Invalid<IReadOnlyList<int>>(reply.Error!);
        }

        var numbers = reply.Value!.Claims ?? [];
        if (numbers.Count == 0)
        {
            return ParseResult.Invalid<IReadOnlyList<int>>("\"claims\" is empty; choose at least one candidate by its number");
        }

        if (numbers.Count > maxClaims)
        {
            return ParseResult.Invalid<IReadOnlyList<int>>($"there are {numbers.Count} claims; choose at most {maxClaims}");
        }

        if (numbers.Where(n => n < 1 || n > optionCount).Select(n => (int?)n).FirstOrDefault() is { } wrong)
        {
            return ParseResult.Invalid<IReadOnlyList<int>>($"there is no candidate {wrong}; the numbers go from 1 to {optionCount}");
        }

        return numbers.Distinct().Count() != numbers.Count
            ? ParseResult.Invalid<IReadOnlyList<int>>("a candidate is chosen twice; list each number once")
            : ParseResult.Valid<IReadOnlyList<int>>(numbers.Select(n => n - 1).ToList());
    }

    private sealed record Reply(
        [property: JsonPropertyName("claims")] IReadOnlyList<int>? Claims,
        [property: JsonPropertyName("reason")] string? Reason);
}
