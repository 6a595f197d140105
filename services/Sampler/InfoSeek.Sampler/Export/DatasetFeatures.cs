using System.Text;

namespace InfoSeek.Sampler;

/// <summary>
/// The columns of the exported rows in Hugging Face's <c>dataset_info.features</c> notation, so that
/// <c>datasets</c> reads every split with one declared schema instead of inferring one per file. Every
/// row carries every key (null where a value does not apply), which is what the card promises.
/// </summary>
public static class DatasetFeatures
{
    public abstract record Feature;

    /// <summary>A scalar: string, int64, bool.</summary>
    public sealed record Value(string Dtype) : Feature;

    /// <summary>A list of scalars (<c>sequence: dtype</c>).</summary>
    public sealed record Sequence(string Dtype) : Feature;

    /// <summary>A list of objects (<c>list:</c> with fields).</summary>
    public sealed record ListOf(IReadOnlyList<Field> Fields) : Feature;

    /// <summary>An object (<c>struct:</c> with fields).</summary>
    public sealed record Struct(IReadOnlyList<Field> Fields) : Feature;

    public sealed record Field(string Name, Feature Feature);

    private static readonly Value String = new("string");
    private static readonly Value Int64 = new("int64");
    private static readonly Value Bool = new("bool");

    /// <summary>The filters a question can pass, each "passed", "rejected" or null where it did not run.</summary>
    public static readonly IReadOnlyList<string> FilterNames =
        [SampleJudge.ShortcutFilter, SampleJudge.VerifiableFilter, SampleJudge.ClosedBookFilter, SampleJudge.SolvedFilter];

    /// <summary>A row of train.jsonl and test.jsonl. The tree is InfoSeek's nested JSON as a string: its depth varies, a schema's cannot.</summary>
    public static readonly IReadOnlyList<Field> Question =
    [
        new("id", String),
        new("question", String),
        new("answer", String),
        new("vertices", Int64),
        new("depth", Int64),
        new("filters", new Struct(FilterNames.Select(f => new Field(f, String)).ToList())),
        new("tree", String),
        new("certificates", new ListOf(
        [
            new("entity", String),
            new("claims", new ListOf([new("claim", String), new("candidate_count", Int64), new("other_candidates", new Sequence("string"))])),
            new("intersection", new Sequence("string")),
        ])),
        new("evidence", new ListOf([new("page", String), new("sentence", String), new("start", Int64), new("length", Int64)])),
    ];

    /// <summary>A row of trajectories.jsonl. A step that is no search has null hits, gold and gold_retrieved.</summary>
    public static readonly IReadOnlyList<Field> Trajectory =
    [
        new("id", String),
        new("question", String),
        new("answer", String),
        new("split", String),
        new("solver", String),
        new("final_answer", String),
        new("correct", Bool),
        new("steps", new ListOf(
        [
            new("kind", String), new("content", String), new("hits", new Sequence("string")), new("gold", String), new("gold_retrieved", Bool),
        ])),
        new("retrieval_labels", new ListOf([new("query", String), new("gold", String), new("retrieved", Bool)])),
        new("conversation", new ListOf([new("role", String), new("content", String)])),
    ];

    /// <summary>The fields as YAML list items, indented by <paramref name="indent"/> spaces.</summary>
    public static void WriteYaml(StringBuilder yaml, IReadOnlyList<Field> fields, int indent)
    {
        var pad = new string(' ', indent);
        foreach (var field in fields)
        {
            yaml.Append(pad).Append("- name: ").AppendLine(field.Name);
            switch (field.Feature)
            {
                case Value v:
                    yaml.Append(pad).Append("  dtype: ").AppendLine(v.Dtype);
                    break;
                case Sequence s:
                    yaml.Append(pad).Append("  sequence: ").AppendLine(s.Dtype);
                    break;
                case ListOf l:
                    yaml.Append(pad).AppendLine("  list:");
                    WriteYaml(yaml, l.Fields, indent + 2);
                    break;
                case Struct o:
                    yaml.Append(pad).AppendLine("  struct:");
                    WriteYaml(yaml, o.Fields, indent + 2);
                    break;
            }
        }
    }
}
