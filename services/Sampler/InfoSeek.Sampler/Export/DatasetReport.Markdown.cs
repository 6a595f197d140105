using System.Globalization;
using System.Text;

namespace InfoSeek.Sampler;

/// <summary>report.md: the report's numbers rendered as Markdown tables.</summary>
public sealed partial record DatasetReport
{
    public string ToMarkdown(string histogramImage)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Run report: {RunName}");
        md.AppendLine();
        md.AppendLine($"Run `{RunId}`, seed {Seed}, {Requested} questions requested{(PerAnswer > 1 ? $" (up to {PerAnswer} per answer)" : "")}, status {Status}.");
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
        md.AppendLine(PerAnswer > 1
            ? $"| accepted, answer already taken {PerAnswer} times or with the same vertices by earlier trees | {AcceptedDuplicates} |"
            : $"| accepted, answer already taken by an earlier tree | {AcceptedDuplicates} |");
        md.AppendLine($"| rejected by the Sampler | {Rejected.Sum(r => r.Trees)} |");
        md.AppendLine($"| failed | {Failed.Sum(r => r.Trees)} |");
        md.AppendLine($"| abandoned (the run ended first) | {Abandoned} |");
        md.AppendLine($"| yield (accepted / started) | {Percent(Yield)} |");
        AppendReasons(md, "Rejected by reason", Rejected);
        AppendReasons(md, "Failed by reason", Failed);

        md.AppendLine("## Quality filters");
        md.AppendLine();
        md.AppendLine("A *shortcut* is a question whose answer is among the top 5 search hits for the whole question, or the top hit for one of its claims that names no hidden entity, in the index's stemmed ranking or in a plain BM25 ranking. Before filtering counts every judged question, after filtering the accepted ones (the filter rejects every shortcut, so the rate after is 0 unless filters were changed).");
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
}
