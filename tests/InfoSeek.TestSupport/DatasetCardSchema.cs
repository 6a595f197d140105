using System.Text.Json.Nodes;
using NJsonSchema;
using YamlDotNet.Serialization;

namespace InfoSeek.TestSupport;

/// <summary>
/// Checks an exported dataset folder against its own card: the <c>dataset_info</c> features of every
/// config in README.md's front matter become a JSON schema (every declared key required, no other key,
/// any value may be null as in Arrow), and every row of every file the config names is validated.
/// </summary>
public static class DatasetCardSchema
{
    /// <summary>Every problem found, as "file line N: ..."; empty when every row fits its config's features.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(string folder)
    {
        var card = File.ReadAllText(Path.Combine(folder, "README.md"));
        var parts = card.Split("---\n", 3);
        if (parts.Length < 3 || parts[0].Length != 0)
        {
            return ["README.md: no YAML front matter"];
        }

        var front = JsonNode.Parse(new SerializerBuilder().JsonCompatible().Build()
            .Serialize(new DeserializerBuilder().Build().Deserialize<object>(parts[1])))!.AsObject();
        var problems = new List<string>();
        var configs = front["configs"]!.AsArray().ToDictionary(c => (string)c!["config_name"]!, c => c!["data_files"]!.AsArray().Select(f => (string)f!["path"]!).ToList());
        foreach (var info in front["dataset_info"]?.AsArray() ?? [])
        {
            var name = (string)info!["config_name"]!;
            var schema = await JsonSchema.FromJsonAsync(Schema(info["features"]!.AsArray()).ToJsonString());
            foreach (var file in configs[name])
            {
                var number = 0;
                foreach (var line in File.ReadLines(Path.Combine(folder, file)))
                {
                    number++;
                    problems.AddRange(schema.Validate(line).Select(e => $"{file} line {number}: {e.Kind} at {e.Path}"));
                }
            }
        }

        if (front["dataset_info"] is null)
        {
            problems.Add("README.md: no dataset_info");
        }

        return problems;
    }

    /// <summary>A JSON schema object for a list of Hugging Face feature entries.</summary>
    public static JsonObject Schema(JsonArray features)
    {
        var properties = new JsonObject();
        foreach (var feature in features)
        {
            properties[(string)feature!["name"]!] = Feature(feature.AsObject());
        }

        return new JsonObject
        {
            ["type"] = new JsonArray("object", "null"),
            ["properties"] = properties,
            ["required"] = new JsonArray(properties.Select(p => (JsonNode)JsonValue.Create(p.Key)!).ToArray()),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Feature(JsonObject feature)
    {
        if (feature["dtype"] is { } dtype)
        {
            return Scalar((string)dtype!);
        }

        if (feature["sequence"] is { } sequence)
        {
            return new JsonObject { ["type"] = new JsonArray("array", "null"), ["items"] = Scalar((string)sequence!) };
        }

        if (feature["list"] is JsonArray list)
        {
            return new JsonObject { ["type"] = new JsonArray("array", "null"), ["items"] = Schema(list) };
        }

        if (feature["struct"] is JsonArray fields)
        {
            return Schema(fields);
        }

        throw new FormatException($"feature {feature.ToJsonString()}: no dtype, sequence, list or struct");
    }

    private static JsonObject Scalar(string dtype) => new()
    {
        ["type"] = new JsonArray(dtype switch
        {
            "string" => "string",
            "bool" => "boolean",
            "int64" or "int32" => "integer",
            "float64" or "float32" => "number",
            _ => throw new FormatException($"dtype {dtype}: not a type the card should use"),
        }, "null"),
    };
}
