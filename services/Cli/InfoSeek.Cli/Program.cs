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
return await root.Parse(args).InvokeAsync();
