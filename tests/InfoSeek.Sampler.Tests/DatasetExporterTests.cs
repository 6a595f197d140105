using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InfoSeek.Domain;
using InfoSeek.Storage;
using InfoSeek.TestSupport;
using YamlDotNet.Serialization;

namespace InfoSeek.Sampler.Tests;

/// <summary>
/// The exporter over a real SQLite store holding a finished run of six questions: accepted trees,
/// a repeated answer, shortcut and unverifiable rejections, failures, and trees after the last
/// question that the run cut short.
/// </summary>
public sealed partial class DatasetExporterTests : IAsyncLifetime
{
    private RunStore run = null!;
    private ExportResult result = null!;
    private string output = null!;

    public async Task InitializeAsync()
    {
        run = await RunStore.CreateAsync("six", count: 6, seed: 7, corpusFile: "wikispeedia.jsonl.gz");
        await run.AddJudgedTreeAsync(1, "Apollo 11", 4, RunStore.Passed(), questionWords: 12);
        await run.AddEndedTreeAsync(2, TreeStatus.Failed, "blurring Neil Armstrong: only identifying claims: the relation 'A was commanded by B' alone identifies the vertex (1 page)");
        await run.AddJudgedTreeAsync(3, "Trafford", 3, RunStore.Shortcut());
        await run.AddJudgedTreeAsync(4, "Stretford", 3, RunStore.Passed(), correct: false, questionWords: 25);
        await run.AddJudgedTreeAsync(5, "Apollo 11", 3, RunStore.Passed());
        await run.AddJudgedTreeAsync(6, "Grus (constellation)", 3, RunStore.Ambiguous());
        await run.AddJudgedTreeAsync(7, "Pavo (constellation)", 5, RunStore.Passed(), questionWords: 31);
        await run.AddEndedTreeAsync(8, TreeStatus.Failed, "verbalizing: too long: 130 words (limit 120)");
        await run.AddJudgedTreeAsync(9, "Phoenix (constellation)", 3, RunStore.Passed());
        await run.AddEndedTreeAsync(10, TreeStatus.Failed, "blurring Seattle: only identifying claims: the relation 'A is also the birthplace of B' alone identifies the vertex (1 page)");
        await run.AddJudgedTreeAsync(11, "Lynx (constellation)", 4, RunStore.Passed());
        await run.AddJudgedTreeAsync(12, "Hydrus", 3, RunStore.Passed(), correct: false);
        await run.AddJudgedTreeAsync(13, "Tucana", 3, RunStore.Passed()); // after the sixth question: not exported, not counted
        await run.AddEndedTreeAsync(14, TreeStatus.Abandoned, null);
        output = run.Folder("out");
        result = await new DatasetExporter(run.Store).ExportAsync(run.Run.RunId, output, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        run.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Questions_are_the_first_six_distinct_answers_in_tree_order_with_filters_evidence_and_vertex_counts()
    {
        var questions = Lines("questions.jsonl");

        Assert.Equal(["Apollo 11", "Stretford", "Pavo (constellation)", "Phoenix (constellation)", "Lynx (constellation)", "Hydrus"], questions.Select(q => (string)q["answer"]!));
        Assert.Equal(["7-000001", "7-000004", "7-000007", "7-000009", "7-000011", "7-000012"], questions.Select(q => (string)q["id"]!));
        var first = questions[0];
        Assert.Equal(4, (int)first["vertices"]!);
        Assert.Equal(2, (int)first["depth"]!);
        Assert.Equal("passed", (string)first["filters"]!["shortcut"]!);
        Assert.Equal("passed", (string)first["filters"]!["verifiable"]!);
        Assert.Equal("Apollo 11", (string)first["tree"]!["root"]!["entity"]!);
        Assert.Equal(2, first["certificates"]!.AsArray().Count);
        var evidence = first["evidence"]!.AsArray();
        Assert.Equal(5, evidence.Count); // three relations and two attributes, each from its own sentence
        Assert.Contains(evidence, e => (string)e!["page"]! == "Apollo 11" && (string)e["sentence"]! == "Apollo 11 was founded in 1901.");
    }

    [Fact]
    public void No_answer_entity_is_in_both_splits_and_the_splits_hold_every_question_line_once()
    {
        var train = File.ReadAllLines(Path.Combine(output, "train.jsonl"));
        var test = File.ReadAllLines(Path.Combine(output, "test.jsonl"));

        Assert.Equal(Lines("questions.jsonl").Select(q => (string)q["id"]!).Order(), Lines("train.jsonl").Concat(Lines("test.jsonl")).Select(q => (string)q["id"]!).Order());
        Assert.Empty(Answers(train).Intersect(Answers(test)));
        Assert.Single(test); // 20 % of six answers, rounded
        var trajectorySplits = Lines("trajectories.jsonl").ToDictionary(t => (string)t["answer"]!, t => (string)t["split"]!);
        Assert.All(Answers(test), a => Assert.Equal("test", trajectorySplits[a]));
        Assert.All(Answers(train), a => Assert.Equal("train", trajectorySplits[a]));
    }

    [Fact]
    public async Task The_split_and_every_data_file_are_the_same_on_a_second_export()
    {
        var again = run.Folder("again");
        await new DatasetExporter(run.Store).ExportAsync(run.Run.RunId, again, CancellationToken.None);

        foreach (var file in new[] { "questions.jsonl", "trajectories.jsonl", "train.jsonl", "test.jsonl", "README.md", "vertex-histogram.png" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(output, file)), await File.ReadAllBytesAsync(Path.Combine(again, file)));
        }

        Assert.Empty(Directory.GetFiles(again, "*.tmp"));
    }

    [Fact]
    public void The_split_depends_only_on_the_seed_and_the_answers_and_holds_a_fifth_of_them()
    {
        var answers = Enumerable.Range(1, 100).Select(i => $"Answer {i}").ToList();

        var test = DatasetSplit.TestAnswers(answers, 7, 0.2);
        var shuffled = DatasetSplit.TestAnswers(answers.AsEnumerable().Reverse(), 7, 0.2);
        var otherSeed = DatasetSplit.TestAnswers(answers, 8, 0.2);

        Assert.Equal(20, test.Count);
        Assert.Equal(test.Order(), shuffled.Order());
        Assert.NotEqual(test.Order(), otherSeed.Order());
        Assert.Throws<ArgumentOutOfRangeException>(() => DatasetSplit.TestAnswers(answers, 7, 1.0));
    }

    [Fact]
    public void The_report_counts_trees_up_to_the_last_question_and_agrees_with_the_files()
    {
        var report = result.Report;
        var questions = Lines("questions.jsonl");

        Assert.Equal(14, report.TreesInStore);
        Assert.Equal(12, report.TreesStarted);
        Assert.Equal(questions.Count, report.Accepted);
        Assert.Equal(1, report.AcceptedDuplicates);
        Assert.Equal(9, report.QuestionsJudged);
        Assert.Equal(10, report.TreesCompleted); // nine judged and one that failed in the Verbalizer
        Assert.Equal(
            [("shortcut: the answer is the top hit for the claim", 1), ("unverifiable: ambiguous", 1)],
            report.Rejected.Select(r => (r.Reason, r.Trees)));
        Assert.Equal(
            [("blurring: only identifying claims", 2), ("verbalizing: too long", 1)],
            report.Failed.Select(r => (r.Reason, r.Trees)));
        Assert.Equal(0.5, report.Yield);
        Assert.Equal(
            questions.GroupBy(q => (int)q["vertices"]!).OrderBy(g => g.Key).Select(g => KeyValuePair.Create(g.Key, g.Count())),
            report.VertexHistogram);
        Assert.Equal(questions.Select(q => DatasetReport.WordCount((string)q["question"]!)).Max(), report.QuestionWords.Max);
        Assert.Equal((1, 9), (report.ShortcutBefore.Rejected, report.ShortcutBefore.Of));
        Assert.Equal((0, 6), (report.ShortcutAfter.Rejected, report.ShortcutAfter.Of));
        Assert.Equal((1, 9), (report.UnverifiableBefore.Rejected, report.UnverifiableBefore.Of));
        Assert.Equal(Lines("trajectories.jsonl").Count, report.Trajectories);
        Assert.Equal(Lines("trajectories.jsonl").Count(t => (bool)t["correct"]!), report.TrajectoriesCorrect);
        Assert.Equal((File.ReadAllLines(Path.Combine(output, "train.jsonl")).Length, File.ReadAllLines(Path.Combine(output, "test.jsonl")).Length), (report.Train, report.Test));
        Assert.Equal((result.Questions, result.Train, result.Test, result.Trajectories), (report.Accepted, report.Train, report.Test, report.Trajectories));
    }

    [Fact]
    public void Report_md_shows_the_same_numbers_as_the_files()
    {
        var markdown = File.ReadAllText(Path.Combine(output, "report.md"));
        var rows = TableRows(markdown);
        var questions = Lines("questions.jsonl");

        Assert.Equal("12", rows["started"][0]);
        Assert.Equal(questions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), rows["accepted (in questions.jsonl)"][0]);
        Assert.Equal("2", rows["rejected by the Sampler"][0]);
        Assert.Equal("3", rows["failed"][0]);
        Assert.Equal("50.0 %", rows["yield (accepted / started)"][0]);
        Assert.Equal(["9", "1", "11.1 %"], rows["shortcut, before filtering"]);
        Assert.Equal(["6", "0", "0.0 %"], rows["shortcut, after filtering"]);
        foreach (var group in questions.GroupBy(q => (int)q["vertices"]!))
        {
            Assert.Equal(group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), rows[group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)][0]);
        }

        Assert.Equal(File.ReadAllLines(Path.Combine(output, "train.jsonl")).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), rows["train questions"][0]);
        Assert.Equal(Lines("trajectories.jsonl").Count.ToString(System.Globalization.CultureInfo.InvariantCulture), rows["trajectories"][0]);
        Assert.Contains("Trees 1–12 are counted", markdown);
        Assert.Contains("![vertices per tree](vertex-histogram.png)", markdown);
        Assert.Contains("Run stored at ", markdown);
    }

    [Fact]
    public void The_card_front_matter_names_the_split_files_the_corpus_licence_and_the_size()
    {
        var card = File.ReadAllText(Path.Combine(output, "README.md"));
        var match = FrontMatter().Match(card);
        Assert.True(match.Success, "README.md starts with YAML front matter between --- lines");
        var yaml = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(match.Groups[1].Value);

        // The run was made from Wikispeedia: GFDL text, and its link graph's papers to cite.
        Assert.Equal("gfdl", yaml["license"]);
        Assert.Contains("`wikispeedia.jsonl.gz`", card);
        Assert.Contains("GNU Free Documentation License 1.2", card);
        Assert.Contains("West and Leskovec", card);
        Assert.Equal(["n<1K"], ((List<object>)yaml["size_categories"]).Cast<string>());
        Assert.Contains("question-answering", ((List<object>)yaml["task_categories"]).Cast<string>());
        var config = ((List<object>)yaml["configs"]).Cast<Dictionary<object, object>>().Single(c => (string)c["config_name"] == "default");
        var files = ((List<object>)config["data_files"]).Cast<Dictionary<object, object>>().ToDictionary(f => (string)f["split"], f => (string)f["path"]);
        Assert.Equal(new Dictionary<string, string> { ["train"] = "train.jsonl", ["test"] = "test.jsonl" }, files);
        Assert.All(files.Values, f => Assert.True(File.Exists(Path.Combine(output, f)), f));
        Assert.Contains("Wikipedia contributors", card);
    }

    [Fact]
    public async Task Every_row_of_both_splits_and_of_the_trajectories_fits_the_features_the_card_declares()
    {
        Assert.Empty(await DatasetCardSchema.ViolationsAsync(output));

        // The split rows hold the tree as the JSON string of questions.jsonl's tree.
        var question = Lines("questions.jsonl")[0];
        var row = Lines("train.jsonl").Concat(Lines("test.jsonl")).Single(r => (string)r["id"]! == (string)question["id"]!);
        Assert.Equal(question["tree"]!.ToJsonString(), JsonNode.Parse((string)row["tree"]!)!.ToJsonString());
        Assert.Null(row["filters"]!["closed-book"]);
    }

    [Fact]
    public async Task A_row_with_a_key_the_card_does_not_declare_or_without_one_it_does_is_caught()
    {
        var folder = run.Folder("broken");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(output))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var rows = Lines("train.jsonl");
        rows[0]["extra"] = 1;
        rows[1].AsObject().Remove("depth");
        File.WriteAllLines(Path.Combine(folder, "train.jsonl"), rows.Select(r => r.ToJsonString()));

        var problems = await DatasetCardSchema.ViolationsAsync(folder);

        Assert.Contains(problems, p => p.StartsWith("train.jsonl line 1:", StringComparison.Ordinal) && p.Contains("NoAdditionalPropertiesAllowed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("train.jsonl line 2:", StringComparison.Ordinal) && p.Contains("PropertyRequired", StringComparison.Ordinal));
    }

    [Fact]
    public void The_vertex_histogram_is_a_png_image()
    {
        var png = File.ReadAllBytes(Path.Combine(output, VertexHistogramChart.FileName));

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png.Take(8));
        Assert.True(png.Length > 2000, $"{png.Length} bytes");
        Assert.Equal(640, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4))); // IHDR width
    }

    [Fact]
    public void Trajectory_lines_carry_steps_retrieval_labels_and_a_well_formed_conversation()
    {
        foreach (var line in Lines("trajectories.jsonl"))
        {
            Assert.Equal(TreeGuidedSolver.Name, (string)line["solver"]!);
            var steps = line["steps"]!.AsArray();
            var search = steps.Single(s => (string)s!["kind"]! == "search")!;
            Assert.Equal((string)line["answer"]!, (string)search["gold"]!);
            Assert.True((bool)search["gold_retrieved"]!);
            Assert.Equal(3, search["hits"]!.AsArray().Count);
            var label = line["retrieval_labels"]!.AsArray().Single()!;
            Assert.Equal(((string)search["content"]!, true), ((string)label["query"]!, (bool)label["retrieved"]!));

            var conversation = line["conversation"]!.AsArray().Select(t => ((string)t!["role"]!, (string)t["content"]!)).ToList();
            Assert.Equal(["system", "user", "assistant"], conversation.Select(t => t.Item1));
            Assert.Equal((string)line["question"]!, conversation[1].Item2);
            Conversations.AssertWellFormed(conversation[2].Item2, (string)line["final_answer"]!);
            Assert.Equal((string)line["answer"]! == (string)line["final_answer"]!, (bool)line["correct"]!);
        }
    }

    [Fact]
    public async Task Exporting_a_run_that_is_not_in_the_store_is_an_error_naming_it()
    {
        var missing = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new DatasetExporter(run.Store).ExportAsync(missing, run.Folder("none"), CancellationToken.None));

        Assert.Contains(missing.ToString(), error.Message);
        Assert.False(Directory.Exists(run.Folder("none")));
    }

    [Theory]
    [InlineData("blurring Neil Armstrong: only identifying claims: the relation 'A's crew was led by B' alone identifies the vertex (1 page)", "blurring: only identifying claims")]
    [InlineData("blurring Han dynasty: redundant relation: the other claims identify the vertex without 'A ruled B'", "blurring: redundant relation")]
    [InlineData("blurring X-Men: The Last Stand: underdetermined: 3 pages satisfy every usable claim (also A, B)", "blurring: underdetermined")]
    [InlineData("blurring X: the relation 'A was named by B' (B = Y) is not satisfied by the vertex's page", "blurring: the relation is not satisfied by the vertex's page")]
    [InlineData("shortcut: the answer is the top hit for the claim 'A was named by Smith'", "shortcut: the answer is the top hit for the claim")]
    [InlineData("unverifiable: unreachable: none of the 9 pages (3 evidence, 6 distractors) satisfies every claim about the answer", "unverifiable: unreachable")]
    [InlineData("no in-corpus hyperlink left to extend the tree beyond 2 vertices (minimum 3)", "no in-corpus hyperlink left to extend the tree beyond N vertices")]
    [InlineData(null, "(no reason recorded)")]
    public void Reasons_group_by_their_kind_without_their_particulars(string? reason, string category) =>
        Assert.Equal(category, RejectionReasons.Category(reason));

    private List<JsonNode> Lines(string file) =>
        File.ReadAllLines(Path.Combine(output, file)).Select(l => JsonNode.Parse(l)!).ToList();

    private static IEnumerable<string> Answers(IEnumerable<string> lines) => lines.Select(l => (string)JsonNode.Parse(l)!["answer"]!);

    /// <summary>Markdown table rows by their first cell: the other cells.</summary>
    private static Dictionary<string, string[]> TableRows(string markdown) =>
        markdown.Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Select(l => l.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray())
            .GroupBy(cells => cells[0])
            .ToDictionary(g => g.Key, g => g.First()[1..]);

    [GeneratedRegex(@"\A---\n(.*?)\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();
}
