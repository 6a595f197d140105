using System.Text;

namespace InfoSeek.Corpus;

/// <summary>Templates: the few inline ones that carry prose are rendered, the others dropped; infobox parameters become facts.</summary>
internal static partial class WikitextConverter
{
    private static string RemoveTemplates(string s, Dictionary<string, string>? facts)
    {
        var open = s.IndexOf("{{", StringComparison.Ordinal);
        if (open < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var pos = 0;
        while (open >= 0)
        {
            sb.Append(s, pos, open - pos);
            var end = FindClose(s, open, '{', '}');
            if (end < 0)
            {
                // Unbalanced braces render literally in MediaWiki; here they are just dropped.
                pos = open + 2;
            }
            else
            {
                sb.Append(RenderTemplate(s[(open + 2)..(end - 2)], facts));
                pos = end;
            }

            open = s.IndexOf("{{", pos, StringComparison.Ordinal);
        }

        sb.Append(s, pos, s.Length - pos);
        return sb.ToString();
    }


    /// <summary>
    /// Replaces a template by the text it would show, for the few inline templates that carry prose
    /// (units, foreign words, dashes); all others (citations, navigation boxes, pronunciations) show nothing.
    /// Infobox parameters are collected as facts.
    /// </summary>
    private static string RenderTemplate(string body, Dictionary<string, string>? facts)
    {
        var parts = SplitTopLevel(body, '|');
        var name = WhitespaceRun().Replace(parts[0].Replace('_', ' '), " ").Trim().ToLowerInvariant();
        if (name.StartsWith("template:", StringComparison.Ordinal))
        {
            name = name["template:".Length..].TrimStart();
        }

        if (name.StartsWith("infobox", StringComparison.Ordinal))
        {
            if (facts is not null)
            {
                CollectFacts(parts, facts);
            }

            return string.Empty;
        }

        var args = parts.Skip(1).Where(p => !IsNamedArgument(p)).Select(p => RemoveTemplates(p, null).Trim()).ToList();
        string Arg(int i) => i < args.Count ? args[i] : string.Empty;

        return name switch
        {
            "convert" or "cvt" when args.Count >= 4 && Arg(1) is "-" or "–" or "to" or "and" or "or" => $"{Arg(0)} {Arg(1)} {Arg(2)} {Arg(3)}",
            "convert" or "cvt" => $"{Arg(0)} {Arg(1)}".Trim(),
            "lang" or "transl" => Arg(1),
            _ when name.StartsWith("lang-", StringComparison.Ordinal) => Arg(0),
            "nowrap" or "nobr" or "small" or "smaller" or "big" or "smallcaps" or "sc" or "nobold" or "noitalic" or "abbr" or "em" => Arg(0),
            "as of" => $"As of {string.Join(' ', args)}",
            "frac" when args.Count == 2 => $"{Arg(0)}/{Arg(1)}",
            "frac" when args.Count == 3 => $"{Arg(0)} {Arg(1)}/{Arg(2)}",
            "ndash" or "snd" or "spaced ndash" => " – ",
            "mdash" or "spaced mdash" => " — ",
            _ => string.Empty,
        };
    }

    private static void CollectFacts(List<string> parts, Dictionary<string, string> facts)
    {
        foreach (var part in parts.Skip(1))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var key = WhitespaceRun().Replace(part[..eq], " ").Trim();
            var value = ToPlainText(part[(eq + 1)..]);
            if (key.Length > 0 && value.Length > 0)
            {
                // A page may carry several infoboxes; the first value of a key wins.
                facts.TryAdd(key, value);
            }
        }
    }

    private static bool IsNamedArgument(string part)
    {
        var eq = part.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 && part.AsSpan(0, eq).IndexOfAny("[{<") < 0;
    }

    /// <summary>Splits on <paramref name="separator"/> outside nested templates and links.</summary>
    private static List<string> SplitTopLevel(string s, char separator)
    {
        var parts = new List<string>();
        int braces = 0, brackets = 0, start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var pair = i + 1 < s.Length && s[i + 1] == s[i];
            switch (s[i])
            {
                case '{' when pair: braces++; i++; break;
                case '}' when pair: braces = Math.Max(0, braces - 1); i++; break;
                case '[' when pair: brackets++; i++; break;
                case ']' when pair: brackets = Math.Max(0, brackets - 1); i++; break;
                default:
                    if (s[i] == separator && braces == 0 && brackets == 0)
                    {
                        parts.Add(s[start..i]);
                        start = i + 1;
                    }

                    break;
            }
        }

        parts.Add(s[start..]);
        return parts;
    }
}
