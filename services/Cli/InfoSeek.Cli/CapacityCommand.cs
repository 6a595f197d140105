using System.CommandLine;
using System.Globalization;
using InfoSeek.Browser;
using InfoSeek.Domain.Claims;
using InfoSeek.Domain.Trees;
using Spectre.Console;

namespace InfoSeek.Cli;

/// <summary>
/// <c>infoseek capacity</c>: how many distinct answers a corpus can give at most, before a long run finds out:
/// the pages from which the Planner's rules can grow a tree of the smallest requested size.
/// </summary>
public static class CapacityCommand
{
    public static Command Create()
    {
        var corpus = CliOptions.Corpus();
        var format = CliOptions.Format();
        var vertices = new Option<string>("--vertices") { Description = "Vertices per tree, as MIN-MAX; the count is for MIN", DefaultValueFactory = _ => "3-5" };
        var maxDepth = CliOptions.MaxDepth();
        var maxBreadth = CliOptions.MaxBreadth();
        var cache = CliOptions.Cache();
        var command = new Command("capacity", "Count the pages of a corpus that can root a research tree: an upper bound on a run's distinct answers")
        {
            corpus, format, vertices, maxDepth, maxBreadth, cache,
        };
        command.SetAction(BadInput.Guard((parse, ct) =>
        {
            var (min, max) = SynthesizeCommand.ParseRange(parse.GetValue(vertices)!);
            var (depth, breadth) = (parse.GetValue(maxDepth), parse.GetValue(maxBreadth));
            if (depth < 1 || breadth < 1)
            {
                throw new ArgumentException($"--max-depth ({depth}) and --max-breadth ({breadth}) must be at least 1.");
            }

            var corpusPath = Path.GetFullPath(parse.GetValue(corpus) ?? CliPaths.DefaultCorpus());
            var indexDirectory = IndexStep.Ensure(corpusPath, parse.GetValue(cache)!, parse.GetValue(format), ct);
            using var provider = new CorpusIndexProvider(indexDirectory);
            using var matcher = new ClaimMatcher(() => provider.Index);
            using var claims = new PageClaims(() => provider.Index);
            using var pages = new BrowsedPages(() => provider.Index, matcher, claims);
            var trees = new CorpusCapacity(() => provider.Index, pages);
            TreeCapacity? capacity = null;
            AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Browse pages");
                    capacity = trees.Count(new TreeShape(min, max, depth, breadth), new Progress<(int Done, int Total)>(p =>
                    {
                        task.MaxValue = p.Total;
                        task.Value = p.Done;
                    }), ct);
                });
            Console.Out.Write(Report(capacity!, min, depth, breadth));
            return 0;
        }));
        return command;
    }

    public static string Report(TreeCapacity c, int minVertices, int maxDepth, int maxBreadth) => string.Create(CultureInfo.InvariantCulture, $"""
        pages: {c.Pages}
          with a link to another page of the corpus: {c.WithCorpusLinks}
          with a relation a tree can grow through: {c.WithGrowableRelation}
          of those with a type: {c.WithType}
          of those whose claims can single them out: {c.Identifiable}
          from which a tree reaches {minVertices} vertices (depth <= {maxDepth}, breadth <= {maxBreadth}): {c.Roots}
        A run can give at most {c.Roots} distinct answers with at least {minVertices} vertices.

        """);
}
