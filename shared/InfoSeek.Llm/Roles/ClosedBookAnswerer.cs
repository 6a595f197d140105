namespace InfoSeek.Llm.Roles;

/// <summary>
/// Sampler role: answers a question from the model's own knowledge, without search (prompt
/// sampler.closedbook.v1). A question the model answers this way is too easy for deep research.
/// </summary>
public sealed class ClosedBookAnswerer(LlmClients clients)
{
    public const string PromptId = "sampler.closedbook.v1";

    private static readonly PromptTemplate Prompt = PromptTemplate.Load(PromptId);

    public bool IsConfigured => clients.IsConfigured(LlmRole.Sampler);

    public async Task<string> AnswerAsync(Guid runId, string question, CancellationToken ct)
    {
        var messages = Prompt.Render(new Dictionary<string, string> { ["question"] = question });
        return await clients.Require(LlmRole.Sampler).CompleteAsync(runId, messages, StructuredOutput.Boxed, ct);
    }
}
