namespace InfoSeek.Llm.Roles;

/// <summary>Verbalizer role: rewrites a generated question fluently, keeping its constraints (prompt verbalizer.rewrite.v1).</summary>
public sealed class QuestionRewriter(LlmClients clients)
{
    public const string PromptId = "verbalizer.rewrite.v1";

    private static readonly PromptTemplate Prompt = PromptTemplate.Load(PromptId);

    public bool IsConfigured => clients.IsConfigured(LlmRole.Verbalizer);

    /// <returns>The rewritten question; the caller still runs its own leak checks on it.</returns>
    public Task<string> RewriteAsync(Guid runId, string question, string treeDescription, CancellationToken ct) =>
        RewriteAsync(runId, question, treeDescription, _ => null, ct);

    /// <param name="check">The caller's checks (leaks, coverage): the problem of a question, or null. A rewrite that
    /// fails them counts as unusable, so it gets the corrective retry and then fails like any unusable reply.</param>
    public async Task<string> RewriteAsync(Guid runId, string question, string treeDescription, Func<string, string?> check, CancellationToken ct)
    {
        var messages = Prompt.Render(new Dictionary<string, string> { ["question"] = question, ["tree"] = treeDescription });
        return await clients.Require(LlmRole.Verbalizer).CompleteAsync(runId, messages, c => Parse(c) is { IsValid: true, Value: { } q } && check(q) is { } problem
            ? ParseResult.Invalid<string>($"the question fails a check: {problem}")
            : Parse(c), ct);
    }

    public static ParseResult<string> Parse(LlmCompletion completion)
    {
        var boxed = StructuredOutput.Boxed(completion);
        if (!boxed.IsValid)
        {
            return boxed;
        }

        var question = string.Join(' ', boxed.Value!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (!question.EndsWith('?'))
        {
            return ParseResult.Invalid<string>(@"the question in \boxed{...} must end with a question mark");
        }

        return question.Split(' ').Length < 4
            ? ParseResult.Invalid<string>(@"the \boxed{...} question is too short to keep the draft's constraints")
            : ParseResult.Valid<string>(question);
    }
}
