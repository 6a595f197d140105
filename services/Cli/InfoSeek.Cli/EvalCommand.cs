using System.CommandLine;
using System.Globalization;
using InfoSeek.Corpus;
using InfoSeek.Domain.Mining.Evaluation;
using InfoSeek.Domain.Questions;

namespace InfoSeek.Cli;

/// <summary>
/// <c>infoseek eval claims</c>: the claim miner's precision on the labelled claims of a corpus
/// (data/eval/claims.jsonl), its claims per page, and the claims it emits that are not labelled yet.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var corpus = CliOptions.Corpus();
        var format = CliOptions.Format();
        var cache = CliOptions.Cache();
        var labels = new Option<string>("--labels") { Description = "Labelled claims, one JSON object a line (default: data/eval/claims.jsonl in the repository)" };
        var pages = new Option<int>("--pages") { Description = "Random pages to count claims per page on", DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { Description = "Seeds the random pages and the sample of unlabelled claims", DefaultValueFactory = _ => 1 };
        var unlabelled = new Option<string?>("--unlabelled") { Description = "Write a sample of the claims emitted on labelled pages that have no label yet to this file, for labelling" };
        var sample = new Option<int>("--sample") { Description = "How many unlabelled claims to write", DefaultValueFactory = _ => 50 };
        var show = new Option<string[]>("--show") { Description = "Print the labelled claims the miner still emits with these labels (true, vague, false), with their reasons", AllowMultipleArgumentsPerToken = true };
        var round = new Option<int>("--round") { Description = "The labelling round written into the unlabelled claims", DefaultValueFactory = _ => 2 };
        var newPages = new Option<int>("--new-pages") { Description = "Draw the unlabelled claims from this many random pages with no labelled claim yet (a held-out sample) instead of the labelled pages" };
        var fromQuestions = new Option<string?>("--from-questions") { Description = "Draw the unlabelled claims from the claims a run's questions used (its questions.jsonl), the claims a dataset ships" };
        var claims = new Command("claims", "Precision of the claim miner on labelled claims, claims per page, and unlabelled claims to label")
        {
            corpus, format, cache, labels, pages, seed, unlabelled, sample, round, show, newPages, fromQuestions,
        };
        BadInput.AtLeast(pages, 1);
        BadInput.AtLeast(sample, 0);
        BadInput.AtLeast(round, 1);
        BadInput.AtLeast(newPages, 0);
        claims.SetAction(BadInput.Guard((parse, ct) =>
        {
            var corpusPath = Path.GetFullPath(parse.GetValue(corpus) ?? CliPaths.DefaultCorpus());
            var labelsPath = Path.GetFullPath(parse.GetValue(labels) ?? CliPaths.DefaultClaimLabels());
            var labelled = LabelledClaim.Load(labelsPath);
            using var index = CorpusIndex.Open(IndexStep.Ensure(corpusPath, parse.GetValue(cache)!, parse.GetValue(format), ct));
            var name = Path.GetFileName(corpusPath);
            var precision = ClaimEvaluation.Evaluate(index, name, labelled);
            var (perPage, withNone) = ClaimEvaluation.ClaimsPerPage(index, parse.GetValue(pages), parse.GetValue(seed));
            Console.Out.Write(Report(precision, parse.GetValue(pages), perPage, withNone));
            foreach (var claim in precision.Emitted.Where(c => (parse.GetValue(show) ?? []).Contains(c.Label)))
            {
                Console.Out.WriteLine($"{claim.Id} {claim.Label}: {claim.Page}: {claim.Text}{(claim.Target is null ? "" : $" (B = {claim.Target})")} -- {claim.Reason}");
            }

            if (parse.GetValue(unlabelled) is { } output)
            {
                UnlabelledClaim[] drawn;
                if (parse.GetValue(fromQuestions) is { } questionsPath)
                {
                    var (used, unseen) = ClaimEvaluation.FromQuestions(VerifyCommand.ReadSamples(Path.GetFullPath(questionsPath)).Select(q => q.Tree), name, labelled);
                    Console.Out.WriteLine($"claims the questions used: {used}, of them unlabelled: {unseen.Count}");
                    drawn = [.. unseen];
                }
                else
                {
                    drawn = parse.GetValue(newPages) is > 0 and var fresh
                        ? ClaimEvaluation.OnNewPages(index, name, labelled, fresh, parse.GetValue(seed)).ToArray()
                        : precision.Unlabelled.ToArray();
                    new Random(parse.GetValue(seed)).Shuffle(drawn);
                }

                var lines = drawn.Take(parse.GetValue(sample)).Select((c, i) => LabelledClaim.Unlabelled(
                    string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(name))}-r{parse.GetValue(round)}-{i + 1:D3}"),
                    name, c.Page, c.Claim, parse.GetValue(round)).ToJson());
                File.WriteAllLines(output, lines);
                Console.Out.WriteLine($"wrote {Math.Min(drawn.Length, parse.GetValue(sample))} unlabelled claims to {output}");
            }

            return 0;
        }));
        return new Command("eval", "Measure parts of the method on labelled data and on a run's questions") { claims, Types(), Shortcuts() };
    }

    /// <summary>
    /// <c>infoseek eval types</c>: how many of the type descriptors questions show are good noun phrases, on the labelled
    /// pages of a corpus (data/eval/types.jsonl), and descriptors of new random pages to label.
    /// </summary>
    private static Command Types()
    {
        var corpus = CliOptions.Corpus();
        var format = CliOptions.Format();
        var cache = CliOptions.Cache();
        var labels = new Option<string>("--labels") { Description = "Labelled type descriptors, one JSON object a line (default: data/eval/types.jsonl in the repository)" };
        var seed = new Option<int>("--seed") { Description = "Seeds the new pages drawn for labelling", DefaultValueFactory = _ => 1 };
        var unlabelled = new Option<string?>("--unlabelled") { Description = "Write the descriptors of new random pages (and of labelled pages whose descriptor changed) to this file, for labelling" };
        var newPages = new Option<int>("--new-pages") { Description = "How many random pages with no label yet to draw for --unlabelled", DefaultValueFactory = _ => 100 };
        var round = new Option<int>("--round") { Description = "The labelling round written into the unlabelled descriptors", DefaultValueFactory = _ => 1 };
        var show = new Option<string[]>("--show") { Description = "Print the labelled descriptors still shown with these labels (good, poor, false), with their reasons", AllowMultipleArgumentsPerToken = true };
        BadInput.AtLeast(newPages, 0);
        BadInput.AtLeast(round, 1);
        var command = new Command("types", "Precision of the type descriptors questions show, on labelled pages, and new descriptors to label")
        {
            corpus, format, cache, labels, seed, unlabelled, newPages, round, show,
        };
        command.SetAction(BadInput.Guard((parse, ct) =>
        {
            var corpusPath = Path.GetFullPath(parse.GetValue(corpus) ?? CliPaths.DefaultCorpus());
            var labelsPath = Path.GetFullPath(parse.GetValue(labels) ?? CliPaths.DefaultTypeLabels());
            var labelled = File.Exists(labelsPath) || parse.GetValue(labels) is not null ? LabelledType.Load(labelsPath) : [];
            using var index = CorpusIndex.Open(IndexStep.Ensure(corpusPath, parse.GetValue(cache)!, parse.GetValue(format), ct));
            var name = Path.GetFileName(corpusPath);
            var p = TypeEvaluation.Evaluate(index, name, labelled);
            Console.Out.Write(string.Create(CultureInfo.InvariantCulture, $"""
                corpus: {p.Corpus}
                labelled descriptors: {p.Labelled}; still shown: {p.Kept.Count}; changed since labelled: {p.Changed.Count}
                precision: {p.GoodShare:P1} good ({p.Good}), {p.Poor} poor, {p.FalseShare:P1} false ({p.False})

                """));
            foreach (var type in p.Kept.Where(t => (parse.GetValue(show) ?? []).Contains(t.Label)))
            {
                Console.Out.WriteLine($"{type.Id} {type.Label}: {type.Page}: {type.Descriptor} -- {type.Reason}");
            }

            if (parse.GetValue(unlabelled) is { } output)
            {
                var (drawn, withNone) = TypeEvaluation.Draw(index, name, labelled, parse.GetValue(newPages), parse.GetValue(seed), parse.GetValue(round));
                File.WriteAllLines(output, p.Changed.Concat(drawn).Select(t => t.ToJson()));
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"drew {parse.GetValue(newPages)} new pages: {drawn.Count} with a descriptor, {withNone} without; wrote {drawn.Count + p.Changed.Count} unlabelled descriptors to {output}"));
            }

            return 0;
        }));
        return command;
    }

    /// <summary>
    /// <c>infoseek eval shortcuts &lt;questions.jsonl&gt;</c>: how often one search gives the answer away, with the
    /// index the shortcut filter uses and with a plain BM25 index built apart from it (<see cref="PlainBm25Index"/>).
    /// </summary>
    private static Command Shortcuts()
    {
        var questions = new Argument<string>("questions") { Description = "A questions.jsonl file written by synthesize or export" };
        var corpus = CliOptions.Corpus();
        var format = CliOptions.Format();
        var cache = CliOptions.Cache();
        var show = new Option<bool>("--show") { Description = "List every question a retriever gives away, with the search that did it" };
        var depth = new Option<int>("--depth") { Description = "How many hits for the whole question count as giving the answer away", DefaultValueFactory = _ => ShortcutAudit.QuestionDepth };
        BadInput.AtLeast(depth, 1);
        var command = new Command("shortcuts", "How often the answer is among the top 5 hits for the whole question, or the top hit for one claim, with the run's index and with a plain BM25 index built apart from it")
        {
            questions, corpus, format, cache, show, depth,
        };
        command.SetAction(BadInput.Guard((parse, ct) =>
        {
            var samples = VerifyCommand.ReadSamples(Path.GetFullPath(parse.GetValue(questions)!))
                .Select(s => new ShortcutAudit.Question(s.Id, s.Question, s.Answer, s.Tree)).ToList();
            var corpusPath = Path.GetFullPath(parse.GetValue(corpus) ?? CliPaths.DefaultCorpus());
            using var index = CorpusIndex.Open(IndexStep.Ensure(corpusPath, parse.GetValue(cache)!, parse.GetValue(format), ct));
            using var plain = PlainBm25Index.Of(index);
            var results = new (string Name, ShortcutAudit.Result Result)[]
            {
                ("run index, stemmed ranking (the filter's first)", ShortcutAudit.Measure(samples, (q, k) => Titles(index.Search(q, k, SearchRanking.Stemmed)), parse.GetValue(depth))),
                ("run index, plain ranking (the filter's second)", ShortcutAudit.Measure(samples, (q, k) => Titles(index.Search(q, k, SearchRanking.Plain)), parse.GetValue(depth))),
                ("outside index: plain BM25 built apart in memory", ShortcutAudit.Measure(samples, plain.Search, parse.GetValue(depth))),
            };
            Console.Out.WriteLine($"{samples.Count} questions; answer in the top 1 / top {parse.GetValue(depth)} for the whole question; top hit for a claim");
            foreach (var (name, r) in results)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {Share(r.QuestionTop1, r.Questions)} / {Share(r.QuestionTop5, r.Questions)}; {Share(r.ClaimTop1, r.Questions)}"));
                foreach (var (id, why) in parse.GetValue(show) ? r.Offenders : [])
                {
                    Console.Out.WriteLine($"  {id}: {why}");
                }
            }

            return 0;
        }));
        return command;
    }

    private static List<string> Titles(IEnumerable<SearchHit> hits) => hits.Select(h => h.Title).ToList();

    private static string Share(int count, int of) => string.Create(CultureInfo.InvariantCulture, $"{count} ({(of == 0 ? 0 : (double)count / of):P1})");

    public static string Report(ClaimPrecision p, int pages, double perPage, int withNone) => string.Create(CultureInfo.InvariantCulture, $"""
        corpus: {p.Corpus}
        labelled claims: {p.Labelled} on {p.Pages} pages; still emitted: {p.Measured}; no longer emitted: {p.Dropped}
        precision: {p.TrueShare:P1} true ({p.True}), {p.VagueShare:P1} vague ({p.Vague}), {p.FalseShare:P1} false ({p.False})
        claims emitted on the labelled pages: {p.Mined}, of them unlabelled: {p.Unlabelled.Count}
        claims per page over {pages} random pages: {perPage:F1} ({withNone} pages with none)

        """);
}
