using System.Diagnostics;

namespace InfoSeek.Cli.Bench;

/// <summary>
/// The process's peak resident set size (Linux VmHWM, <see cref="Process.PeakWorkingSet64"/>). On Linux the peak
/// can be reset (<c>/proc/self/clear_refs</c>), so one phase of the benchmark is measured on its own.
/// </summary>
internal static class PeakMemory
{
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>Starts a new peak at the current RSS; false where the system keeps no resettable peak.</summary>
    public static bool TryReset()
    {
        try
        {
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static long PeakBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
