using System.Text.Json;

namespace InfoSeek.Domain.Mining.Evaluation;

/// <summary>A file of labelled items, one JSON object a line; a malformed line is an error naming the file and the line.</summary>
public static class LabelsFile
{
    public static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="problem">What is wrong with a read item (null when nothing is): it becomes the error for its line.</param>
    public static List<T> Load<T>(string path, string what, Func<T, string?> problem)
        where T : class
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Labels not found: {path}", path);
        }

        var items = new List<T>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            T? item;
            try
            {
                item = JsonSerializer.Deserialize<T>(line, Json);
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path} line {number}: not {what} ({e.Message})", e);
            }

            if ((item is null ? $"not {what}" : problem(item)) is { } error)
            {
                throw new FormatException($"{path} line {number}: {error}");
            }

            items.Add(item!);
        }

        return items;
    }
}
