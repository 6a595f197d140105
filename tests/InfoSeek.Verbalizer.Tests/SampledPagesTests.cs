using InfoSeek.Contracts;
using InfoSeek.Domain.Questions;
using InfoSeek.Domain;
using Xunit.Abstractions;

namespace InfoSeek.Verbalizer.Tests;

/// <summary>The grammar over trees made from pages drawn with a fixed seed from the whole sample corpus.</summary>
[Collection(SampleTreesCollection.Name)]
public sealed class SampledPagesTests(SampleTrees sample, ITestOutputHelper output)
{
    // The miner keeps only claims it holds true, so fewer pages give a tree: 300 pages gave 222 trees; 400 give 248.
    private const int Pages = 400;
    private const int Seed = 7;

    /// <summary>
    /// Each sampled page as the root of a tree with its first three claims, and, when it has a relation into
    /// the corpus, that page as a child described by its own first two claims.
    /// </summary>
    private List<TreeSnapshot> Trees()
    {
        var random = new Random(Seed);
        var trees = new List<TreeSnapshot>();
        foreach (var ordinal in Enumerable.Range(0, Pages).Select(_ => random.Next(sample.Index.PageCount)).Distinct())
        {
            var title = sample.Index.GetTitle(ordinal);
            var page = sample.Browse(title);
            var link = page.Claims.FirstOrDefault(c => c.Kind == ClaimKind.Relation && c.TargetInCorpus && c.Target != title);
            var claims = page.Claims.Where(c => c != link && !Mentions(c, title)).DistinctBy(c => c.Evidence.Start).Take(link is null ? 3 : 2)
                .Select(c => new TreeClaim(c.Text, c.Kind, null, c.Kind == ClaimKind.Relation ? c.Target : null, c.Evidence)).ToList();
            var vertices = new List<VertexSnapshot>();
            if (link is not null)
            {
                var child = sample.Browse(link.Target!);
                var childClaims = child.Claims.Where(c => !Mentions(c, title) && !Mentions(c, link.Target!)).DistinctBy(c => c.Evidence.Start).Take(2)
                    .Select(c => new TreeClaim(c.Text, c.Kind, null, c.Kind == ClaimKind.Relation ? c.Target : null, c.Evidence)).ToList();
                claims.Add(new TreeClaim(link.Text, ClaimKind.Relation, 1, link.Target, link.Evidence));
                vertices.Add(new VertexSnapshot(1, 0, link.Target!, child.TypeDescriptor, childClaims.Count > 0, childClaims, null));
            }

            if (claims.Count > 0)
            {
                vertices.Insert(0, new VertexSnapshot(0, null, title, page.TypeDescriptor, true, claims, null));
                trees.Add(new TreeSnapshot(vertices));
            }
        }

        return trees;
    }

    private static bool Mentions(ClaimCandidate claim, string title) =>
        QuestionChecks.Mentions(claim.Text, Titles.WithoutDisambiguation(title)) || (claim.Target is { } t && QuestionChecks.Mentions(t, Titles.WithoutDisambiguation(title)));

    [Fact]
    public void Every_sampled_tree_becomes_one_question_and_fails_the_checks_only_for_words_the_miner_gave_it()
    {
        var trees = Trees();
        Assert.True(trees.Count >= 240, $"only {trees.Count} trees");
        var problems = new Dictionary<string, int>();
        foreach (var tree in trees)
        {
            var question = QuestionGrammar.Question(tree);
            Assert.True(question.EndsWith('?') && question.Count(c => c == '?') == 1, question);
            Assert.Matches("^(What|Who) is ", question);
            if (QuestionChecks.Problem(question, tree) is not { } problem)
            {
                continue;
            }

            var kind = problem[..problem.IndexOf(':', StringComparison.Ordinal)];
            problems[kind] = problems.GetValueOrDefault(kind) + 1;
            var claims = tree.Vertices.SelectMany(v => v.Claims).ToList();
            output.WriteLine($"{tree.Vertices[0].Entity}: {problem}\n    {question}\n    claims: {string.Join(" | ", claims.Select(c => c.Text))}");

            // The grammar adds no leak and drops no claim: a leaked name comes from the mined words (a named target is
            // written as its evidence sentence has it), a broken clause from a broken claim.
            var mined = string.Join(" ", claims.Select(c => $"{c.Text} {c.Target} {(c.Target is null ? "" : c.Evidence.Sentence)}").Concat(tree.Vertices.Select(v => v.TypeDescriptor)));
            var leaked = problem.Split('\'')[1];
            switch (kind)
            {
                case "answer leak" or "leak":
                    Assert.True(QuestionChecks.Mentions(mined, leaked) || QuestionChecks.Mentions(mined, Titles.WithoutDisambiguation(leaked)), problem);
                    break;
                case "ungrammatical":
                    // A claim that opens on a conjunction, or words the page itself wrote ("an Xbox One exclusive").
                    Assert.True(claims.Any(c => c.Text.Split(' ')[1] is "and" or "or" or "but") || mined.Contains(leaked, StringComparison.Ordinal), problem);
                    break;
                default:
                    Assert.Fail($"{problem}\n{question}");
                    break;
            }
        }

        output.WriteLine($"{trees.Count} trees; failing: {string.Join(", ", problems.Select(p => $"{p.Key} {p.Value}"))}");
    }
}
