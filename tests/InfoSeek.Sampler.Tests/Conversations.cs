using System.Text.RegularExpressions;

namespace InfoSeek.Sampler.Tests;

/// <summary>Checks of the Search-R1 transcript in an SFT conversation's assistant turn.</summary>
public static partial class Conversations
{
    public static IReadOnlyList<string> Tags(string transcript) => Tag().Matches(transcript).Select(m => m.Value).ToList();

    /// <summary>
    /// Tags open and close in pairs without nesting; it starts with a think; every search is followed
    /// by its information; the transcript ends with &lt;answer&gt;finalAnswer&lt;/answer&gt; and nothing after it.
    /// </summary>
    public static void AssertWellFormed(string transcript, string finalAnswer)
    {
        var tags = Tags(transcript);
        Assert.NotEmpty(tags);
        Assert.Equal(0, tags.Count % 2);
        for (var i = 0; i < tags.Count; i += 2)
        {
            Assert.False(tags[i].StartsWith("</", StringComparison.Ordinal), $"tag {i} ({tags[i]}) closes before it opens");
            Assert.Equal(tags[i].Insert(1, "/"), tags[i + 1]);
        }

        var opening = tags.Where((_, i) => i % 2 == 0).ToList();
        Assert.Equal("<think>", opening[0]);
        Assert.Equal("<answer>", opening[^1]);
        Assert.Single(opening, t => t == "<answer>");
        for (var i = 0; i < opening.Count; i++)
        {
            if (opening[i] == "<search>")
            {
                Assert.Equal("<information>", opening[i + 1]);
                Assert.Equal("<think>", opening[i + 2]);
            }
        }

        Assert.EndsWith($"<answer>{finalAnswer}</answer>", transcript, StringComparison.Ordinal);
    }

    [GeneratedRegex("</?(think|search|information|answer)>")]
    private static partial Regex Tag();
}
