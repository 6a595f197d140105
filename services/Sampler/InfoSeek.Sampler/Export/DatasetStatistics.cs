using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Questions;
using InfoSeek.Storage;

namespace InfoSeek.Sampler;

/// <summary>
/// Gathers the numbers of a <see cref="DatasetReport"/> while a run's samples stream past, holding
/// counts and one number per exported question instead of the samples. First every judged sample is
/// offered in tree order (<see cref="OfferJudged"/>), which also applies the dataset rule
/// (<see cref="DatasetSelection"/>); then each exported sample is added with its split
/// (<see cref="AddExported"/>).
/// </summary>
public sealed class DatasetStatistics(RunRecord run)
{
    private readonly DatasetSelection selection = new(run.Request.Count, run.Request.PerAnswer);
    private readonly List<string> exportedAnswers = [];
    private readonly HashSet<Guid> exportedTrees = [];
    private int lastExportedTreeNo;
    private int judged;
    private int judgedAccepted;
    private int filtersNotRecorded;
    private readonly FilterCount shortcutBefore = new(SampleJudge.ShortcutFilter);
    private readonly FilterCount verifiableBefore = new(SampleJudge.VerifiableFilter);
    private readonly FilterCount solvedBefore = new(SampleJudge.SolvedFilter);
    private readonly FilterCount shortcutAfter = new(SampleJudge.ShortcutFilter);

    private readonly List<(int TreeNo, Guid TreeId, string Question)> exported = [];
    private readonly SortedDictionary<int, int> vertexHistogram = [];
    private readonly SortedDictionary<int, int> wordBuckets = [];
    private readonly List<int> depths = [];
    private readonly List<int> claims = [];
    private readonly List<int> words = [];
    private int trajectories;
    private int trajectoriesCorrect;
    private int searchSteps;
    private int searchStepsGoldRetrieved;
    private int train;
    private int test;

    /// <summary>
    /// True once the dataset is full: the window of counted trees ends at the tree of the last exported
    /// question, so later samples change nothing.
    /// </summary>
    public bool WindowClosed => selection.Full && selection.Taken > 0;

    /// <summary>Whether the dataset rule compares the trees' vertex sets (<see cref="SampleSummary.VertexSet"/> is needed).</summary>
    public bool NeedsVertexSets => selection.NeedsVertexSets;

    /// <summary>The answers of the exported questions, in file order (what the train/test split is drawn from).</summary>
    public IReadOnlyList<string> ExportedAnswers => exportedAnswers;

    /// <summary>Counts the next judged sample in tree order; true when it goes into the dataset.</summary>
    public bool OfferJudged(SampleSummary sample)
    {
        if (WindowClosed)
        {
            return false;
        }

        judged++;
        judgedAccepted += sample.Accepted ? 1 : 0;
        filtersNotRecorded += sample.Filters is null ? 1 : 0;
        shortcutBefore.Add(sample.Filters);
        verifiableBefore.Add(sample.Filters);
        solvedBefore.Add(sample.Filters);
        if (!selection.Offer(sample.Accepted, sample.Answer, sample.VertexSet))
        {
            return false;
        }

        exportedAnswers.Add(sample.Answer);
        exportedTrees.Add(sample.TreeId);
        lastExportedTreeNo = sample.TreeNo;
        return true;
    }

    /// <summary>True when the judged sample of this tree went into the dataset.</summary>
    public bool IsExported(Guid treeId) => exportedTrees.Contains(treeId);

    /// <summary>Adds an exported sample, in file order, with whether its answer is in the test split.</summary>
    public void AddExported(StoredSample sample, bool inTest)
    {
        exported.Add((sample.TreeNo, sample.TreeId, sample.Question));
        shortcutAfter.Add(sample.Filters);
        Increment(vertexHistogram, sample.Tree.Vertices.Count);
        depths.Add(ReaderClues.Depth(sample.Tree));
        claims.Add(sample.Tree.Vertices.Sum(v => v.Claims.Count));
        var wordCount = DatasetReport.WordCount(sample.Question);
        words.Add(wordCount);
        Increment(wordBuckets, wordCount / 10 * 10);
        if (sample.Trajectory is { } trajectory)
        {
            trajectories++;
            trajectoriesCorrect += trajectory.Correct ? 1 : 0;
            var searches = trajectory.Steps.Where(s => s.Kind == "search").ToList();
            searchSteps += searches.Count;
            searchStepsGoldRetrieved += searches.Count(s => s.GoldRetrieved == true);
        }

        train += inTest ? 0 : 1;
        test += inTest ? 1 : 0;
    }

