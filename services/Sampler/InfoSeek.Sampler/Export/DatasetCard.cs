using System.Text;

namespace InfoSeek.Sampler;

/// <summary>
/// The dataset card (README.md) with Hugging Face front matter: licence, language, task
/// categories, size category and a <c>configs</c> entry naming train.jsonl and test.jsonl, so the
/// folder loads with <c>datasets.load_dataset(folder)</c> or <c>load_dataset("json", data_dir=folder)</c>.
/// The licence is the corpus's (<see cref="CorpusLicence.For"/>): the data is derived from its text.
/// </summary>
public static class DatasetCard
{
    public static string Write(DatasetReport report)
    {
        var licence = CorpusLicence.For(report.CorpusFile);
        var card = new StringBuilder();
        card.AppendLine("---");
        card.AppendLine($"license: {licence.Id}");
        card.AppendLine("language:");
        card.AppendLine("- en");
        card.AppendLine($"pretty_name: {Quote($"InfoSeek research questions ({report.RunName})")}");
        card.AppendLine("task_categories:");
        card.AppendLine("- question-answering");
        card.AppendLine("- text-generation");
        card.AppendLine("tags:");
        card.AppendLine("- deep-research");
        card.AppendLine("- multi-hop-qa");
        card.AppendLine("- synthetic-data");
        card.AppendLine("- wikipedia");
        card.AppendLine("size_categories:");
        card.AppendLine($"- {SizeCategory(report.Accepted)}");
        card.AppendLine("configs:");
        card.AppendLine("- config_name: default");
        card.AppendLine("  data_files:");
        card.AppendLine("  - split: train");
        card.AppendLine("    path: train.jsonl");
        card.AppendLine("  - split: test");
        card.AppendLine("    path: test.jsonl");
        card.AppendLine("- config_name: trajectories");
        card.AppendLine("  data_files:");
        card.AppendLine("  - split: train");
        card.AppendLine("    path: trajectories.jsonl");
        card.AppendLine("dataset_info:");
        DatasetInfo(card, "default", DatasetFeatures.Question, ("train", report.Train), ("test", report.Test));
        DatasetInfo(card, "trajectories", DatasetFeatures.Trajectory, ("train", report.Trajectories));
        card.AppendLine("---");
        card.AppendLine();
        card.AppendLine($"# InfoSeek research questions: {report.RunName}");
        card.AppendLine();
        card.AppendLine(
            $"{report.Accepted} questions synthesised from a Wikipedia corpus with the InfoSeek method (\"Open Data Synthesis for Deep Research\", arXiv 2509.00375), " +
            $"run `{report.RunName}` with seed {report.Seed}. Each question describes its answer, a Wikipedia page, only through a hierarchy of claims: " +
            "hidden entities are themselves described by claims, so the answer is reached by resolving the sub-questions bottom-up. " +
            "Every claim keeps the sentence it was read from. Every blurred entity carries a certificate: each of its claims alone fits several pages of the corpus, all of them together exactly one.");
        card.AppendLine();
        card.AppendLine(
            "Every question passed the filters its row names in `filters`: **shortcut** (the answer is neither among the top 5 search hits for the whole question nor the top hit for any claim that names no hidden entity), " +
            "**verifiable** (resolving the hidden entities deepest first among the evidence pages and the nearest search hits of every claim, each is the only page that satisfies its claims, and the last is the answer), " +
            "**solved** (the search trajectory reaches the answer) and, where the Sampler ran on a model, **closed-book** (the model does not name the answer without searching; null where it did not run). " +
            $"The split is by answer entity ({report.Train} train, {report.Test} test): no answer is in both. " +
            (report.PerAnswer > 1 ? $"An answer carries up to {report.PerAnswer} questions, each from a tree with other vertices. " : "") +
            $"{CorpusSentence(report.CorpusFile)} " +
            "See `report.md` for how the run went.");
        card.AppendLine();
        card.AppendLine("## Files");
        card.AppendLine();
        card.AppendLine("| file | rows | content |");
        card.AppendLine("|---|---:|---|");
        card.AppendLine($"| `train.jsonl` | {report.Train} | the training questions: `id`, `question`, `answer`, `vertices`, `depth`, `filters`, `tree` (InfoSeek's tree shape with evidence, as a JSON string: `json.loads(row[\"tree\"])`), `certificates`, `evidence` |");
        card.AppendLine($"| `test.jsonl` | {report.Test} | the test questions, with the same columns |");
        card.AppendLine($"| `questions.jsonl` | {report.Accepted} | every question, with `tree` as nested JSON to read |");
        card.AppendLine($"| `trajectories.jsonl` | {report.Trajectories} | a search trajectory per question: `steps` with queries, hits and retrieval labels, `correct`, `split`, and `conversation` for supervised fine-tuning |");
        card.AppendLine("| `report.md`, `vertex-histogram.png` | | statistics of the run |");
        card.AppendLine();
        card.AppendLine("```python");
        card.AppendLine("from datasets import load_dataset");
        card.AppendLine("questions = load_dataset(\"path/to/this/folder\")   # train and test splits, with the features declared above");
        card.AppendLine("sft = load_dataset(\"path/to/this/folder\", \"trajectories\")[\"train\"].filter(lambda r: r[\"split\"] == \"train\" and r[\"correct\"])");
        card.AppendLine("```");
        card.AppendLine();
        card.AppendLine("## Trajectories");
        card.AppendLine();
        card.AppendLine(
            $"Written by the `tree-guided` solver, which needs no model: it resolves the hidden entities deepest first, searching one sub-question at a time (the entity's type and one claim) until a page satisfies every claim, and checks each claim on the chosen page with a search that shows its text before concluding. " +
            $"{report.TrajectoriesCorrect} of {report.Trajectories} reach the gold answer; {report.SearchStepsGoldRetrieved} of {report.SearchSteps} searches retrieved the page they looked for. " +
            "`conversation` follows Search-R1 and InfoSeek: a system turn with the tag protocol, the question as the user turn, and one assistant turn holding the whole transcript: " +
            "`<think>…</think>`, `<search>query</search>`, the engine's reply as `<information>Doc 1(Title: …) snippet …</information>`, and finally `<answer>…</answer>`. " +
            "Mask the `<information>` blocks out of the loss, and keep only the trajectories of the train split (the `split` field), preferably the correct ones.");
        card.AppendLine();
        card.AppendLine("## Licence and attribution");
        card.AppendLine();
        card.AppendLine($"{licence.Statement} Each evidence sentence names the article it comes from.");
        return card.ToString();
    }

