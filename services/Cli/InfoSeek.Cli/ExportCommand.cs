using System.CommandLine;
using InfoSeek.Sampler;
using InfoSeek.Storage;
using Spectre.Console;

namespace InfoSeek.Cli;

/// <summary><c>infoseek export --run &lt;name-or-id&gt;</c>: writes a stored run's dataset files again, from the state store alone.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var run = new Option<string>("--run") { Description = "The run's name or id", Required = true };
        var output = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => "out" };
        var state = new Option<string?>("--state") { Description = "The SQLite state file (default: <out>/.infoseek/state.db, where synthesize keeps it)" };
        var testFraction = TestFractionOption();
        var command = new Command("export", "Write a finished run's dataset files (questions, trajectories, train/test split, card, report) from the state store")
        {
            run, output, state, testFraction,
        };
        command.SetAction(async (parse, ct) =>
        {
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var statePath = Path.GetFullPath(parse.GetValue(state) ?? Path.Combine(outDir, ".infoseek", "state.db"));
            var nameOrId = parse.GetValue(run)!;
            try
            {
                var result = await ExportAsync(statePath, nameOrId, outDir, parse.GetValue(testFraction), ct);
                AnsiConsole.MarkupLineInterpolated(
                    $"Run [bold]{result.Report.RunName}[/] ({result.Report.Status.ToString().ToLowerInvariant()}): {result.Questions} questions ({result.Train} train, {result.Test} test) and {result.Trajectories} trajectories in {outDir}.");
                return 0;
            }
            catch (ArgumentException e)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    /// <summary>The --test-fraction option both synthesize and export take.</summary>
    public static Option<double> TestFractionOption()
    {
        var option = new Option<double>("--test-fraction")
        {
            Description = "Share of answer entities in the test split",
            DefaultValueFactory = _ => DatasetExporter.DefaultTestFraction,
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (double.IsNaN(value) || value is < 0 or >= 1)
            {
                result.AddError($"--test-fraction {value} must be at least 0 and below 1, e.g. 0.2.");
            }
        });
        return option;
    }

    public static async Task<ExportResult> ExportAsync(string statePath, string nameOrId, string outDir, double testFraction, CancellationToken ct)
    {
        if (!File.Exists(statePath))
        {
            throw new ArgumentException($"No state store at {statePath}: give the --out folder of a synthesize run, or --state <file>.");
        }

        var database = new Database(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={statePath};Mode=ReadWrite" });
        await new Migrator(database).MigrateAsync(ct);
        var store = new StateStore(database);
        var found = await store.FindRunAsync(nameOrId, ct)
            ?? throw new ArgumentException($"No run named or with id '{nameOrId}' in {statePath}.");
        return await new DatasetExporter(store, new LlmCallStore(database)).ExportAsync(found.RunId, outDir, ct, testFraction);
    }
}
