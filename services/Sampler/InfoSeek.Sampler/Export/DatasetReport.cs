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
/// same seed; trees after it were cut short when the run had its questions. <see cref="DatasetStatistics"/>
/// gathers them while the dataset is written; DatasetReport.Markdown.cs renders them.
/// </summary>
public sealed partial record DatasetReport
{
    public required string RunName { get; init; }

    public required Guid RunId { get; init; }

    public required int Seed { get; init; }

    public required RunStatus Status { get; init; }

    public required int Requested { get; init; }

    /// <summary>Most questions one answer may carry (the run's PerAnswer).</summary>
    public int PerAnswer { get; init; } = 1;

    /// <summary>The corpus file the run was made from (the run's CorpusFile); null when unknown.</summary>
    public string? CorpusFile { get; init; }

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

    /// <summary>
    /// Accepted by the Sampler, left out because lower-numbered trees have the same answer (PerAnswer of them,
    /// or one with the same vertex set).
    /// </summary>
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

    /// <summary>The sums over several totals, under one name.</summary>
    public static LlmUsageTotal Sum(string role, IEnumerable<LlmUsageTotal> totals)
    {
        var list = totals.ToList();
        return new LlmUsageTotal(role, list.Sum(t => t.Calls), list.Sum(t => t.Failures), list.Sum(t => t.PromptTokens), list.Sum(t => t.CompletionTokens),
            list.Sum(t => t.CallsWithoutUsage), list.Sum(t => t.Cost), TimeSpan.FromTicks(list.Sum(t => t.Latency.Ticks)));
    }

    public static int WordCount(string question) => question.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}