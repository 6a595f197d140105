using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InfoSeek.Domain;
using InfoSeek.Storage;

namespace InfoSeek.Sampler;

/// <summary>A count of trees that ended for one kind of reason, with the first such reason as an example.</summary>
public sealed record ReasonCount(string Reason, int Trees, string Example);

/// <summary>Minimum, median, mean and maximum of a whole-number measure.</summary>
public sealed record Distribution(int Count, int Min, double Median, double Mean, int Max)
{
    public static Distribution Of(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return new Distribution(0, 0, 0, 0, 0);
        }

        var mid = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        return new Distribution(sorted.Count, sorted[0], median, sorted.Average(), sorted[^1]);
    }
}

/// <summary>The model calls made for one accepted question's tree, in total and per role.</summary>
public sealed record QuestionLlmUsage(int TreeNo, string Question, LlmUsageTotal Total, IReadOnlyList<LlmUsageTotal> Roles);

/// <summary>How many of <see cref="Of"/> questions a filter rejected.</summary>
public sealed record FilterRate(int Rejected, int Of)
{
    public double Rate => Of == 0 ? 0 : (double)Rejected / Of;
}

/// <summary>
/// The numbers of report.md, computed from the rows the dataset files are written from. Trees are
/// counted up to the one that gave the last exported question: every earlier tree has ended by then
/// and depends only on (seed, tree number, corpus), so the counts are the same on every run with the
/// same seed; trees after it were cut short when the run had its questions.
/// </summary>
public sealed partial record DatasetReport
{
    public required string RunName { get; init; }

    public required Guid RunId { get; init; }

    public required int Seed { get; init; }

    public required RunStatus Status { get; init; }

    public required int Requested { get; init; }

    public required int TreesInStore { get; init; }

    /// <summary>Trees 1..N counted in the report.</summary>
    public required int TreesStarted { get; init; }

    /// <summary>Counted trees that had not ended when the report was written (only for a run still going or cut short).</summary>
    public required int TreesUnsettled { get; init; }

    /// <summary>Trees grown and blurred to the end: they reached the Verbalizer.</summary>
    public required int TreesCompleted { get; init; }

    /// <summary>Questions the Sampler judged (verbalized questions).</summary>
    public required int QuestionsJudged { get; init; }

    /// <summary>Questions in questions.jsonl.</summary>
    public required int Accepted { get; init; }

    /// <summary>Accepted by the Sampler, left out because a lower-numbered tree has the same answer.</summary>
    public required int AcceptedDuplicates { get; init; }

    public required IReadOnlyList<ReasonCount> Rejected { get; init; }

    public required IReadOnlyList<ReasonCount> Failed { get; init; }

    public required int Abandoned { get; init; }

    public double Yield => TreesStarted == 0 ? 0 : (double)Accepted / TreesStarted;

    /// <summary>Vertex count → accepted questions with that many vertices.</summary>
    public required IReadOnlyList<KeyValuePair<int, int>> VertexHistogram { get; init; }

    public required Distribution Depth { get; init; }

    public required Distribution ClaimsPerQuestion { get; init; }

    public required Distribution QuestionWords { get; init; }

    /// <summary>Lower bound of a 10-word bucket → accepted questions whose length falls in it.</summary>
    public required IReadOnlyList<KeyValuePair<int, int>> QuestionWordBuckets { get; init; }

    /// <summary>Shortcuts among all judged questions.</summary>
    public required FilterRate ShortcutBefore { get; init; }

    /// <summary>Shortcuts among the accepted questions.</summary>
    public required FilterRate ShortcutAfter { get; init; }

    public required FilterRate UnverifiableBefore { get; init; }

    /// <summary>Judged questions whose search trajectory did not reach the answer.</summary>
    public required FilterRate UnsolvedBefore { get; init; }

    /// <summary>Judged questions whose filter outcomes were not stored (judged by an older Sampler).</summary>
    public required int FiltersNotRecorded { get; init; }

    public required int Trajectories { get; init; }

    public required int TrajectoriesCorrect { get; init; }

    public required int SearchSteps { get; init; }

