using System.CommandLine;
using InfoSeek.Browser;
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
        command.SetAction(BadInput.Guard((parse, ct) =>
        {
            var corpus = Path.GetFullPath(parse.GetValue(path)!);
            var indexDir = Path.GetFullPath(parse.GetValue(index)!);
            if (File.Exists(indexDir))
            {
                throw new ArgumentException($"--index {indexDir} is a file, not a folder.");
            }

            // A missing, malformed or truncated corpus (or its multistream index) is an error naming the file and the position.
            var r = IndexStep.WithProgress("Ingest", progress => CorpusIndexBuilder.Build(corpus, indexDir, parse.GetValue(format), progress, ct));

            AnsiConsole.MarkupLineInterpolated(
                $"{r.Pages:N0} pages, {r.Links:N0} links ({r.InCorpusLinks:N0} inside the corpus, {r.EmptyLinkTargets:N0} empty), {r.Redirects:N0} redirects, {r.Rejected:N0} rejected records, {r.Elapsed.TotalSeconds:N1} s");
            AnsiConsole.MarkupLineInterpolated($"{r.LinkSummary()}");
            AnsiConsole.WriteLine(IndexStep.ReadPagesForTrees(progress => BrowserIngest.PreparePages(indexDir, progress, ct)));

            foreach (var issue in r.Issues.Take(10))
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]rejected:[/] {issue}");
            }

            return 0;
        }));
        return command;
    }
}
