using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InfoSeek.Domain;
using InfoSeek.Storage;

namespace InfoSeek.Sampler;

/// <summary>Writes a run's dataset files from the store. Files are replaced atomically, never appended.</summary>
public sealed class DatasetExporter(StateStore store)
{
    private static readonly JsonSerializerOptions LineOptions = new(JsonDefaults.Options)
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <returns>The number of questions written.</returns>
    public async Task<int> ExportAsync(Guid runId, string outDirectory, CancellationToken ct)
    {
        var run = await store.FindRunAsync(runId, ct) ?? throw new ArgumentException($"No run {runId} in the store.", nameof(runId));
        var accepted = await store.DatasetSamplesAsync(run, ct);
        Directory.CreateDirectory(outDirectory);
        var lines = new StringBuilder();
        foreach (var sample in accepted)
        {
            var tree = InfoSeekTreeJson.Write(sample.Tree, sample.Question);
            var line = new JsonObject
            {
                ["id"] = $"{run.Request.Seed}-{sample.TreeNo:D6}",
                ["question"] = sample.Question,
                ["answer"] = sample.Answer,
                ["vertices"] = sample.Tree.Vertices.Count,
                ["tree"] = tree,
                ["certificates"] = JsonSerializer.SerializeToNode(
                    sample.Tree.Vertices.Where(v => v.Certificate is not null).Select(v => v.Certificate).ToList(), LineOptions),
            };
            lines.Append(line.ToJsonString(LineOptions)).Append('\n');
        }

        await WriteAtomicallyAsync(Path.Combine(outDirectory, "questions.jsonl"), lines.ToString(), ct);
        return accepted.Count;
    }

    private static async Task WriteAtomicallyAsync(string path, string content, CancellationToken ct)
    {
        var temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, content, new UTF8Encoding(false), ct);
        File.Move(temp, path, overwrite: true);
    }
}
