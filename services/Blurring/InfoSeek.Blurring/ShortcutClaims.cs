using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain.Questions;

namespace InfoSeek.Blurring;

/// <summary>
/// Leaves out of the root's candidate claims those that give the answer away: a claim that names no hidden
/// vertex and whose search puts the root's page first, in either ranking (<see cref="RunCorpus.RankingWithTopHitAsync"/>).
/// The Sampler rejects such a question as a shortcut, but only after it was verbalized and solved; here it
/// costs two searches per claim before the root's claims are chosen.
/// </summary>
public static class ShortcutClaims
{
    public static async Task<BlurNode> WithoutShortcutsAsync(BlurNode command, RunCorpus corpus, CancellationToken ct)
    {
        var vertex = command.Tree.Vertices.Single(v => v.Id == command.VertexId);
        if (vertex.ParentId is not null)
        {
            return command;
        }

        var kept = new List<ClaimCandidate>(command.Candidates.Count);
        foreach (var claim in command.Candidates)
        {
            // The claim as the question would state it once chosen: a claim of the root that names no tree vertex.
            var query = ReaderClues.Query(command.Tree, new TreeClaim(claim.Text, claim.Kind, null, claim.Target, claim.Evidence), claim);
            if (query.Length == 0 || await corpus.RankingWithTopHitAsync(query, vertex.Entity, ct) is null)
            {
                kept.Add(claim);
            }
        }

        return kept.Count == command.Candidates.Count ? command : command with { Candidates = kept };
    }
}
