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
public sealed record ClaimCandidate(string Text, ClaimKind Kind, string? Target, bool TargetInCorpus, Evidence Evidence);
