namespace InfoSeek.Contracts;

/// <summary>
/// Proof that a blurred vertex is pinned down by its claims: every claim alone admits several
/// pages, together exactly one.
/// </summary>
/// <param name="Entity">The vertex the claims identify.</param>
/// <param name="Claims">Each chosen claim with the size of its candidate set and a few other members.</param>
/// <param name="Intersection">The pages satisfying every claim; a valid certificate has exactly the entity.</param>
public sealed record Certificate(string Entity, IReadOnlyList<ClaimCertificate> Claims, IReadOnlyList<string> Intersection);

/// <param name="Claim">The claim text with placeholders.</param>
/// <param name="CandidateCount">|S(c)|: how many corpus pages satisfy the claim.</param>
/// <param name="OtherCandidates">A few members of S(c) other than the entity, sorted by title.</param>
public sealed record ClaimCertificate(string Claim, int CandidateCount, IReadOnlyList<string> OtherCandidates);
