using System.Security.Cryptography;
using System.Text;

namespace InfoSeek.Domain;

/// <summary>
/// Ids and random seeds derived from names, so that the same run name, seed and tree number give
/// the same ids and choices in every process and after every restart.
/// </summary>
public static class DeterministicIds
{
    /// <summary>A name-based id (the first 16 bytes of SHA-256 over the parts).</summary>
    public static Guid From(params object[] parts)
    {
        var text = string.Join('\u001f', parts.Select(p => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture)));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return new Guid(hash.AsSpan(0, 16));
    }

    public static Guid RunId(string runName) => From("run", runName);

    public static Guid TreeId(Guid runId, int treeNo) => From("tree", runId, treeNo);

    /// <summary>A seed for one decision of one tree: independent of every other tree and of timing.</summary>
    public static int Seed(int runSeed, int treeNo, int step, string purpose)
    {
        var bytes = From("seed", runSeed, treeNo, step, purpose).ToByteArray();
        return BitConverter.ToInt32(bytes, 0) & int.MaxValue;
    }
}
