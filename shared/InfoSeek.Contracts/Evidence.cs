using System.Text.Json.Serialization;

namespace InfoSeek.Contracts;

/// <summary>Where a claim comes from: a sentence of a corpus page, with its character offsets in the page text.</summary>
public sealed record Evidence(string PageTitle, string Sentence, int Start, int Length)
{
    /// <summary>A claim imported without evidence (InfoSeek's own trees carry none).</summary>
    public static readonly Evidence None = new("", "", 0, 0);

    [JsonIgnore]
    public bool IsNone => this == None;
}