    /// <param name="outcomes">How every tree of the run ended, in tree order.</param>
    /// <param name="llmRoles">The run's model calls per role (none for deterministic back ends).</param>
    /// <param name="llmTrees">The run's model calls per tree and role.</param>
    public DatasetReport Report(
        IReadOnlyList<TreeOutcome> outcomes, IReadOnlyList<LlmUsageTotal>? llmRoles = null, IReadOnlyList<LlmTreeUsageTotal>? llmTrees = null)
    {
        var byTree = (llmTrees ?? []).ToLookup(t => t.TreeId, t => t.Usage);
        var window = exported.Count >= run.Request.Count && exported.Count > 0 ? lastExportedTreeNo : int.MaxValue;
        var counted = outcomes.Where(o => o.TreeNo <= window).ToList();
        var verbalizationFailures = counted.Count(o => o.Status == TreeStatus.Failed && (o.FailureReason ?? "").StartsWith("verbalizing:", StringComparison.Ordinal));
        return new DatasetReport
        {
            RunName = run.Name,
            RunId = run.RunId,
            Seed = run.Request.Seed,
            Status = run.Status,
            Requested = run.Request.Count,
            PerAnswer = run.Request.PerAnswer,
            CorpusFile = run.Request.CorpusFile,
            TreesInStore = outcomes.Count,
            TreesStarted = counted.Count,
            TreesUnsettled = counted.Count(o => !o.Status.IsEnded()),
            TreesCompleted = judged + verbalizationFailures + counted.Count(o => o.Status is TreeStatus.Verbalizing or TreeStatus.Judging),
            QuestionsJudged = judged,
            Accepted = exported.Count,
            AcceptedDuplicates = judgedAccepted - exported.Count,
            Rejected = ByReason(counted.Where(o => o.Status == TreeStatus.Rejected)),
            Failed = ByReason(counted.Where(o => o.Status == TreeStatus.Failed)),
            Abandoned = counted.Count(o => o.Status == TreeStatus.Abandoned),
            VertexHistogram = vertexHistogram.ToList(),
            Depth = Distribution.Of(depths),
            ClaimsPerQuestion = Distribution.Of(claims),
            QuestionWords = Distribution.Of(words),
            QuestionWordBuckets = wordBuckets.ToList(),
            ShortcutBefore = shortcutBefore.Rate,
            ShortcutAfter = shortcutAfter.Rate,
            UnverifiableBefore = verifiableBefore.Rate,
            UnsolvedBefore = solvedBefore.Rate,
            FiltersNotRecorded = filtersNotRecorded,
            Trajectories = trajectories,
            TrajectoriesCorrect = trajectoriesCorrect,
            SearchSteps = searchSteps,
            SearchStepsGoldRetrieved = searchStepsGoldRetrieved,
            Train = train,
            Test = test,
            LlmRoles = llmRoles ?? [],
            LlmPerQuestion = byTree.Count == 0 ? [] : exported
                .Select(s => new QuestionLlmUsage(s.TreeNo, s.Question, DatasetReport.Sum("all", byTree[s.TreeId]), byTree[s.TreeId].ToList()))
                .ToList(),
            StartedAt = run.CreatedAt,
            EndedAt = run.CompletedAt,
        };
    }

    private static void Increment(SortedDictionary<int, int> counts, int key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<ReasonCount> ByReason(IEnumerable<TreeOutcome> trees) =>
        trees.GroupBy(o => RejectionReasons.Category(o.FailureReason))
            .Select(g => new ReasonCount(g.Key, g.Count(), g.First().FailureReason ?? ""))
            .OrderByDescending(r => r.Trees)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToList();

    /// <summary>Questions whose outcome of one filter is recorded (its first outcome counts), and how many it rejected.</summary>
    private sealed class FilterCount(string filter)
    {
        private int rejected;
        private int of;

        public FilterRate Rate => new(rejected, of);

        public void Add(IReadOnlyList<FilterOutcome>? filters)
        {
            if (filters?.FirstOrDefault(f => f.Filter == filter) is { } outcome)
            {
                of++;
                rejected += outcome.Passed ? 0 : 1;
            }
        }
    }
}
