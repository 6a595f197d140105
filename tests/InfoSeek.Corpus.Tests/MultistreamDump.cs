using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ICSharpCode.SharpZipLib.BZip2;

namespace InfoSeek.Corpus.Tests;

/// <summary>
/// Writes a multistream copy of a MediaWiki dump laid out as Wikipedia's: one bzip2 stream for the
/// &lt;mediawiki&gt;&lt;siteinfo&gt; header, one per group of pages, one for the closing tag, and the index
/// beside it (<c>byteOffset:pageId:title</c> per page, bzip2-compressed).
/// </summary>
public static partial class MultistreamDump
{
    /// <returns>The index path, and the offset of the last stream (the one that closes &lt;/mediawiki&gt;).</returns>
    public static (string IndexPath, long FooterOffset) Write(string sourceDump, string dumpPath, int pagesPerStream)
    {
        string xml;
        using (var input = new BZip2InputStream(File.OpenRead(sourceDump)))
        using (var reader = new StreamReader(input, Encoding.UTF8))
        {
            xml = reader.ReadToEnd();
        }

        var pageStarts = PageLine().Matches(xml).Select(m => m.Index).ToList();
        var footerStart = xml.LastIndexOf("</mediawiki>", StringComparison.Ordinal);
        Assert.True(pageStarts.Count > pagesPerStream, "the source dump has too few pages to split");

        var index = new StringBuilder();
        long footerOffset;
        using (var dump = File.Create(dumpPath))
        {
            WriteStream(dump, xml[..pageStarts[0]]);
            for (var first = 0; first < pageStarts.Count; first += pagesPerStream)
            {
                var end = first + pagesPerStream < pageStarts.Count ? pageStarts[first + pagesPerStream] : footerStart;
                var group = xml[pageStarts[first]..end];
                foreach (Match page in PageIdAndTitle().Matches(group))
                {
                    index.Append($"{dump.Position}:{page.Groups["id"].Value}:{WebUtility.HtmlDecode(page.Groups["title"].Value)}\n");
                }

                WriteStream(dump, group);
            }

            footerOffset = dump.Position;
            WriteStream(dump, xml[footerStart..]);
        }

        var indexPath = dumpPath[..^".xml.bz2".Length] + "-index.txt.bz2";
        using (var file = File.Create(indexPath))
        {
            WriteStream(file, index.ToString());
        }

        return (indexPath, footerOffset);
    }

    private static void WriteStream(Stream target, string text)
    {
        using var bzip2 = new BZip2OutputStream(target) { IsStreamOwner = false };
        bzip2.Write(Encoding.UTF8.GetBytes(text));
    }

    [GeneratedRegex(@"^[ \t]*<page>", RegexOptions.Multiline)]
    private static partial Regex PageLine();

    [GeneratedRegex(@"<page>\s*<title>(?<title>[^<]*)</title>\s*<ns>\d+</ns>\s*<id>(?<id>\d+)</id>")]
    private static partial Regex PageIdAndTitle();
}
