using System.Diagnostics;
using System.Text;

namespace InfoSeek.TestSupport;

/// <summary>A process started by a test: output captured, killed (with its children) when disposed.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    public ChildProcess(string fileName, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }

        process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Runs a .NET program built in this repository (path relative to the repository).</summary>
    public static ChildProcess Dotnet(string dll, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? workingDirectory = null) =>
        // Started through env(1) with SIGINT and SIGQUIT at their defaults, as a supervisor or a terminal starts a process:
        // a test runner launched in the background without job control hands them down ignored, and .NET keeps an
        // inherited ignore, so a Ctrl+C test would see its signal dropped. env execs dotnet: the process id stays the same.
        new("env", new[] { "--default-signal=INT,QUIT", "dotnet", Path.Combine(Repository.Root, dll) }.Concat(arguments), environment, workingDirectory);

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{process.StartInfo.FileName} {string.Join(' ', process.StartInfo.ArgumentList)} did not exit within {timeout}. Output:\n{Output}");
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Sends a signal by name ("TERM", "INT"), as a supervisor or Ctrl+C does.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-s", name, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -s {name} {process.Id} failed with {kill.ExitCode}");
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
