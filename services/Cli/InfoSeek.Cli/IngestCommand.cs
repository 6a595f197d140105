using System.CommandLine;
using InfoSeek.Corpus;
using Spectre.Console;

namespace InfoSeek.Cli;

/// <summary><c>infoseek ingest &lt;path&gt; --index &lt;dir&gt;</c>: builds a search index and link table from a corpus.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "Corpus file or folder (JSON Lines, MediaWiki XML, HTML)" };
        var index = new Option<string>("--index") { Description = "Folder to write the index to", Required = true };
        var format = CliOptions.Format();
        var command = new Command("ingest", "Index a corpus for search and link lookups") { path, index, format };
        command.SetAction((parse, ct) =>
        {
            var corpus = Path.GetFullPath(parse.GetValue(path)!);
            if (!File.Exists(corpus) && !Directory.Exists(corpus))
            {
                Console.Error.WriteLine($"error: corpus not found: {corpus}");
                return Task.FromResult(2);
            }

            IngestReport r;
            try
            {
                r = IndexStep.WithProgress("Ingest", progress =>
                    CorpusIndexBuilder.Build(corpus, Path.GetFullPath(parse.GetValue(index)!), parse.GetValue(format), progress, ct));
            }
            catch (Exception ex) when (ex is InvalidDataException or ArgumentException)
            {
                // A malformed or truncated corpus (or its multistream index): the message names the file and the position.
                Console.Error.WriteLine($"error: {ex.Message}");
                return Task.FromResult(2);
            }

            AnsiConsole.MarkupLineInterpolated(
                $"{r.Pages:N0} pages, {r.Links:N0} links ({r.InCorpusLinks:N0} inside the corpus, {r.EmptyLinkTargets:N0} empty), {r.Redirects:N0} redirects, {r.Rejected:N0} rejected records, {r.Elapsed.TotalSeconds:N1} s");
            AnsiConsole.MarkupLineInterpolated($"{r.LinkSummary()}");
            foreach (var issue in r.Issues.Take(10))
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]rejected:[/] {issue}");
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
