namespace InfoSeek.Llm.Tests;

public sealed class StructuredOutputTests
{
    private static LlmCompletion Reply(string text, string? reasoning = null, string finish = "stop") =>
        new(text, reasoning, finish, 1, 1, TimeSpan.Zero);

    [Fact]
    public void The_last_boxed_answer_is_taken_with_its_nested_braces()
    {
        var parsed = StructuredOutput.Boxed(Reply(@"First guess \boxed{Paris}. On reflection: \boxed{The {Old} Bridge}"));
        Assert.Equal("The {Old} Bridge", parsed.Value);
    }

    [Fact]
    public void A_reply_without_a_boxed_answer_is_invalid_and_says_so()
    {
        var parsed = StructuredOutput.Boxed(Reply("The answer is Paris."));
        Assert.False(parsed.IsValid);
        Assert.Contains(@"no \boxed{...}", parsed.Error);
    }

    [Fact]
    public void A_boxed_answer_inside_the_think_block_does_not_count()
    {
        var parsed = StructuredOutput.Boxed(Reply(@"<think>maybe \boxed{Lyon}?</think>I am not sure."));
        Assert.False(parsed.IsValid);
    }

    [Fact]
    public void A_json_fence_after_a_think_block_is_parsed()
    {
        var parsed = StructuredOutput.JsonObject(Reply("<think>{\"draft\": true} no wait</think>\nHere:\n```json\n{\"link\": \"Apollo 11\"}\n```\nDone."));
        Assert.Equal("Apollo 11", parsed.Value.GetProperty("link").GetString());
    }

    [Fact]
    public void A_bare_json_object_amid_prose_is_parsed_and_braces_in_its_strings_do_not_end_it()
    {
        var parsed = StructuredOutput.JsonObject(Reply("Sure! {\"reason\": \"a } inside\", \"vertex\": 2} Hope this helps."));
        Assert.Equal(2, parsed.Value.GetProperty("vertex").GetInt32());
        Assert.Equal("a } inside", parsed.Value.GetProperty("reason").GetString());
    }

    [Fact]
    public void A_json_object_cut_off_before_its_closing_brace_is_invalid()
    {
        var parsed = StructuredOutput.JsonObject(Reply("```json\n{\"claims\": [{\"claim\": \"A was founded in", finish: "length"));
        Assert.False(parsed.IsValid);
        Assert.Contains("not complete", parsed.Error);
    }

    [Fact]
    public void A_json_array_is_not_accepted_where_an_object_is_required()
    {
        var parsed = StructuredOutput.JsonObject(Reply("```json\n[1, 2]\n```"));
        Assert.False(parsed.IsValid);
        Assert.Contains("expected a JSON object", parsed.Error);
    }

    [Fact]
    public void Text_after_an_unclosed_think_tag_is_thinking_and_holds_no_answer()
    {
        Assert.Equal("", StructuredOutput.WithoutThinking(@"<think>I believe \boxed{Rome}"));
        Assert.Equal(@"\boxed{Rome}", StructuredOutput.WithoutThinking(@"reasoning without an opening tag</think> \boxed{Rome}"));
    }

    [Fact]
    public void An_empty_content_falls_back_to_the_reasoning_field()
    {
        var parsed = StructuredOutput.Boxed(Reply("", reasoning: @"Thinking it through... \boxed{Vienna}"));
        Assert.Equal("Vienna", parsed.Value);
    }
}
