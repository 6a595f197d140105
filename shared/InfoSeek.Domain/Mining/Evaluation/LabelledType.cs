using System.Text.Json;
using System.Text.Json.Serialization;

namespace InfoSeek.Domain.Mining.Evaluation;

/// <summary>
/// A page's type descriptor as a question shows it ("a 1965 album"), labelled by a person who read the page's lead:
/// <c>good</c> (a noun phrase a person would use for the entity, and true of it), <c>poor</c> (true, but a fragment,
/// garbled, or a head that says nothing: "a Russian composer best", "an international", "a part") or <c>false</c>
/// (not what the entity is). One JSON object per line of data/eval/types.jsonl.
/// </summary>
/// <param name="Lead">The opening of the page's text the label was given on.</param>
/// <param name="Round">The labelling round: 1 for the set labelled before the rules were tuned on it, higher for pages drawn later.</param>
public sealed record LabelledType(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("corpus")] string Corpus,
    [property: JsonPropertyName("page")] string Page,
    [property: JsonPropertyName("lead")] string Lead,
    [property: JsonPropertyName("descriptor")] string Descriptor,
    [property: JsonPropertyName("label")] string? Label,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("round")] int Round)
{
    public static readonly string[] Labels = ["good", "poor", "false"];

    /// <summary>How much of the page's opening a labeller is shown.</summary>
    public const int LeadLength = 400;

    public string ToJson() => JsonSerializer.Serialize(this, LabelsFile.Json);

    /// <summary>Reads a labels file; a malformed line is an error naming the file and the line.</summary>
    public static List<LabelledType> Load(string path)
    {
        var keys = new HashSet<(string, string, string)>();
        return LabelsFile.Load<LabelledType>(path, "a labelled type", type =>
            string.IsNullOrEmpty(type.Corpus) || string.IsNullOrEmpty(type.Page) || string.IsNullOrEmpty(type.Descriptor) ? "corpus, page and descriptor are required"
            : type.Label is not null && !Labels.Contains(type.Label) ? $"label must be good, poor or false (was '{type.Label}')"
            : !keys.Add((type.Corpus, type.Page, type.Descriptor)) ? $"the type '{type.Descriptor}' of '{type.Page}' is labelled twice"
            : null);
    }
}
