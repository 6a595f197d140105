using System.Runtime.InteropServices;

namespace InfoSeek.Cli;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM ask the running command to stop: the token it was given is cancelled, it takes no
/// new work and ends with 130 (SIGINT) or 143 (SIGTERM). A command that has not ended <see cref="Bound"/> after the
/// signal, or a second signal, ends the process at once with that code: the state store commits whole
/// transactions only, so a run ended so resumes as after a crash.
/// </summary>
public sealed class StopSignal : IDisposable
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(25);

    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _exitCode;

    public StopSignal() =>
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];

    public CancellationToken Token => _stop.Token;

    /// <summary>130 after SIGINT, 143 after SIGTERM, null while no signal came.</summary>
    public int? ExitCode => Volatile.Read(ref _exitCode) is var code and > 0 ? code : null;

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        var code = context.Signal == PosixSignal.SIGINT ? 130 : 143;
        if (Interlocked.CompareExchange(ref _exitCode, code, 0) != 0)
        {
            Environment.Exit(_exitCode);
        }

        Console.Error.WriteLine($"{context.Signal}: stopping (within {Bound.TotalSeconds:N0} s; a second signal ends the process at once).");
        _ = Task.Delay(Bound).ContinueWith(_ => Environment.Exit(code), TaskScheduler.Default);
        _stop.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }
}
