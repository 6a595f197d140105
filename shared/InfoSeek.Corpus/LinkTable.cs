using System.Text;

namespace InfoSeek.Corpus;

/// <summary>
/// Titles, redirects and the in-corpus link graph of an index, kept in memory and persisted as one
/// binary file so that opening an index does not touch the page texts. Adjacency lists are stored
/// in compressed-sparse-row form: the neighbours of page p are <c>Targets[Start[p]..Start[p+1]]</c>.
/// </summary>
internal sealed class LinkTable
{
    public const string FileName = "links.bin";
    private const int Magic = 0x544C5349; // "ISLT"
    private const int Version = 1;

    // Redirect chains longer than this are treated as broken (MediaWiki itself follows one hop).
    private const int MaxRedirectHops = 8;

    private readonly Dictionary<string, int> _byKey;
    private readonly Dictionary<string, int> _byKeyIgnoreCase;

    private LinkTable(string[] titles, string[] keys, Dictionary<string, string> redirects, int[] outStart, int[] outTargets, int[] inStart, int[] inSources)
    {
        Titles = titles;
        Keys = keys;
        Redirects = redirects;
        OutStart = outStart;
        OutTargets = outTargets;
        InStart = inStart;
        InSources = inSources;
        _byKey = new Dictionary<string, int>(titles.Length, StringComparer.Ordinal);
        _byKeyIgnoreCase = new Dictionary<string, int>(titles.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < keys.Length; i++)
        {
            // On duplicate titles the first page in corpus order wins, for determinism.
            _byKey.TryAdd(keys[i], i);
            _byKeyIgnoreCase.TryAdd(keys[i], i);
        }
    }

    /// <summary>Display titles by ordinal.</summary>
    public string[] Titles { get; }

    /// <summary>Normalised titles by ordinal.</summary>
    public string[] Keys { get; }

    /// <summary>Normalised redirect title → normalised target title.</summary>
    public Dictionary<string, string> Redirects { get; }

    public int[] OutStart { get; private set; }
    public int[] OutTargets { get; private set; }
    public int[] InStart { get; private set; }
    public int[] InSources { get; private set; }

    public int PageCount => Titles.Length;

    /// <summary>Resolves a normalised title the way MediaWiki does: exact title, else through redirects.</summary>
    public int ResolveKey(string key) => ResolveKey(key, _byKey);

    /// <summary>
    /// Resolves a title as a user would type it: normalised, then exact or through redirects, and finally
    /// ignoring case ("Neil armstrong"), in which case the first page in corpus order wins.
    /// </summary>
    public int ResolveTitle(string title)
    {
        var key = TitleNormalizer.Normalize(title);
        if (key is null)
        {
            return -1;
        }

        var ordinal = ResolveKey(key, _byKey);
        return ordinal >= 0 ? ordinal : ResolveKey(key, _byKeyIgnoreCase);
    }

    private int ResolveKey(string key, Dictionary<string, int> titles)
    {
        for (var hop = 0; hop <= MaxRedirectHops; hop++)
        {
            if (titles.TryGetValue(key, out var ordinal))
            {
                return ordinal;
            }

            if (!Redirects.TryGetValue(key, out var next))
            {
                return -1;
            }

            key = next;
        }

        return -1;
    }

    /// <summary>
    /// Builds the graph from each page's link targets (in page order, as written by <see cref="WriteTargets"/>).
    /// Links resolve through redirects; self-links are dropped; each page's out-links are distinct and in text
    /// order, in-links distinct and in ascending ordinal.
    /// </summary>
    /// <param name="inCorpusLinks">Link occurrences (not distinct) that reached another page of the corpus.</param>
    public static LinkTable Build(List<string> titles, List<string> keys, Dictionary<string, string> redirects, Stream targets, out long inCorpusLinks)
    {
        // The graph arrays are filled in below, once the title lookups of the new table can resolve targets.
        var table = new LinkTable([.. titles], [.. keys], redirects, [], [], [], []);
        var n = titles.Count;
        var outStart = new int[n + 1];
        var outTargets = new List<int>();
        var seen = new HashSet<int>();
        inCorpusLinks = 0;
        using (var r = new BinaryReader(targets, Encoding.UTF8, leaveOpen: true))
        {
            for (var page = 0; page < n; page++)
            {
                outStart[page] = outTargets.Count;
                seen.Clear();
                var count = r.Read7BitEncodedInt();
                for (var i = 0; i < count; i++)
                {
                    var target = table.ResolveKey(r.ReadString());
                    if (target < 0 || target == page)
                    {
                        continue;
                    }

                    inCorpusLinks++;
                    if (seen.Add(target))
                    {
                        outTargets.Add(target);
                    }
                }
            }
        }

        outStart[n] = outTargets.Count;

        // In-links by counting sort: sources come out ascending because pages are visited in order.
        var inStart = new int[n + 1];
        foreach (var target in outTargets)
        {
            inStart[target + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            inStart[i + 1] += inStart[i];
        }

        var inSources = new int[outTargets.Count];
        var fill = (int[])inStart.Clone();
        for (var page = 0; page < n; page++)
        {
            for (var j = outStart[page]; j < outStart[page + 1]; j++)
            {
                inSources[fill[outTargets[j]]++] = page;
            }
        }

        table.OutStart = outStart;
        table.OutTargets = [.. outTargets];
        table.InStart = inStart;
        table.InSources = inSources;
        return table;
    }

    /// <summary>Appends one page's link targets to the temporary targets stream read by <see cref="Build"/>.</summary>
    public static void WriteTargets(BinaryWriter w, IReadOnlyList<PageLink> links)
    {
        w.Write7BitEncodedInt(links.Count);
        foreach (var link in links)
        {
            w.Write(link.Target);
        }
    }

    public void Save(string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var w = new BinaryWriter(stream, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Version);
        w.Write(PageCount);
        for (var i = 0; i < PageCount; i++)
        {
            w.Write(Titles[i]);
            w.Write(Keys[i]);
        }

        w.Write(Redirects.Count);
        foreach (var (from, to) in Redirects.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            w.Write(from);
            w.Write(to);
        }

        WriteInts(w, OutStart);
        WriteInts(w, OutTargets);
        WriteInts(w, InStart);
        WriteInts(w, InSources);
    }

    public static LinkTable Load(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        if (r.ReadInt32() != Magic || r.ReadInt32() != Version)
        {
            throw new InvalidDataException($"{path} is not a link table of format version {Version}; rebuild the index.");
        }

        var n = r.ReadInt32();
        var titles = new string[n];
        var keys = new string[n];
        for (var i = 0; i < n; i++)
        {
            titles[i] = r.ReadString();
            keys[i] = r.ReadString();
        }

        var redirectCount = r.ReadInt32();
        var redirects = new Dictionary<string, string>(redirectCount, StringComparer.Ordinal);
        for (var i = 0; i < redirectCount; i++)
        {
            var from = r.ReadString();
            redirects[from] = r.ReadString();
        }

        return new LinkTable(titles, keys, redirects, ReadInts(r), ReadInts(r), ReadInts(r), ReadInts(r));
    }

    private static void WriteInts(BinaryWriter w, int[] values)
    {
        w.Write(values.Length);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    private static int[] ReadInts(BinaryReader r)
    {
        var values = new int[r.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = r.ReadInt32();
        }

        return values;
    }
}
