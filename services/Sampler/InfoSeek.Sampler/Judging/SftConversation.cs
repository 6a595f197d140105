using System.Text;
using InfoSeek.Contracts;

namespace InfoSeek.Sampler;

/// <summary>
/// A trajectory in the SFT conversation form that InfoSeek's and Search-R1's trainers read:
/// <c>{"conversation": [{"role": "system"}, {"role": "user"}, {"role": "assistant"}]}</c>. As in
/// Search-R1 rollouts, the whole transcript is one assistant turn: <c>&lt;think&gt;…&lt;/think&gt;</c>,
/// <c>&lt;search&gt;query&lt;/search&gt;</c>, the engine's reply inline as
/// <c>\n\n&lt;information&gt;Doc 1(Title: T) text…&lt;/information&gt;\n\n</c>, more of the same, and
/// finally <c>&lt;answer&gt;…&lt;/answer&gt;</c>. InfoSeek's SFT script trains on the last assistant turn and
/// masks the <c>&lt;information&gt;</c> blocks, so splitting the transcript into several turns would
/// lose all but the final answer.
/// </summary>
public static class SftConversation
{
    public const string SystemPrompt =
        "Answer the question. Reason inside <think> and </think> before every action and whenever new information arrives. " +
        "To look something up, write a search query inside <search> and </search>; the search engine replies with its top results " +
        "inside <information> and </information>. Search as many times as you need. When you know the answer, give only the answer " +
        "inside <answer> and </answer>, for example <answer> Marie Curie </answer>.";

    public static IReadOnlyList<(string Role, string Content)> Build(string question, Trajectory trajectory)
    {
        var transcript = new StringBuilder();
        foreach (var step in trajectory.Steps)
        {
            transcript.Append(step.Kind switch
            {
                "think" => $"<think>{step.Content}</think>\n",
                "search" => $"<search>{step.Content}</search>",
                "information" => $"\n\n<information>{step.Content}</information>\n\n",
                "answer" => $"<answer>{step.Content}</answer>",
                _ => throw new InvalidOperationException($"Trajectory step kind '{step.Kind}' has no conversation form."),
            });
        }

        return [("system", SystemPrompt), ("user", question), ("assistant", transcript.ToString())];
    }
}
