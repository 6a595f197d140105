namespace InfoSeek.Contracts;

/// <summary>
/// Asks the Browser to read a page and mine its claims. Title null asks for a root page: the
/// RootNumber-th extendable page in an order of the corpus drawn from RandomSeed, so the trees of
/// one run start from different pages until every extendable page has been used (a run with several
/// questions per answer gives consecutive trees the same RootNumber). A root is extendable
/// when it has a type, MinLinks relations a tree can grow through, and a tree of MinVertices can grow
/// from it within MaxDepth and MaxBreadth. Backends and Corpus are the run's (null: deterministic; the
/// Browser's default corpus).
/// </summary>
public sealed record BrowsePage(
    Guid RunId, Guid TreeId, int Step, int VertexId, string? Title, int RandomSeed, int MinLinks, int RootNumber = 1, AgentBackends? Backends = null,
    string? Corpus = null, int MinVertices = 1, int MaxDepth = 3, int MaxBreadth = 3) : ITreeMessage;
