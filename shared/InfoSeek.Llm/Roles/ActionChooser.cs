using System.Globalization;
using System.Text.Json.Serialization;
using InfoSeek.Domain.Agents;

namespace InfoSeek.Llm.Roles;

public sealed record TreeActionChoice(TreeActionKind Action, int? VertexId, string Reason);

/// <summary>Planner role: picks the next tree action among the allowed ones (prompt planner.action.v1).</summary>
public sealed class ActionChooser(LlmClients clients)
{
    public const string PromptId = "planner.action.v1";

    private static readonly PromptTemplate Prompt = PromptTemplate.Load(PromptId);

    public bool IsConfigured => clients.IsConfigured(LlmRole.Planner);

    /// <param name="treeDescription">The current tree, one vertex a line.</param>
    /// <param name="targets">The shape the tree should reach, e.g. "4 vertices, depth at most 3".</param>
    /// <param name="options">The actions the planner's rules allow now; the choice is one of them.</param>
    public async Task<TreeActionChoice> ChooseAsync(Guid runId, string treeDescription, string targets, IReadOnlyList<TreeActionOption> options, CancellationToken ct)
    {
        if (options.Count == 0)
        {
            throw new ArgumentException("There must be at least one allowed action to choose from.", nameof(options));
        }

        var messages = Prompt.Render(new Dictionary<string, string>
        {
            ["targets"] = targets,
            ["tree"] = treeDescription,
            ["options"] = string.Join("\n", options.Select(o => $"- {Key(o.Action, o.VertexId)}: {o.Description}")),
        });
        return await clients.Require(LlmRole.Planner).CompleteAsync(runId, messages, c => Parse(c, options), ct);
    }

    public static ParseResult<TreeActionChoice> Parse(LlmCompletion completion, IReadOnlyList<TreeActionOption> options)
    {
        var reply = StructuredOutput.Json<Reply>(completion);
        if (!reply.IsValid)
        {
            return ParseResult.Invalid<TreeActionChoice>(reply.Error!);
        }

        var r = reply.Value!;
        if (!Enum.TryParse<TreeActionKind>(r.Action, ignoreCase: true, out var action) || !Enum.IsDefined(action))
        {
            return ParseResult.Invalid<TreeActionChoice>($"\"action\" must be \"extend\", \"blur\" or \"complete\", not \"{r.Action}\"");
        }

        var chosen = options.FirstOrDefault(o => o.Action == action && o.VertexId == r.Vertex);
        return chosen is null
            ? ParseResult.Invalid<TreeActionChoice>(
                $"{Key(action, r.Vertex)} is not allowed now; choose one of: {string.Join(", ", options.Select(o => Key(o.Action, o.VertexId)))}")
            : ParseResult.Valid<TreeActionChoice>(new TreeActionChoice(chosen.Action, chosen.VertexId, r.Reason ?? ""));
    }

    private static string Key(TreeActionKind action, int? vertex) => string.Create(CultureInfo.InvariantCulture,
        $"{{\"action\": \"{action.ToString().ToLowerInvariant()}\", \"vertex\": {(vertex is { } v ? v.ToString(CultureInfo.InvariantCulture) : "null")}}}");

    private sealed record Reply(
        [property: JsonPropertyName("action")] string? Action,
        [property: JsonPropertyName("vertex")] int? Vertex,
        [property: JsonPropertyName("reason")] string? Reason);
}
