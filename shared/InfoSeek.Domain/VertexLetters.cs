namespace InfoSeek.Domain;

/// <summary>The placeholder letters of InfoSeek's tree shape: vertex 0 is "A", 25 is "Z", 26 is "AA".</summary>
public static class VertexLetters
{
    public static string Of(int vertexId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexId);
        var letters = "";
        var n = vertexId;
        do
        {
            letters = (char)('A' + (n % 26)) + letters;
            n = (n / 26) - 1;
        }
        while (n >= 0);
        return letters;
    }

    public static int Parse(string letters)
    {
        if (string.IsNullOrEmpty(letters) || !letters.All(c => c is >= 'A' and <= 'Z'))
        {
            throw new FormatException($"'{letters}' is not a vertex id (upper-case letters A, B, …, AA).");
        }

        var n = 0;
        foreach (var c in letters)
        {
            n = (n * 26) + (c - 'A' + 1);
        }

        return n - 1;
    }
}
