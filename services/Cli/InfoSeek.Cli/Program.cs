using System.CommandLine;
using InfoSeek.Cli;

var root = new RootCommand("InfoSeek: synthesizes verifiable multi-hop research questions from a corpus of web pages.")
{
    SynthesizeCommand.Create(),
    ExportCommand.Create(),
    IngestCommand.Create(),
    BenchCommand.Create(),
    VerifyCommand.Create(),
    CapacityCommand.Create(),
    EvalCommand.Create(),
    ServeCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // Options that do not parse or are out of range are bad input like any other.
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine($"(see {parse.CommandResult.Command.Name} --help)");
    return BadInput.ExitCode;
}

using var stop = new StopSignal();
try
{
    var code = await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, stop.Token);
    return stop.ExitCode ?? code;
}
catch (OperationCanceledException) when (stop.ExitCode is { } stopped)
{
    Console.Error.WriteLine("Stopped before the command ended.");
    return stopped;
}
