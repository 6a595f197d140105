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
        command.SetAction(BadInput.Guard(async (parse, ct) =>
        {
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var statePath = Path.GetFullPath(parse.GetValue(state) ?? StateFile.In(outDir));
            var result = await ExportAsync(statePath, parse.GetValue(run)!, outDir, parse.GetValue(testFraction), ct);
            AnsiConsole.MarkupLineInterpolated(
                $"Run [bold]{result.Report.RunName}[/] ({result.Report.Status.ToString().ToLowerInvariant()}): {result.Questions} questions ({result.Train} train, {result.Test} test) and {result.Trajectories} trajectories in {outDir}.");
            return 0;
        }));
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

        if (File.Exists(outDir))
        {
            throw new ArgumentException($"--out {outDir} is a file, not a folder.");
        }

        StateFile.CheckExisting(statePath);
        var database = new Database(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={statePath};Mode=ReadWrite;Pooling=False" });
        await new Migrator(database).MigrateAsync(ct);
        var store = new StateStore(database);
        var found = await store.FindRunAsync(nameOrId, ct)
            ?? throw new ArgumentException($"No run named or with id '{nameOrId}' in {statePath}.");
        if (found.Status == RunStatus.Running)
        {
            // A run that never ended (still going, or its process stopped): its dataset would be partial.
            throw new ArgumentException(
                $"Run '{found.Name}' in {statePath} has not ended (status running): nothing was written. " +
                $"Resume it with infoseek synthesize --run {found.Name} and its --out folder; it writes the dataset when it ends.");
        }

        return await new DatasetExporter(store, new LlmCallStore(database)).ExportAsync(found.RunId, outDir, ct, testFraction);
    }
}
