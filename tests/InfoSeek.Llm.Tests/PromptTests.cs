using InfoSeek.Llm.Roles;

namespace InfoSeek.Llm.Tests;

public sealed class PromptTests
{
    [Fact]
    public void Every_role_client_prompt_is_embedded_with_a_system_and_a_user_part()
    {
        string[] used = [ActionChooser.PromptId, LinkChooser.PromptId, AttributeMiner.PromptId, ClaimChooser.PromptId, QuestionRewriter.PromptId, ClosedBookAnswerer.PromptId, SearchSolver.PromptId];

        Assert.Equal(used.Order(StringComparer.Ordinal), PromptTemplate.Available());
        Assert.All(used, id =>
        {
            var prompt = PromptTemplate.Load(id);
            Assert.False(string.IsNullOrWhiteSpace(prompt.System), $"{id} has no system part");
            Assert.False(string.IsNullOrWhiteSpace(prompt.User), $"{id} has no user part");
            Assert.Matches(@"\.v\d+$", id);
        });
    }

    [Fact]
    public void Placeholders_are_filled_and_values_are_inserted_verbatim_without_being_expanded_again()
    {
        var prompt = PromptTemplate.Load(QuestionRewriter.PromptId);
        Assert.Equal(new HashSet<string> { "question", "tree" }, prompt.Placeholders);

        var messages = prompt.Render(new Dictionary<string, string> { ["question"] = "What is {tree}?", ["tree"] = "A -> B" });

        Assert.Contains("What is {tree}?", messages[1].Content);
        Assert.Contains("A -> B", messages[1].Content);
        Assert.Contains(@"\boxed{...}", messages[0].Content);
    }

    [Fact]
    public void Rendering_without_a_value_for_a_placeholder_fails_naming_the_placeholder()
    {
        var e = Assert.Throws<ArgumentException>(() => PromptTemplate.Load(SearchSolver.PromptId).Render(new Dictionary<string, string> { ["question"] = "q" }));
        Assert.Contains("'sampler.search.v1' needs a value for {max_turns}", e.Message);
    }

    [Fact]
    public void Rendering_with_a_value_that_has_no_placeholder_fails_naming_the_value()
    {
        var e = Assert.Throws<ArgumentException>(() => PromptTemplate.Load(ClosedBookAnswerer.PromptId)
            .Render(new Dictionary<string, string> { ["question"] = "q", ["answer"] = "a" }));
        Assert.Contains("has no placeholder {answer}", e.Message);
    }

    [Fact]
    public void An_unknown_prompt_or_one_without_its_parts_fails_clearly()
    {
        Assert.Contains("No prompt 'verbalizer.rewrite.v9'", Assert.Throws<InvalidOperationException>(() => PromptTemplate.Load("verbalizer.rewrite.v9")).Message);
        Assert.Contains("'=== system ==='", Assert.Throws<InvalidOperationException>(() => PromptTemplate.Parse("x", "just text {a}")).Message);
    }
}
