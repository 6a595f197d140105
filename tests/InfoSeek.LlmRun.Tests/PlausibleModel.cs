using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InfoSeek.Llm.Tests;

namespace InfoSeek.LlmRun.Tests;

/// <summary>
/// Answers each role's prompt the way a careful small model might, computed from the prompt alone:
/// it reads the options, links, page text, candidates, draft or documents it is shown and replies in
/// the prompt's format. It knows nothing of the corpus or of the questions a run will produce.
/// </summary>
public static partial class PlausibleModel
{
    public static Reply Respond(ReceivedRequest request)
    {
        var messages = request.Messages.Select(m => (Role: (string)m!["role"]!, Content: (string)m!["content"]!)).ToList();
        var system = messages[0].Content;
        var user = messages[1].Content;
        var reply = system switch
        {
            _ when system.Contains("You are the planner", StringComparison.Ordinal) => Planner(user),
            _ when system.Contains("choose which of its hyperlinks", StringComparison.Ordinal) => Link(user),
            _ when system.Contains("extract attribute claims", StringComparison.Ordinal) => Claims(system, user),
            _ when system.Contains("blurring judge", StringComparison.Ordinal) => Judge(system, user),
            _ when system.Contains("You edit deep-research questions", StringComparison.Ordinal) => Rewrite(user),
            _ when system.Contains("from your own knowledge", StringComparison.Ordinal) => ClosedBook(user),
            _ when system.Contains("reasoning and searching", StringComparison.Ordinal) => Search(messages),
            _ => throw new InvalidOperationException($"No role recognised in the system prompt: {system[..Math.Min(80, system.Length)]}"),
        };
        return Reply.Completion(reply, Words(messages.Select(m => m.Content)), Words([reply]));
    }

    /// <summary>Prefers the deepest allowed vertex: deeper trees need more steps of reasoning.</summary>
    private static string Planner(string user)
    {
        var options = OptionLine().Matches(Section(user, "Allowed actions (choose exactly one):"))
            .Select(m => (Json: m.Groups["json"].Value, Depth: int.Parse(m.Groups["depth"].Value, CultureInfo.InvariantCulture)))
            .ToList();
        var best = options.OrderByDescending(o => o.Depth).First();
        var chosen = JsonNode.Parse(best.Json)!.AsObject();
        chosen["reason"] = "the deepest vertex makes the question need more steps";
        return chosen.ToJsonString();
    }