    /// <summary>One config's entry under <c>dataset_info</c>: its features and the rows of each split.</summary>
    private static void DatasetInfo(StringBuilder card, string config, IReadOnlyList<DatasetFeatures.Field> features, params (string Name, int Rows)[] splits)
    {
        card.AppendLine($"- config_name: {config}");
        card.AppendLine("  features:");
        DatasetFeatures.WriteYaml(card, features, 2);
        card.AppendLine("  splits:");
        foreach (var (name, rows) in splits)
        {
            card.AppendLine($"  - name: {name}");
            card.AppendLine($"    num_examples: {rows}");
        }
    }

    /// <summary>Where the questions come from, in one sentence.</summary>
    private static string CorpusSentence(string? corpusFile) => corpusFile is null
        ? "The corpus file of the run was not recorded."
        : $"The corpus was `{corpusFile}`, and every answer and evidence page is one of its pages.";

    /// <summary>Hugging Face's size buckets.</summary>
    public static string SizeCategory(int rows) => rows switch
    {
        < 1_000 => "n<1K",
        < 10_000 => "1K<n<10K",
        < 100_000 => "10K<n<100K",
        < 1_000_000 => "100K<n<1M",
        < 10_000_000 => "1M<n<10M",
        _ => "10M<n<100M",
    };

    private static string Quote(string text) => $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
