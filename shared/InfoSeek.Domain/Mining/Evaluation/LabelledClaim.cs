using System.Text.Json;
using System.Text.Json.Serialization;
using InfoSeek.Contracts;

namespace InfoSeek.Domain.Mining.Evaluation;

/// <summary>
/// A mined claim labelled by a person who read it against its page: <c>true</c> (the page says it of the
/// entity, with what its truth depends on), <c>vague</c> (true, but names nothing a reader can check) or
/// <c>false</c>. One JSON object per line of a labels file (data/eval/claims.jsonl).
/// </summary>
/// <param name="Corpus">The corpus file's name ("pages.jsonl.gz"): labels of other corpora are not read.</param>
/// <param name="EvidenceStart">Where the evidence sentence starts in the page text: with the page, kind, text and target, what identifies the claim.</param>
/// <param name="Round">The labelling round: 1 for the set labelled before the miner was tuned on it, higher for claims the miner emitted later.</param>
public sealed record LabelledClaim(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("corpus")] string Corpus,
    [property: JsonPropertyName("page")] string Page,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("target")] string? Target,
    [property: JsonPropertyName("evidence_start")] int EvidenceStart,
    [property: JsonPropertyName("evidence")] string Evidence,
    [property: JsonPropertyName("label")] string? Label,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("round")] int Round)
{
    public static readonly string[] Labels = ["true", "vague", "false"];

    /// <summary>What identifies a mined claim across runs of the miner.</summary>
    [JsonIgnore]
    public (string Page, string Kind, string Text, string? Target, int EvidenceStart) Key => (Page, Kind, Text, Target, EvidenceStart);

    public static (string Page, string Kind, string Text, string? Target, int EvidenceStart) KeyOf(string page, ClaimCandidate claim) =>
        (page, KindName(claim.Kind), claim.Text, claim.Target, claim.Evidence.Start);

    public static string KindName(ClaimKind kind) => kind == ClaimKind.Relation ? "relation" : "attribute";

    /// <summary>An unlabelled line for a claim the miner emits, to be labelled by reading the page.</summary>
    public static LabelledClaim Unlabelled(string id, string corpus, string page, ClaimCandidate claim, int round) =>
        new(id, corpus, page, KindName(claim.Kind), claim.Text, claim.Target, claim.Evidence.Start, claim.Evidence.Sentence, null, null, round);

    public string ToJson() => JsonSerializer.Serialize(this, LabelsFile.Json);

    /// <summary>Reads a labels file; a malformed line is an error naming the file and the line.</summary>
    public static List<LabelledClaim> Load(string path)
    {
        var keys = new HashSet<(string, string, string, string, string?, int)>();
        return LabelsFile.Load<LabelledClaim>(path, "a labelled claim", claim =>
            string.IsNullOrEmpty(claim.Corpus) || string.IsNullOrEmpty(claim.Page) || string.IsNullOrEmpty(claim.Text) ? "corpus, page and text are required"
            : claim.Kind is not ("relation" or "attribute") ? $"kind must be relation or attribute (was '{claim.Kind}')"
            : claim.Label is not null && !Labels.Contains(claim.Label) ? $"label must be true, vague or false (was '{claim.Label}')"
            : !keys.Add((claim.Corpus, claim.Page, claim.Kind, claim.Text, claim.Target, claim.EvidenceStart)) ? $"the claim '{claim.Text}' of '{claim.Page}' is labelled twice"
            : null);
    }
}
