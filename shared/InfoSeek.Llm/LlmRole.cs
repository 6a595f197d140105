namespace InfoSeek.Llm;

/// <summary>The agent roles that may call a language model; each has its own "Llm:&lt;Role&gt;" configuration block.</summary>
public enum LlmRole
{
    Planner,
    Browser,
    Blurring,
    Verbalizer,
    Sampler,
}
