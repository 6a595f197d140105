using System.Text.Json;
using System.Text.Json.Nodes;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.Mining;
using InfoSeek.Domain.Questions;
using InfoSeek.Domain;
using InfoSeek.TestSupport;

namespace InfoSeek.Verbalizer.Tests;

/// <summary>
/// Research trees made of real pages of the sample corpus: each vertex is a page, its type descriptor and
/// claims are what the Browser agent mines from it, each claim keeps its evidence sentence. Opened once for
/// the whole test assembly.
/// </summary>
public sealed class SampleTrees : IDisposable
{
    private readonly Dictionary<string, BrowsedPage> browsed = [];

    public CorpusIndex Index { get; } = CorpusIndex.Open(Repository.SampleIndex);

    public BrowsedPage Browse(string title)
    {
        if (!browsed.TryGetValue(title, out var page))
        {
            var corpusPage = Index.FindPage(title) ?? throw new InvalidOperationException($"No page \"{title}\" in the sample corpus.");
            browsed[title] = page = ClaimMiner.Mine(corpusPage, Index.Resolve);
        }

        return page;
    }

    /// <summary>
    /// A chain root → … → last: each page's relation claim to the next one, then up to
    /// <paramref name="attributes"/> of its attribute claims. Where a page has no mined relation to the next
    /// page (the sample's longest mined chains have six pages), its first relation claim is pointed at the next
    /// page instead: the words stay real, only that link is made up. The last page keeps only attribute claims
    /// when <paramref name="describeLast"/>, else it is a leaf known by its type.
    /// </summary>
    public TreeSnapshot Chain(IReadOnlyList<string> titles, int attributes, bool describeLast = true)
    {
        var vertices = new List<VertexSnapshot>();
        for (var i = 0; i < titles.Count; i++)
        {
            var page = Browse(titles[i]);
            var claims = new List<TreeClaim>();
            if (i + 1 < titles.Count)
            {
                var link = page.Claims.FirstOrDefault(c => c.Kind == ClaimKind.Relation && c.Target == titles[i + 1])
                    ?? page.Claims.First(c => c.Kind == ClaimKind.Relation && Usable(c, titles));
                claims.Add(new TreeClaim(link.Text, ClaimKind.Relation, i + 1, titles[i + 1], link.Evidence));
            }

            if (i + 1 < titles.Count || describeLast)
            {
                claims.AddRange(Attributes(page, attributes, titles));
            }

            vertices.Add(new VertexSnapshot(i, i == 0 ? null : i - 1, titles[i], page.TypeDescriptor, claims.Count > 0, claims, null));
        }

        return new TreeSnapshot(vertices);
    }

    /// <summary>
    /// A root with its mined relations into the corpus as children (each described by
    /// <paramref name="childAttributes"/> attribute claims, or a leaf known by its type when 0), then its
    /// relations to named pages outside the corpus and its own attribute claims.
    /// </summary>
    public TreeSnapshot Wide(string title, int children, int named, int attributes, int childAttributes)
    {
        var page = Browse(title);
        var inCorpus = page.Claims.Where(c => c.Kind == ClaimKind.Relation && c.TargetInCorpus && c.Target != title)
            .DistinctBy(c => c.Target).Take(children).ToList();
        var names = inCorpus.Select(c => c.Target!).Prepend(title).ToList();
        var vertices = new List<VertexSnapshot>();
        var claims = new List<TreeClaim>();
        foreach (var (claim, i) in inCorpus.Select((c, i) => (c, i + 1)))
        {
            var child = Browse(claim.Target!);
            var childClaims = Attributes(child, childAttributes, names).ToList();
            vertices.Add(new VertexSnapshot(i, 0, claim.Target!, child.TypeDescriptor, childClaims.Count > 0, childClaims, null));
            claims.Add(new TreeClaim(claim.Text, ClaimKind.Relation, i, claim.Target, claim.Evidence));
        }

        claims.AddRange(page.Claims.Where(c => c.Kind == ClaimKind.Relation && !c.TargetInCorpus && Usable(c, names)).Take(named)
            .Select(c => new TreeClaim(c.Text, ClaimKind.Relation, null, c.Target, c.Evidence)));
        claims.AddRange(Attributes(page, attributes, names));
        vertices.Insert(0, new VertexSnapshot(0, null, title, page.TypeDescriptor, true, claims, null));
        return new TreeSnapshot(vertices);
    }

    /// <summary>Pipeline trees: what the Planner sent to the Verbalizer in a run of the CLI on the sample corpus.</summary>
    public static IReadOnlyDictionary<string, TreeSnapshot> PipelineTrees { get; } = File
        .ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pipeline-trees.jsonl"))
        .Select(line => JsonNode.Parse(line)!)
        .ToDictionary(n => (string)n["answer"]!, n => n["tree"].Deserialize<TreeSnapshot>(JsonDefaults.Options)!);

    /// <summary>
    /// Edward the Elder's pipeline tree with its son typed "a son of King Edward the Elder": a type that names the answer.
    /// (The page's "the son of King Edward the Elder" is shown as no type at all, being definite.)
    /// </summary>
    public static TreeSnapshot Leaking(TreeSnapshot edward) =>
        new([.. edward.Vertices.Select(v => v.Entity == "Æthelstan" ? v with { TypeDescriptor = "a son of King Edward the Elder" } : v)]);

    public static TreeSnapshot ReadmeTree(string file, IReadOnlyDictionary<string, string> types) =>
        InfoSeekTreeReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", file)), types);

    /// <summary>The first attribute claims of a page that read as a clause and name none of the tree's pages.</summary>
    private static IEnumerable<TreeClaim> Attributes(BrowsedPage page, int count, IReadOnlyList<string> names) =>
        page.Claims.Where(c => c.Kind == ClaimKind.Attribute && Usable(c, names))
            .DistinctBy(c => c.Evidence.Start)
            .Take(count)
            .Select(c => new TreeClaim(c.Text, ClaimKind.Attribute, null, null, c.Evidence));

    private static bool Usable(ClaimCandidate claim, IReadOnlyList<string> names)
    {
        var first = claim.Text.Split(' ')[1];
        return char.IsLower(first[0]) && first is not ("and" or "or" or "but" or "the" or "a" or "an" or "of" or "in")
            && !names.Any(n => QuestionChecks.Mentions(claim.Text, Titles.WithoutDisambiguation(n)));
    }

    public void Dispose() => Index.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleTreesCollection : ICollectionFixture<SampleTrees>
{
    public const string Name = "sample trees";
}