    public required int SearchStepsGoldRetrieved { get; init; }

    public required int Train { get; init; }

    public required int Test { get; init; }

    /// <summary>Every model call of the run, per role; empty for a run on the deterministic back ends.</summary>
    public IReadOnlyList<LlmUsageTotal> LlmRoles { get; init; } = [];

    /// <summary>The model calls for each accepted question's tree, in questions.jsonl order.</summary>
    public IReadOnlyList<QuestionLlmUsage> LlmPerQuestion { get; init; } = [];

    public DateTime? StartedAt { get; init; }

    public DateTime? EndedAt { get; init; }

    /// <param name="exported">The accepted samples written to questions.jsonl, in file order.</param>
    /// <param name="testAnswers">The answers of the test split.</param>
    /// <param name="llmRoles">The run's model calls per role (none for deterministic back ends).</param>
    /// <param name="llmTrees">The run's model calls per tree and role.</param>
    public static DatasetReport Compute(
        RunRecord run, IReadOnlyList<TreeOutcome> outcomes, IReadOnlyList<StoredSample> samples, IReadOnlyList<StoredSample> exported, IReadOnlySet<string> testAnswers,
        IReadOnlyList<LlmUsageTotal>? llmRoles = null, IReadOnlyList<LlmTreeUsageTotal>? llmTrees = null)
    {
        var byTree = (llmTrees ?? []).ToLookup(t => t.TreeId, t => t.Usage);
        var window = exported.Count >= run.Request.Count && exported.Count > 0 ? exported[^1].TreeNo : int.MaxValue;
        var counted = outcomes.Where(o => o.TreeNo <= window).ToList();
        var judged = samples.Where(s => s.TreeNo <= window).ToList();
        var trajectories = exported.Select(s => s.Trajectory).OfType<Contracts.Trajectory>().ToList();
        var searches = trajectories.SelectMany(t => t.Steps).Where(s => s.Kind == "search").ToList();
        var verbalizationFailures = counted.Count(o => o.Status == TreeStatus.Failed && (o.FailureReason ?? "").StartsWith("verbalizing:", StringComparison.Ordinal));
        return new DatasetReport
        {
            RunName = run.Name,
            RunId = run.RunId,
            Seed = run.Request.Seed,
            Status = run.Status,
            Requested = run.Request.Count,
            TreesInStore = outcomes.Count,
            TreesStarted = counted.Count,
            TreesUnsettled = counted.Count(o => !o.Status.IsEnded()),
            TreesCompleted = judged.Count + verbalizationFailures + counted.Count(o => o.Status is TreeStatus.Verbalizing or TreeStatus.Judging),
            QuestionsJudged = judged.Count,
            Accepted = exported.Count,
            AcceptedDuplicates = judged.Count(s => s.Accepted) - exported.Count,
            Rejected = ByReason(counted.Where(o => o.Status == TreeStatus.Rejected)),
            Failed = ByReason(counted.Where(o => o.Status == TreeStatus.Failed)),
            Abandoned = counted.Count(o => o.Status == TreeStatus.Abandoned),
            VertexHistogram = exported.GroupBy(s => s.Tree.Vertices.Count).OrderBy(g => g.Key).Select(g => KeyValuePair.Create(g.Key, g.Count())).ToList(),
            Depth = Distribution.Of(exported.Select(s => DepthOf(s.Tree))),
            ClaimsPerQuestion = Distribution.Of(exported.Select(s => s.Tree.Vertices.Sum(v => v.Claims.Count))),
            QuestionWords = Distribution.Of(exported.Select(s => WordCount(s.Question))),
            QuestionWordBuckets = exported.GroupBy(s => WordCount(s.Question) / 10 * 10).OrderBy(g => g.Key).Select(g => KeyValuePair.Create(g.Key, g.Count())).ToList(),
            ShortcutBefore = Rate(judged, SampleJudge.ShortcutFilter),
            ShortcutAfter = Rate(exported, SampleJudge.ShortcutFilter),
            UnverifiableBefore = Rate(judged, SampleJudge.VerifiableFilter),
            UnsolvedBefore = Rate(judged, SampleJudge.SolvedFilter),
            FiltersNotRecorded = judged.Count(s => s.Filters is null),
            Trajectories = trajectories.Count,
            TrajectoriesCorrect = trajectories.Count(t => t.Correct),
            SearchSteps = searches.Count,
            SearchStepsGoldRetrieved = searches.Count(s => s.GoldRetrieved == true),
            Train = exported.Count(s => !testAnswers.Contains(s.Answer)),
            Test = exported.Count(s => testAnswers.Contains(s.Answer)),
            LlmRoles = llmRoles ?? [],
            LlmPerQuestion = byTree.Count == 0 ? [] : exported
                .Select(s => new QuestionLlmUsage(s.TreeNo, s.Question, Sum("all", byTree[s.TreeId]), byTree[s.TreeId].ToList()))
                .ToList(),
            StartedAt = run.CreatedAt,
            EndedAt = run.CompletedAt,
        };
    }

