using System.Text.Json;
using Dapper;
using InfoSeek.Contracts;
using InfoSeek.Domain;

namespace InfoSeek.Storage;

/// <summary>A tree's vertices and claims: rewritten whole with the tree, read back in id and claim order.</summary>
public sealed partial class StateTransaction
{
    private const string InsertVertex = """
        INSERT INTO vertices (tree_id, vertex_id, parent_id, entity, type_descriptor, browsed, blurred, candidates_json, certificate_json)
        VALUES (@TreeId, @VertexId, @ParentId, @Entity, @TypeDescriptor, @Browsed, @Blurred, @CandidatesJson, @CertificateJson)
        """;

    private const string InsertClaim = """
        INSERT INTO claims (tree_id, claim_no, vertex_id, target_vertex_id, kind, claim_text, target,
                            evidence_page, evidence_sentence, evidence_start, evidence_length, evidence_on_target)
        VALUES (@TreeId, @ClaimNo, @VertexId, @TargetVertexId, @Kind, @ClaimText, @Target,
                @EvidencePage, @EvidenceSentence, @EvidenceStart, @EvidenceLength, @EvidenceOnTarget)
        """;

    private async Task InsertVerticesAndClaimsAsync(ResearchTree tree)
    {
        var treeId = tree.TreeId.ToString();
        var vertices = tree.Vertices.Select(v => new
        {
            TreeId = treeId,
            VertexId = v.Id,
            v.ParentId,
            v.Entity,
            v.TypeDescriptor,
            v.Browsed,
            v.Blurred,
            CandidatesJson = v.Candidates.Count == 0 ? null : JsonSerializer.Serialize(v.Candidates, JsonDefaults.Options),
            CertificateJson = v.Certificate is null ? null : JsonSerializer.Serialize(v.Certificate, JsonDefaults.Options),
        }).ToList();
        await connection.ExecuteAsync(InsertVertex, vertices, transaction);

        var claimNo = 0;
        var claims = new List<object>();
        foreach (var vertex in tree.Vertices)
        {
            foreach (var claim in vertex.Claims)
            {
                claims.Add(new
                {
                    TreeId = treeId,
                    ClaimNo = claimNo++,
                    VertexId = vertex.Id,
                    claim.TargetVertexId,
                    Kind = claim.Kind.ToString(),
                    ClaimText = claim.Text,
                    claim.Target,
                    EvidencePage = claim.Evidence.PageTitle,
                    EvidenceSentence = claim.Evidence.Sentence,
                    EvidenceStart = claim.Evidence.Start,
                    EvidenceLength = claim.Evidence.Length,
                    claim.EvidenceOnTarget,
                });
            }
        }

        await connection.ExecuteAsync(InsertClaim, claims, transaction);
    }

    private const string SelectVertices = """
        SELECT vertex_id AS VertexId, parent_id AS ParentId, entity AS Entity, type_descriptor AS TypeDescriptor,
               browsed AS Browsed, blurred AS Blurred, candidates_json AS CandidatesJson, certificate_json AS CertificateJson
        FROM vertices WHERE tree_id = @TreeId ORDER BY vertex_id
        """;

    private const string SelectClaims = """
        SELECT vertex_id AS VertexId, target_vertex_id AS TargetVertexId, kind AS Kind, claim_text AS ClaimText, target AS Target,
               evidence_page AS EvidencePage, evidence_sentence AS EvidenceSentence, evidence_start AS EvidenceStart, evidence_length AS EvidenceLength,
               evidence_on_target AS EvidenceOnTarget
        FROM claims WHERE tree_id = @TreeId ORDER BY claim_no
        """;

    internal static TreeVertex ToVertex(VertexRow v) => new()
    {
        Id = v.VertexId,
        ParentId = v.ParentId,
        Entity = v.Entity,
        TypeDescriptor = v.TypeDescriptor,
        Browsed = v.Browsed,
        Blurred = v.Blurred,
        Candidates = v.CandidatesJson is null ? [] : JsonSerializer.Deserialize<List<ClaimCandidate>>(v.CandidatesJson, JsonDefaults.Options)!,
        Certificate = v.CertificateJson is null ? null : JsonSerializer.Deserialize<Certificate>(v.CertificateJson, JsonDefaults.Options),
    };

    /// <summary>Adds a claim row to its vertex, which must be in the tree already.</summary>
    internal static void AddClaim(ResearchTree tree, ClaimRow c) =>
        tree.Vertex(c.VertexId).Claims.Add(new TreeClaim(
            c.ClaimText,
            Enum.Parse<ClaimKind>(c.Kind),
            c.TargetVertexId,
            c.Target,
            new Evidence(c.EvidencePage, c.EvidenceSentence, c.EvidenceStart, c.EvidenceLength),
            c.EvidenceOnTarget));

    internal class VertexRow
    {
        public int VertexId { get; set; }

        public int? ParentId { get; set; }

        public string? Entity { get; set; }

        public string? TypeDescriptor { get; set; }

        public bool Browsed { get; set; }

        public bool Blurred { get; set; }

        public string? CandidatesJson { get; set; }

        public string? CertificateJson { get; set; }
    }

    internal class ClaimRow
    {
        public int VertexId { get; set; }

        public int? TargetVertexId { get; set; }

        public string Kind { get; set; } = "";

        public string ClaimText { get; set; } = "";

        public string? Target { get; set; }

        public string EvidencePage { get; set; } = "";

        public string EvidenceSentence { get; set; } = "";

        public int EvidenceStart { get; set; }

        public int EvidenceLength { get; set; }

        public bool EvidenceOnTarget { get; set; }
    }
}