    /// <summary>
    /// Prefers a link named early in its sentence (a short, plain relation to the page's subject) whose
    /// title has no digits and is not already in the tree.
    /// </summary>
    private static string Link(string user)
    {
        var inTree = Line(user, "Entities already in the tree: ").Split("; ");
        var links = Section(user, "Links (title: the sentence where it appears):").Split('\n')
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal))
            .Select(l => (Title: l[2..l.IndexOf(": ", StringComparison.Ordinal)], Sentence: l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..]))
            .ToList();
        var title = links
            .Where(l => !l.Title.Any(char.IsDigit) && !inTree.Contains(l.Title, StringComparer.OrdinalIgnoreCase))
            .OrderBy(l => l.Sentence.IndexOf(l.Title.Split(' ')[0], StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? at : int.MaxValue)
            .Select(l => l.Title)
            .FirstOrDefault() ?? links[0].Title;
        return new JsonObject { ["link"] = title, ["reason"] = "a specific entity with a page of its own" }.ToJsonString();
    }

    /// <summary>Claims from sentences whose subject is the page's entity and that hold a number, the sentence quoted as evidence.</summary>
    private static string Claims(string system, string user)
    {
        var title = Line(user, "Subject (the page title): ");
        var max = int.Parse(MaxClaims().Match(system).Groups[1].Value, CultureInfo.InvariantCulture);
        var text = Section(user, "Page text:");
        var bare = Disambiguation().Replace(title, "");
        var claims = new JsonArray();
        foreach (var sentence in SentenceEnd().Split(text.Replace('\n', ' ')).Select(s => s.Trim()))
        {
            var subject = new[] { bare, "It", "He", "She", "They" }.FirstOrDefault(s => sentence.StartsWith(s + " ", StringComparison.Ordinal));
            var rest = subject is null ? "" : sentence[(subject.Length + 1)..].TrimEnd('.');
            if (subject is null || !rest.Any(char.IsDigit) || rest.Contains(bare, StringComparison.OrdinalIgnoreCase) || rest.Split(' ').Length > 14)
            {
                continue;
            }

            claims.Add(new JsonObject { ["claim"] = $"A {rest}", ["evidence"] = sentence });
            if (claims.Count == max)
            {
                break;
            }
        }

        if (claims.Count == 0)
        {
            // Nothing numeric about the subject: its lead sentence still says what it is.
            var lead = SentenceEnd().Split(text.Replace('\n', ' ')).Select(s => s.Trim()).First(s => s.Split(' ').Length >= 3);
            claims.Add(new JsonObject { ["claim"] = "A is described by the lead sentence of its page", ["evidence"] = lead });
        }

        return new JsonObject { ["claims"] = claims }.ToJsonString();
    }

    /// <summary>The fuzzier claims first (more pages alone), as the prompt asks: together they still narrow the entity down.</summary>
    private static string Judge(string system, string user)
    {
        var max = int.Parse(ChooseAtMost().Match(system).Groups[1].Value, CultureInfo.InvariantCulture);
        var ranked = CandidateLine().Matches(user)
            .Select(m => (Number: int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), Pages: int.Parse(m.Groups["pages"].Value, CultureInfo.InvariantCulture)))
            .OrderByDescending(c => c.Pages)
            .ThenBy(c => c.Number)
            .Take(max)
            .Select(c => (JsonNode)c.Number)
            .ToArray();
        return new JsonObject { ["claims"] = new JsonArray(ranked), ["reason"] = "fuzzy clues that narrow the entity down together" }.ToJsonString();
    }

    /// <summary>Keeps every word of the draft and asks with "Which" instead of "What is".</summary>
    private static string Rewrite(string user)
    {
        var draft = Section(user, "Draft question:").Split("\n\n")[0].Trim();
        var question = draft.StartsWith("What is the ", StringComparison.Ordinal) ? "Which is the " + draft["What is the ".Length..] : draft;
        return $"<think>The draft keeps every constraint; a lighter opening reads better.</think>\n\\boxed{{{question}}}";
    }

    /// <summary>A guess from the question's own words: the first capitalised name after its first word.</summary>
    private static string ClosedBook(string user)
    {
        var guess = ProperName().Matches(user).Select(m => m.Value).FirstOrDefault(n => n.Length > 3) ?? "I do not know";
        return $"I am not sure; my best guess is a name the question mentions.\n\\boxed{{{guess}}}";
    }

    /// <summary>Searches with the question's opening words, then answers with the top document's title.</summary>
    private static string Search(List<(string Role, string Content)> messages)
    {
        var last = messages[^1].Content;
        if (messages[^1].Role == "user" && last.Contains("<information>", StringComparison.Ordinal))
        {
            var top = TopTitle().Match(last);
            var answer = top.Success ? top.Groups[1].Value : "unknown";
            return $"<think>The first document fits the clues best.</think>\n<answer>{answer}</answer>";
        }

        var question = Line(messages[1].Content, "Question: ").TrimEnd('?');
        var query = string.Join(' ', question.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(12));
        return $"<think>I start from the most specific clues of the question.</think>\n<search>{query}</search>";
    }

    private static int Words(IEnumerable<string> texts) => texts.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    private static string Section(string text, string heading)
    {
        var at = text.IndexOf(heading, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException($"The prompt has no '{heading}'.") : text[(at + heading.Length)..].Trim();
    }

    private static string Line(string text, string prefix) =>
        text.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..].Trim()
        ?? throw new InvalidOperationException($"The prompt has no line starting '{prefix}'.");

    [GeneratedRegex(@"^- (?<json>\{.*?\}): .*?\(depth (?<depth>\d+)", RegexOptions.Multiline)]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"^(?<n>\d+)\. .* \[(?<pages>\d+)\]$", RegexOptions.Multiline)]
    private static partial Regex CandidateLine();

    [GeneratedRegex(@"Give at most (\d+) claims")]
    private static partial Regex MaxClaims();

    [GeneratedRegex(@"Choose at most (\d+)\.")]
    private static partial Regex ChooseAtMost();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s*\([^)]*\)$")]
    private static partial Regex Disambiguation();

    [GeneratedRegex(@"(?<=\s)[A-Z][a-z]+(?: [A-Z][a-z]+)*")]
    private static partial Regex ProperName();

    [GeneratedRegex(@"Doc 1: \(Title: (.*?)\)")]
    private static partial Regex TopTitle();
}
