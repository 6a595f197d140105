using System.Globalization;
using InfoSeek.Corpus;
using InfoSeek.Domain.Questions;

namespace InfoSeek.Domain.Mining.Evaluation;

/// <summary>
/// Measures the type descriptors questions show ("Who is an English composer …") on labelled pages: each labelled
/// page is mined again; a descriptor that is still the labelled one counts with its label, a changed one is
/// unlabelled until someone labels it.
/// </summary>
public static class TypeEvaluation
{
    /// <summary>The descriptor a question shows for the page's entity, or null when it shows none ("something").</summary>
    public static string? Shown(CorpusPage page, Func<string, string?> resolve) =>
        NounPhrases.CleanDescriptor(ClaimMiner.Mine(page, resolve).TypeDescriptor);

    public static TypePrecision Evaluate(CorpusIndex index, string corpusName, IReadOnlyList<LabelledType> labels)
    {
        ArgumentNullException.ThrowIfNull(index);
        var ofCorpus = labels.Where(l => l.Corpus == corpusName && l.Label is not null).ToList();
        var kept = new List<LabelledType>();
        var changed = new List<LabelledType>();
        foreach (var label in ofCorpus)
        {
            var page = index.FindPage(label.Page) ?? throw new InvalidDataException($"The labelled page '{label.Page}' is not in {corpusName}.");
            var shown = Shown(page, index.Resolve);
            if (shown == label.Descriptor)
            {
                kept.Add(label);
            }
            else if (shown is not null)
            {
                changed.Add(Unlabelled(label.Id, corpusName, page, shown, label.Round));
            }
        }

        return new TypePrecision(corpusName, kept, ofCorpus.Count, changed);
    }

    /// <summary>
    /// Descriptors of <paramref name="count"/> pages drawn by the seed from those not labelled yet, to be labelled:
    /// a held-out sample of text the rules were not tuned on. Pages without a descriptor count as drawn and are skipped.
    /// </summary>
    public static (List<LabelledType> Drawn, int WithNone) Draw(CorpusIndex index, string corpusName, IReadOnlyList<LabelledType> labels, int count, int seed, int round)
    {
        var prefix = Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(corpusName));
        var drawn = new List<LabelledType>();
        var withNone = 0;
        foreach (var page in ClaimEvaluation.NewPages(index, labels.Where(l => l.Corpus == corpusName).Select(l => l.Page), seed).Take(count))
        {
            if (Shown(page, index.Resolve) is { } shown)
            {
                drawn.Add(Unlabelled(string.Create(CultureInfo.InvariantCulture, $"{prefix}-t{round}-{drawn.Count + 1:D3}"), corpusName, page, shown, round));
            }
            else
            {
                withNone++;
            }
        }

        return (drawn, withNone);
    }

    private static LabelledType Unlabelled(string id, string corpusName, CorpusPage page, string descriptor, int round) =>
        new(id, corpusName, page.Title, page.Text.Length <= LabelledType.LeadLength ? page.Text : page.Text[..LabelledType.LeadLength], descriptor, null, null, round);
}

/// <summary>The shown type descriptors' precision on one corpus's labelled pages.</summary>
/// <param name="Kept">Labelled descriptors still shown as labelled: the sample precision is measured on.</param>
/// <param name="Changed">Pages whose descriptor is no longer the labelled one, with the new descriptor, unlabelled.</param>
public sealed record TypePrecision(string Corpus, IReadOnlyList<LabelledType> Kept, int Labelled, IReadOnlyList<LabelledType> Changed)
{
    public int Good => Kept.Count(l => l.Label == "good");

    public int Poor => Kept.Count(l => l.Label == "poor");

    public int False => Kept.Count(l => l.Label == "false");

    public double GoodShare => Kept.Count == 0 ? 0 : (double)Good / Kept.Count;

    public double FalseShare => Kept.Count == 0 ? 0 : (double)False / Kept.Count;
}
