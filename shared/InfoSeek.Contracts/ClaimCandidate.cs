using System.Text.Json.Serialization;

namespace InfoSeek.Contracts;

/// <summary>
/// An atomic statement about a page's entity, written with placeholders: "A" stands for the
/// entity itself and "B" for the related entity of a relation claim.
/// </summary>
/// <param name="Text">The claim with placeholders, e.g. "A was named by B".</param>
/// <param name="Kind">Relation or attribute.</param>
/// <param name="Target">For a relation claim: the related entity's title as linked (may lie outside the corpus).</param>
/// <param name="TargetInCorpus">True when the related entity has its own page in the corpus.</param>
/// <param name="Evidence">The sentence the claim was read from.</param>
/// <param name="CluePages">
/// For a relation to a page of the corpus: how many pages satisfy it read with the related entity
/// unknown, as a solver reads the relation to a hidden vertex, counted up to <see cref="ClaimCandidateExtensions.MinCluePages"/>;
/// null when not counted or too general to count exactly. A relation that extends a tree needs that many, or it gives its vertex away.
/// </param>
/// <param name="EvidenceOnTarget">
/// True for a relation read from the related entity's page: a sentence of page B that links to A ("B joined A",
/// read on B's page) is a claim about A too. Its evidence is a sentence of the target's page.
/// </param>
/// <param name="FromTargetsLead">
/// True for a relation read from the lead of the target's page that names this entity alone ("Brasília is the capital
/// of Brazil", about Brazil): with its target named, one look at the target's page answers it, so it is no clue; it may
/// still extend a tree through a hidden target.
/// </param>
/// <param name="NameOpensSentenceOnly">
/// True for a relation read from the target's page whose sentence opens with the target's title, where that page writes
/// the title in lower case ("Cricket is also a major sport in England", on a page that says "cricket"): named in a
/// question, it would stand capitalised mid-sentence ("in which Cricket is a major sport"), so it is no named clue; it
/// may still extend a tree through a hidden target.
/// </param>
public sealed record ClaimCandidate(
    string Text,
    ClaimKind Kind,
    string? Target,
    bool TargetInCorpus,
    Evidence Evidence,
    int? CluePages = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool EvidenceOnTarget = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool FromTargetsLead = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool NameOpensSentenceOnly = false);

public static class ClaimCandidateExtensions
{
    /// <summary>The pages a relation must fit with its target unknown before a tree may grow through it.</summary>
    public const int MinCluePages = 2;

    /// <summary>
    /// Whether a tree may grow through this claim: a relation to a page of the corpus that fits two pages or more
    /// with its target unknown, and whose related entity ends the claim ("A was named by B"), so that the question
    /// can describe it in its place; a B used as a modifier ("A assisted on a B goal") cannot be. A relation read
    /// from the target's page starts with its related entity instead ("B joined A": "the organisation that … joined").
    /// </summary>
    public static bool CanGrowTree(this ClaimCandidate claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Kind == ClaimKind.Relation && claim.TargetInCorpus && claim.Target is not null && claim.CluePages >= MinCluePages
            && (claim.EvidenceOnTarget
                ? claim.Text.StartsWith("B ", StringComparison.Ordinal)
                : claim.Text.EndsWith(" B", StringComparison.Ordinal));
    }
}
