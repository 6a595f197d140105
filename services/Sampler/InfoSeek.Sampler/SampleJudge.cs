using InfoSeek.Contracts;
using InfoSeek.CorpusApi;

namespace InfoSeek.Sampler;

/// <summary>
/// Decides whether a question becomes data. Shortcut filter: rejected when one search already
/// answers it (the answer page is the top hit for the whole question or for any single claim).
/// Accepted questions get a tree-guided trajectory: the solver resolves the tree bottom-up with
/// real searches, recording for every search whether the page it looked for was retrieved.
/// </summary>
public sealed class SampleJudge(ICorpusApi corpus)
{
    public const int SearchDepth = 5;

    public async Task<SampleJudged> JudgeAsync(QuestionVerbalized m, CancellationToken ct)
    {
        var top = await TopHitAsync(m.Question, ct);
        if (top == m.Answer)
        {
            return new SampleJudged(m.RunId, m.TreeId, m.Step, false, "shortcut: the answer is the top hit for the whole question", null);
        }

        var root = m.Tree.Vertices.Single(v => v.ParentId is null);
        foreach (var claim in root.Claims.Where(c => c.TargetVertexId is null))
        {
            if (await TopHitAsync(ClaimQuery(claim, claim.Target), ct) == m.Answer)
            {
                return new SampleJudged(m.RunId, m.TreeId, m.Step, false, $"shortcut: the answer is the top hit for the claim '{claim.Text}'", null);
            }
        }

        var trajectory = await SolveAsync(m, ct);
        return new SampleJudged(m.RunId, m.TreeId, m.Step, true, null, trajectory);
    }

    /// <summary>Resolves blurred vertices deepest first; each search combines a vertex's claims with the names found below it.</summary>
    private async Task<Trajectory> SolveAsync(QuestionVerbalized m, CancellationToken ct)
    {
        var tree = m.Tree;
        var depth = tree.Vertices.ToDictionary(v => v.Id, v => Depth(tree, v));
        var found = new Dictionary<int, string>();
        var steps = new List<TrajectoryStep>();
        foreach (var vertex in tree.Vertices.Where(v => v.Blurred || v.ParentId is null).OrderByDescending(v => depth[v.Id]).ThenBy(v => v.Id))
        {
            steps.Add(new TrajectoryStep("think", $"I need {vertex.TypeDescriptor ?? "the entity"} that satisfies: {string.Join("; ", vertex.Claims.Select(c => c.Text))}."));
            var query = string.Join(' ', vertex.Claims.Select(c => ClaimQuery(c, c.TargetVertexId is { } t ? Name(tree, found, t) : c.Target)));
            var hits = (await corpus.SearchAsync(query, SearchDepth, ct)).Hits.Select(h => h.Title).ToList();
            steps.Add(new TrajectoryStep("search", query, hits, hits.Contains(vertex.Entity)));
            steps.Add(new TrajectoryStep("information", hits.Count == 0 ? "No results." : $"Top results: {string.Join(", ", hits)}."));
            found[vertex.Id] = hits.Count > 0 ? hits[0] : "";
        }

        var final = found.GetValueOrDefault(0, "");
        steps.Add(new TrajectoryStep("answer", final));
        return new Trajectory("tree-guided", steps, final, final == m.Answer);
    }

    private static string Name(TreeSnapshot tree, Dictionary<int, string> found, int vertexId)
    {
        var v = tree.Vertices.Single(x => x.Id == vertexId);
        return v.Blurred ? found.GetValueOrDefault(vertexId, "") : v.Entity;
    }

    private static int Depth(TreeSnapshot tree, VertexSnapshot v)
    {
        var d = 0;
        for (var p = v.ParentId; p is not null; p = tree.Vertices.Single(x => x.Id == p).ParentId)
        {
            d++;
        }

        return d;
    }

    private static string ClaimQuery(TreeClaim claim, string? target) =>
        Domain.ClaimText.Substitute(claim.Text, "", target ?? "").Trim();

    private async Task<string?> TopHitAsync(string query, CancellationToken ct)
    {
        var hits = (await corpus.SearchAsync(query, 1, ct)).Hits;
        return hits.Count > 0 ? hits[0].Title : null;
    }
}
