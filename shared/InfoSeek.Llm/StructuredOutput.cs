using System.Text.Json;
using System.Text.RegularExpressions;

namespace InfoSeek.Llm;

/// <summary>A parsed reply, or why it could not be used (told to the model in the corrective follow-up).</summary>
public readonly record struct ParseResult<T>(T? Value, string? Error)
{
    public bool IsValid => Error is null;
}

public static class ParseResult
{
    public static ParseResult<T> Valid<T>(T value) => new(value, null);

    public static ParseResult<T> Invalid<T>(string error) => new(default, error);
}

/// <summary>
/// Reads answers out of model replies: a final <c>\boxed{…}</c> or a JSON object (bare, or in a
/// ```json fence), after any <c>&lt;think&gt;</c> block. Never guesses: anything else is invalid.
/// </summary>
public static partial class StructuredOutput
{
    /// <summary>
    /// The text an answer is read from: the content without its thinking; when that is empty, the
    /// reasoning field, since some servers put a whole reply there when the model never closes its think block.
    /// </summary>
    public static string AnswerText(LlmCompletion completion)
    {
        var content = WithoutThinking(completion.Text);
        return string.IsNullOrWhiteSpace(content) && !string.IsNullOrWhiteSpace(completion.Reasoning)
            ? WithoutThinking(completion.Reasoning)
            : content;
    }

    /// <summary>Drops &lt;think&gt;…&lt;/think&gt; blocks; text after a lone &lt;/think&gt; is kept, text after an unclosed &lt;think&gt; is not.</summary>
    public static string WithoutThinking(string text)
    {
        var result = ThinkBlock().Replace(text, "");
        var close = result.LastIndexOf("</think>", StringComparison.OrdinalIgnoreCase);
        if (close >= 0)
        {
            result = result[(close + "</think>".Length)..];
        }

        var open = result.IndexOf("<think>", StringComparison.OrdinalIgnoreCase);
        if (open >= 0)
        {
            result = result[..open];
        }

        return result.Trim();
    }

    /// <summary>The content of the last \boxed{…}, with nested braces.</summary>
    public static ParseResult<string> Boxed(LlmCompletion completion)
    {
        var text = AnswerText(completion);
        var start = text.LastIndexOf(@"\boxed{", StringComparison.Ordinal);
        if (start < 0)
        {
            return ParseResult.Invalid<string>(@"the reply has no \boxed{...} answer");
        }

        var open = start + @"\boxed{".Length;
        var depth = 1;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                var answer = text[open..i].Trim();
                return answer.Length == 0
                    ? ParseResult.Invalid<string>(@"the \boxed{} answer is empty")
                    : ParseResult.Valid<string>(answer);
            }
        }

        return ParseResult.Invalid<string>(@"the \boxed{ answer is never closed");
    }

    /// <summary>The first JSON object of the reply: in a ``` fence if there is one, else the first balanced {…}.</summary>
    public static ParseResult<JsonElement> JsonObject(LlmCompletion completion)
    {
        var text = AnswerText(completion);
        string? lastError = null;
        foreach (Match fence in Fence().Matches(text))
        {
            var parsed = ParseObject(fence.Groups["body"].Value.Trim());
            if (parsed.IsValid)
            {
                return parsed;
            }

            lastError = parsed.Error;
        }

        var brace = text.IndexOf('{', StringComparison.Ordinal);
        if (brace < 0)
        {
            return ParseResult.Invalid<JsonElement>(lastError ?? "the reply has no JSON object");
        }

        var end = MatchingBrace(text, brace);
        return end < 0
            ? ParseResult.Invalid<JsonElement>("the JSON object is not complete (its closing brace is missing)")
            : ParseObject(text[brace..(end + 1)]);
    }

    /// <summary>The reply's JSON object as <typeparamref name="T"/>; property names as in its [JsonPropertyName] attributes.</summary>
    public static ParseResult<T> Json<T>(LlmCompletion completion)
        where T : class
    {
        var element = JsonObject(completion);
        if (!element.IsValid)
        {
            return ParseResult.Invalid<T>(element.Error!);
        }

        try
        {
            var value = element.Value.Deserialize<T>(Options);
            return value is null ? ParseResult.Invalid<T>("the JSON object is null") : ParseResult.Valid<T>(value);
        }
        catch (JsonException e)
        {
            return ParseResult.Invalid<T>($"the JSON object does not have the required fields and types ({e.Message})");
        }
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true };

    private static ParseResult<JsonElement> ParseObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? ParseResult.Valid<JsonElement>(document.RootElement.Clone())
                : ParseResult.Invalid<JsonElement>($"expected a JSON object, got a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}");
        }
        catch (JsonException e)
        {
            return ParseResult.Invalid<JsonElement>($"the JSON is invalid ({e.Message})");
        }
    }

    /// <summary>The index of the brace closing the one at <paramref name="open"/>, skipping strings; -1 when it never closes.</summary>
    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        var inString = false;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"<think>.*?</think>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ThinkBlock();

    [GeneratedRegex(@"```[a-zA-Z]*[ \t]*\r?\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
