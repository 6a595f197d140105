using System.Text.Json.Serialization;

namespace InfoSeek.Llm.Roles;

/// <summary>A hyperlink of the page: its target title and the sentence it appears in.</summary>
public sealed record LinkOption(string Title, string Sentence);

public sealed record LinkChoice(string Title, string Reason);

/// <summary>Browser role: picks the hyperlink to follow from a page (prompt browser.link.v1).</summary>
public sealed class LinkChooser(LlmClients clients)
{
    public const string PromptId = "browser.link.v1";

    private static readonly PromptTemplate Prompt = PromptTemplate.Load(PromptId);

    public bool IsConfigured => clients.IsConfigured(LlmRole.Browser);

    public async Task<LinkChoice> ChooseAsync(Guid runId, string pageTitle, IReadOnlyList<string> inTree, IReadOnlyList<LinkOption> links, CancellationToken ct)
    {
        if (links.Count == 0)
        {
            throw new ArgumentException($"Page '{pageTitle}' has no links to choose from.", nameof(links));
        }

        var messages = Prompt.Render(new Dictionary<string, string>
        {
            ["page_title"] = pageTitle,
            ["in_tree"] = inTree.Count == 0 ? "(none)" : string.Join("; ", inTree),
            ["links"] = string.Join("\n", links.Select(l => $"- {l.Title}: {l.Sentence}")),
        });
        return await clients.Require(LlmRole.Browser).CompleteAsync(runId, messages, c => Parse(c, links), ct);
    }

    public static ParseResult<LinkChoice> Parse(LlmCompletion completion, IReadOnlyList<LinkOption> links)
    {
        var reply = StructuredOutput.Json<Reply>(completion);
        if (!reply.IsValid)
        {
            return ParseResult.Invalid<LinkChoice>(reply.Error!);
        }

        var title = reply.Value!.Link?.Trim();
        var chosen = links.FirstOrDefault(l => string.Equals(l.Title, title, StringComparison.OrdinalIgnoreCase));
        return chosen is null
            ? ParseResult.Invalid<LinkChoice>($"\"link\" must be one of the listed titles, copied exactly; \"{title}\" is not listed")
            : ParseResult.Valid<LinkChoice>(new LinkChoice(chosen.Title, reply.Value.Reason ?? ""));
    }

    private sealed record Reply(
        [property: JsonPropertyName("link")] string? Link,
        [property: JsonPropertyName("reason")] string? Reason);
}
