using System.Text.RegularExpressions;

namespace InfoSeek.Llm;

/// <summary>
/// A versioned prompt shipped as an embedded file, "Prompts/&lt;role&gt;.&lt;task&gt;.v&lt;N&gt;.md": a
/// "=== system ===" part and a "=== user ===" part with {placeholders} (lower-case names). Rendering
/// fails when a placeholder has no value or a value has no placeholder, so a renamed field cannot
/// silently leave a hole in a prompt.
/// </summary>
public sealed partial class PromptTemplate
{
    private const string SystemMarker = "=== system ===";
    private const string UserMarker = "=== user ===";

    private PromptTemplate(string id, string system, string user)
    {
        Id = id;
        System = system;
        User = user;
        Placeholders = Placeholder().Matches(system + "\n" + user).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The file name without ".md", e.g. "verbalizer.rewrite.v1".</summary>
    public string Id { get; }

    public string System { get; }

    public string User { get; }

    public IReadOnlySet<string> Placeholders { get; }

    /// <summary>The ids of every embedded prompt.</summary>
    public static IReadOnlyList<string> Available() =>
        typeof(PromptTemplate).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^3])
            .Order(StringComparer.Ordinal)
            .ToList();

    public static PromptTemplate Load(string id)
    {
        using var stream = typeof(PromptTemplate).Assembly.GetManifestResourceStream($"{ResourcePrefix}{id}.md")
            ?? throw new InvalidOperationException($"No prompt '{id}': the embedded prompts are {string.Join(", ", Available())}.");
        using var reader = new StreamReader(stream);
        return Parse(id, reader.ReadToEnd());
    }

    public static PromptTemplate Parse(string id, string text)
    {
        text = text.ReplaceLineEndings("\n");
        var system = text.IndexOf(SystemMarker + "\n", StringComparison.Ordinal);
        var user = text.IndexOf(UserMarker + "\n", StringComparison.Ordinal);
        if (system < 0 || user < 0 || user < system)
        {
            throw new InvalidOperationException($"Prompt '{id}' must have a '{SystemMarker}' line followed later by a '{UserMarker}' line.");
        }

        return new PromptTemplate(
            id,
            text[(system + SystemMarker.Length + 1)..user].Trim(),
            text[(user + UserMarker.Length + 1)..].Trim());
    }

    /// <summary>The system and user messages with every placeholder filled (values are inserted as they are, never re-expanded).</summary>
    public IReadOnlyList<ChatMessage> Render(IReadOnlyDictionary<string, string> values)
    {
        var missing = Placeholders.Where(p => !values.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Prompt '{Id}' needs a value for {string.Join(", ", missing.Select(m => $"{{{m}}}"))}.", nameof(values));
        }

        var unknown = values.Keys.Where(k => !Placeholders.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Prompt '{Id}' has no placeholder {string.Join(", ", unknown.Select(u => $"{{{u}}}"))}.", nameof(values));
        }

        return [ChatMessage.System(Fill(System, values)), ChatMessage.User(Fill(User, values))];
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values[m.Groups["name"].Value]);

    private static string ResourcePrefix => "InfoSeek.Llm.Prompts.";

    [GeneratedRegex(@"\{(?<name>[a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