    /// <summary>The sums over several totals, under one name.</summary>
    public static LlmUsageTotal Sum(string role, IEnumerable<LlmUsageTotal> totals)
    {
        var list = totals.ToList();
        return new LlmUsageTotal(role, list.Sum(t => t.Calls), list.Sum(t => t.Failures), list.Sum(t => t.PromptTokens), list.Sum(t => t.CompletionTokens),
            list.Sum(t => t.CallsWithoutUsage), list.Sum(t => t.Cost), TimeSpan.FromTicks(list.Sum(t => t.Latency.Ticks)));
    }

    public static int WordCount(string question) => question.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public static int DepthOf(Contracts.TreeSnapshot tree) => tree.Vertices.Max(v => Clues.Depth(tree, v));

    private static FilterRate Rate(IEnumerable<StoredSample> samples, string filter)
    {
        var outcomes = samples.Select(s => s.Filters?.FirstOrDefault(f => f.Filter == filter)).OfType<Contracts.FilterOutcome>().ToList();
        return new FilterRate(outcomes.Count(f => !f.Passed), outcomes.Count);
    }

    private static List<ReasonCount> ByReason(IEnumerable<TreeOutcome> trees) =>
        trees.GroupBy(o => Category(o.FailureReason))
            .Select(g => new ReasonCount(g.Key, g.Count(), g.First().FailureReason ?? ""))
            .OrderByDescending(r => r.Trees)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A reason without its particulars, so that reasons of one kind group together: quoted claims,
    /// parenthesised details and the entity of "blurring X" are dropped, numbers become N, and only
    /// the first two levels ("blurring: only identifying claims") are kept.
    /// </summary>
    public static string Category(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "(no reason recorded)";
        }

        var text = NumberPattern().Replace(Parenthesised().Replace(Quoted().Replace(reason, ""), ""), "N");
        var parts = text.Split(": ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return reason.Trim();
        }

        if (parts[0].StartsWith("blurring ", StringComparison.Ordinal))
        {
            parts[0] = "blurring";
        }

