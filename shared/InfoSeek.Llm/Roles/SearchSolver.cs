using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InfoSeek.Contracts;

namespace InfoSeek.Llm.Roles;

/// <param name="Steps">think, search, information and answer steps, in order.</param>
/// <param name="Answer">The final answer, or null when the model used up its turns without one.</param>
/// <param name="Turns">Model replies used (corrective retries not counted).</param>
public sealed record SearchSolution(IReadOnlyList<TrajectoryStep> Steps, string? Answer, int Turns);

/// <summary>
/// Sampler role: solves a question in ReAct style (prompt sampler.search.v1): each reply thinks, then
/// either searches with &lt;search&gt;query&lt;/search&gt;, answered with the results in
/// &lt;information&gt;…&lt;/information&gt;, or ends with &lt;answer&gt;…&lt;/answer&gt;.
/// </summary>
public sealed partial class SearchSolver(LlmClients clients)
{
    public const string PromptId = "sampler.search.v1";

    private static readonly PromptTemplate Prompt = PromptTemplate.Load(PromptId);

    public bool IsConfigured => clients.IsConfigured(LlmRole.Sampler);

    /// <summary>The model that solves, for naming the trajectories it writes.</summary>
    public string Model => clients.Require(LlmRole.Sampler).Model;

    /// <param name="search">Runs a query against the corpus; returns the documents to show, best first.</param>
    /// <param name="maxTurns">Model replies allowed; the last one is told to answer, and a search it asks for anyway is not run.</param>
    public async Task<SearchSolution> SolveAsync(
        Guid runId, string question, Func<string, Task<IReadOnlyList<string>>> search, int maxTurns, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTurns, 1);
        var client = clients.Require(LlmRole.Sampler);
        var conversation = Prompt.Render(new Dictionary<string, string>
        {
            ["question"] = question,
            ["max_turns"] = maxTurns.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        var steps = new List<TrajectoryStep>();
        for (var turn = 1; turn <= maxTurns; turn++)
        {
            var reply = await client.CompleteAsync(runId, conversation, Parse, ct);
            if (reply.Think is { Length: > 0 } think)
            {
                steps.Add(new TrajectoryStep("think", think));
            }

            if (reply.Answer is not null)
            {
                steps.Add(new TrajectoryStep("answer", reply.Answer));
                return new SearchSolution(steps, reply.Answer, turn);
            }

            steps.Add(new TrajectoryStep("search", reply.Query!));
            if (turn == maxTurns)
            {
                // Out of turns: the results could not be read any more, so the search is not run.
                break;
            }

            var documents = await search(reply.Query!);
            var information = Information(documents);
            steps.Add(new TrajectoryStep("information", information));
            conversation.Add(ChatMessage.Assistant(reply.Kept));
            conversation.Add(ChatMessage.User(turn + 1 == maxTurns
                ? $"<information>\n{information}\n</information>\nThis is your last turn: give your final answer now."
                : $"<information>\n{information}\n</information>"));
        }

        return new SearchSolution(steps, null, maxTurns);
    }

    /// <summary>One reply: the thinking, then the first action tag; anything the model wrote after that tag is dropped.</summary>
    /// <param name="Kept">The reply up to and including its action tag, as it goes back into the conversation.</param>
    public sealed record Turn(string? Think, string? Query, string? Answer, string Kept);

    public static ParseResult<Turn> Parse(LlmCompletion completion)
    {
        var fromReasoning = string.IsNullOrWhiteSpace(completion.Text) && !string.IsNullOrWhiteSpace(completion.Reasoning);
        var text = fromReasoning ? completion.Reasoning! : completion.Text;
        var action = Action().Match(text, ActionSearchStart(text));
        if (!action.Success)
        {
            return ParseResult.Invalid<Turn>("the reply has neither <search>query</search> nor <answer>...</answer>");
        }

        var kept = text[..(action.Index + action.Length)];
        var think = new StringBuilder();
        foreach (Match m in Think().Matches(kept))
        {
            think.Append(m.Groups["body"].Value.Trim()).Append('\n');
        }

        if (think.Length == 0 && !fromReasoning && !string.IsNullOrWhiteSpace(completion.Reasoning))
        {
            think.Append(completion.Reasoning.Trim());
        }

        var body = action.Groups["body"].Value.Trim();
        if (body.Length == 0)
        {
            return ParseResult.Invalid<Turn>($"the <{action.Groups["tag"].Value}> tag is empty");
        }

        var thought = think.ToString().Trim();
        return action.Groups["tag"].Value == "search"
            ? ParseResult.Valid<Turn>(new Turn(thought, body, null, kept))
            : ParseResult.Valid<Turn>(new Turn(thought, null, body, kept));
    }

    /// <summary>Past a leading think block, so that a tag the model only mentions while thinking is not taken for its action.</summary>
    private static int ActionSearchStart(string text)
    {
        if (!text.TrimStart().StartsWith("<think>", StringComparison.Ordinal))
        {
            return 0;
        }

        var close = text.IndexOf("</think>", StringComparison.Ordinal);
        return close < 0 ? 0 : close + "</think>".Length;
    }

    private static string Information(IReadOnlyList<string> documents) => documents.Count == 0
        ? "No results."
        : string.Join("\n", documents.Select((d, i) => $"Doc {i + 1}: {d}"));

    [GeneratedRegex(@"<(?<tag>search|answer)>(?<body>.*?)</\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex Action();

    [GeneratedRegex(@"<think>(?<body>.*?)</think>", RegexOptions.Singleline)]
    private static partial Regex Think();
}