        var category = parts.Length == 1 ? parts[0] : $"{parts[0]}: {parts[1]}";
        return string.Join(' ', category.Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ',', ';', ':');
    }

    public string ToMarkdown(string histogramImage)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Run report: {RunName}");
        md.AppendLine();
        md.AppendLine($"Run `{RunId}`, seed {Seed}, {Requested} questions requested, status {Status}.");
        md.AppendLine();
        md.AppendLine("## Trees");
        md.AppendLine();
        md.AppendLine(TreesStarted == TreesInStore
            ? $"All {TreesInStore} trees of the run are counted."
            : $"Trees 1–{TreesStarted} are counted: the last accepted question came from tree {TreesStarted}. The store holds {TreesInStore - TreesStarted} later trees, cut short or ended after the run had its questions; they are left out so that the counts are the same on every run with this seed.");
        if (TreesUnsettled > 0)
        {
            md.AppendLine();
            md.AppendLine($"{TreesUnsettled} counted trees had not ended when this report was written: the run was still going or was stopped.");
        }

        md.AppendLine();
        md.AppendLine("| measure | trees |");
        md.AppendLine("|---|---:|");
        md.AppendLine($"| started | {TreesStarted} |");
        md.AppendLine($"| completed (grown, blurred and sent to the Verbalizer) | {TreesCompleted} |");
        md.AppendLine($"| questions judged by the Sampler | {QuestionsJudged} |");
        md.AppendLine($"| accepted (in questions.jsonl) | {Accepted} |");
        md.AppendLine($"| accepted, answer already taken by an earlier tree | {AcceptedDuplicates} |");
        md.AppendLine($"| rejected by the Sampler | {Rejected.Sum(r => r.Trees)} |");
        md.AppendLine($"| failed | {Failed.Sum(r => r.Trees)} |");
        md.AppendLine($"| abandoned (the run ended first) | {Abandoned} |");
        md.AppendLine($"| yield (accepted / started) | {Percent(Yield)} |");
        AppendReasons(md, "Rejected by reason", Rejected);
        AppendReasons(md, "Failed by reason", Failed);

        md.AppendLine("## Quality filters");
        md.AppendLine();
        md.AppendLine("A *shortcut* is a question whose answer is the top search hit for the whole question or for one of its claims. Before filtering counts every judged question, after filtering the accepted ones (the filter rejects every shortcut, so the rate after is 0 unless filters were changed).");
        md.AppendLine();
        md.AppendLine("| filter | questions checked | rejected | rate |");
        md.AppendLine("|---|---:|---:|---:|");
        md.AppendLine($"| shortcut, before filtering | {ShortcutBefore.Of} | {ShortcutBefore.Rejected} | {Percent(ShortcutBefore.Rate)} |");
        md.AppendLine($"| shortcut, after filtering | {ShortcutAfter.Of} | {ShortcutAfter.Rejected} | {Percent(ShortcutAfter.Rate)} |");
        md.AppendLine($"| verifiable (answer unique among evidence and distractor pages) | {UnverifiableBefore.Of} | {UnverifiableBefore.Rejected} | {Percent(UnverifiableBefore.Rate)} |");
        md.AppendLine($"| solved (the search trajectory reaches the answer) | {UnsolvedBefore.Of} | {UnsolvedBefore.Rejected} | {Percent(UnsolvedBefore.Rate)} |");
        if (FiltersNotRecorded > 0)
        {
            md.AppendLine();
            md.AppendLine($"{FiltersNotRecorded} judged questions have no recorded filter outcomes (judged before outcomes were stored) and are not in these rates.");
        }

        md.AppendLine();
        md.AppendLine("## Accepted questions");
        md.AppendLine();
        md.AppendLine($"Vertices per tree (image: `{histogramImage}`):");
        md.AppendLine();
        md.AppendLine($"![vertices per tree]({histogramImage})");
        md.AppendLine();
        md.AppendLine("| vertices | questions |");
        md.AppendLine("|---:|---:|");
        foreach (var (vertices, questions) in VertexHistogram)
        {
            md.AppendLine($"| {vertices} | {questions} |");
        }

        md.AppendLine();
        md.AppendLine("| measure | min | median | mean | max |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        AppendDistribution(md, "depth (root = 0)", Depth);
        AppendDistribution(md, "claims per question", ClaimsPerQuestion);
        AppendDistribution(md, "question length in words", QuestionWords);
        md.AppendLine();
        md.AppendLine("| question length in words | questions |");
        md.AppendLine("|---|---:|");
        foreach (var (from, questions) in QuestionWordBuckets)
        {
            md.AppendLine($"| {from}–{from + 9} | {questions} |");
        }

        md.AppendLine();
        md.AppendLine("## Trajectories and split");
        md.AppendLine();
        md.AppendLine("| measure | count |");
        md.AppendLine("|---|---:|");
        md.AppendLine($"| trajectories | {Trajectories} |");
        md.AppendLine($"| reaching the gold answer | {TrajectoriesCorrect} |");
        md.AppendLine($"| search steps | {SearchSteps} |");
        md.AppendLine($"| search steps that retrieved their gold page | {SearchStepsGoldRetrieved} |");
        md.AppendLine($"| train questions | {Train} |");
        md.AppendLine($"| test questions | {Test} |");
        md.AppendLine();
        if (LlmRoles.Count > 0)
        {
            AppendModelCalls(md);
        }

        md.AppendLine("## Timings");
        md.AppendLine();
        md.AppendLine(StartedAt is { } start
            ? $"Run stored at {Utc(start)}; " + (EndedAt is { } end
                ? $"it ended at {Utc(end)}, after {Duration(end - start)}."
                : "it has not ended.")
            : "The store holds no start time for this run.");
        md.AppendLine(LlmRoles.Count == 0
            ? "Per-tree timings are not stored. The deterministic back ends call no model, so there is no model cost."
            : "Per-tree timings are not stored; the time spent waiting for models is under Model calls.");
        return md.ToString();
    }

    private void AppendModelCalls(StringBuilder md)
    {
        md.AppendLine("## Model calls");
        md.AppendLine();
        md.AppendLine("Every request to a language model of this run (all trees, including those not counted above), per role. A failed call is one whose reply was unusable or that did not get one; tokens a server did not report are not in the sums. Cost is at the prices configured per role (Llm:<Role>:InputPricePerMillion and OutputPricePerMillion).");
        md.AppendLine();
        md.AppendLine("| role | calls | failed | prompt tokens | completion tokens | cost | time waiting |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var role in LlmRoles.Append(Sum("total", LlmRoles)))
        {
            md.AppendLine($"| {role.Role} | {role.Calls} | {role.Failures} | {role.PromptTokens} | {role.CompletionTokens} | {Cost(role.Cost)} | {Duration(role.Latency)} |");
        }

        md.AppendLine();
        md.AppendLine("### Per accepted question");
        md.AppendLine();
        if (LlmPerQuestion.Count == 0)
        {
            md.AppendLine("No accepted question's tree made model calls.");
            md.AppendLine();
            return;
        }

        md.AppendLine("The calls made for the tree of each question in questions.jsonl: growing, blurring, verbalizing and judging it.");
        md.AppendLine();
        md.AppendLine("| tree | calls | failed | prompt tokens | completion tokens | cost | by role (calls) | question |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var q in LlmPerQuestion)
        {
            var roles = string.Join(", ", q.Roles.Select(r => $"{r.Role} {r.Calls}"));
            md.AppendLine($"| {q.TreeNo} | {q.Total.Calls} | {q.Total.Failures} | {q.Total.PromptTokens} | {q.Total.CompletionTokens} | {Cost(q.Total.Cost)} | {roles} | {Cell(q.Question)} |");
        }

        var total = Sum("accepted", LlmPerQuestion.Select(q => q.Total));
        md.AppendLine();
        md.AppendLine($"Per accepted question on average: {Number((double)total.Calls / LlmPerQuestion.Count)} calls, {Number((double)(total.PromptTokens + total.CompletionTokens) / LlmPerQuestion.Count)} tokens, {Cost(total.Cost / LlmPerQuestion.Count)}.");
        md.AppendLine();
    }

    private static string Cost(decimal cost) => "$" + cost.ToString("0.######", CultureInfo.InvariantCulture);

    private static void AppendReasons(StringBuilder md, string title, IReadOnlyList<ReasonCount> reasons)
    {
        md.AppendLine();
        md.AppendLine($"### {title}");
        md.AppendLine();
        if (reasons.Count == 0)
        {
            md.AppendLine("None.");
            md.AppendLine();
            return;
        }

        md.AppendLine("| reason | trees | example |");
        md.AppendLine("|---|---:|---|");
        foreach (var r in reasons)
        {
            md.AppendLine($"| {Cell(r.Reason)} | {r.Trees} | {Cell(r.Example)} |");
        }

        md.AppendLine();
    }

    private static void AppendDistribution(StringBuilder md, string name, Distribution d) =>
        md.AppendLine($"| {name} | {d.Min} | {Number(d.Median)} | {Number(d.Mean)} | {d.Max} |");

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Utc(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    private static string Duration(TimeSpan span) =>
        span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min {span.Seconds} s" : $"{span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";

    [GeneratedRegex(@"(?<!\p{L})'.*?'(?!\p{L})")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();
}
