using System.Net;

namespace BlazorReader.Web.Rendering;

// The second wall, without a second parse when it is not needed: the allow-list writer's HTML
// is read token by token against the sanitizer's own lists (BodySanitizer.Tags, .Attributes),
// with each attribute's value checked as the sanitizer would, and each element where the
// writer puts it (so no browser's parser would move it). Anything the check cannot vouch for
// (an element, attribute, entity or nesting the writer never writes) is left to HtmlSanitizer.
// Parsing and writing back 19 KB of body took the sanitizer three times Markdig's whole time
// on the same article (bench render).
internal static class WrittenHtml
{
    private static readonly HashSet<string> Void = ["br", "hr", "img", "source"];
    private static readonly HashSet<string> Phrasing = ["strong", "em", "code", "a", "bdi", "span", "time", "br"];
    private static readonly HashSet<string> Rows = ["table", "thead", "tbody", "tr"];

    public static bool IsClean(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var open = new List<string>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                if (!Tag(html, ref i, open))
                {
                    return false;
                }
            }
            else if (c == '&')
            {
                var length = Entity(html, i, text: true);
                if (length == 0)
                {
                    return false;
                }
                i += length;
            }
            // The sanitizer would write these differently (or a table would move the text).
            else if (c is '>' or '\0' or '\r' or '\u00A0' || open.Count > 0 && Rows.Contains(open[^1]))
            {
                return false;
            }
            else
            {
                i++;
            }
        }
        return open.Count == 0;
    }

    private static bool Tag(string html, ref int i, List<string> open)
    {
        var closing = i + 1 < html.Length && html[i + 1] == '/';
        var start = i + (closing ? 2 : 1);
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterLower(html[end]) || char.IsAsciiDigit(html[end])))
        {
            end++;
        }
        var name = html[start..end];
        if (!BodySanitizer.Tags.Contains(name))
        {
            return false;
        }
        if (closing)
        {
            if (end >= html.Length || html[end] != '>' || open.Count == 0 || open[^1] != name)
            {
                return false;
            }
            open.RemoveAt(open.Count - 1);
            i = end + 1;
            return true;
        }
        if (!FitsIn(name, open))
        {
            return false;
        }
        var seen = new HashSet<string>();
        string? href = null;
        var rel = false;
        i = end;
        while (i < html.Length && html[i] == ' ')
        {
            var nameStart = ++i;
            while (i < html.Length && char.IsAsciiLetterLower(html[i]))
            {
                i++;
            }
            var attribute = html[nameStart..i];
            if (i + 1 >= html.Length || html[i] != '=' || html[i + 1] != '"' || !seen.Add(attribute))
            {
                return false;
            }
            var valueEnd = html.IndexOf('"', i + 2);
            if (valueEnd < 0 || Value(html, i + 2, valueEnd) is not { } value || !Allowed(name, attribute, value))
            {
                return false;
            }
            (href, rel) = attribute == "href" ? (value, rel) : (href, rel || attribute == "rel");
            i = valueEnd + 1;
        }
        if (i >= html.Length || html[i] != '>')
        {
            return false;
        }
        // A link to another site carries its rel, as the sanitizer would add it.
        if (href is not null && !rel && (href.StartsWith("http:", StringComparison.Ordinal) || href.StartsWith("https:", StringComparison.Ordinal)))
        {
            return false;
        }
        if (!Void.Contains(name))
        {
            open.Add(name);
        }
        i++;
        return true;
    }

    // Where the writer puts each element: anywhere else a parser would move it, or it is not ours.
    private static bool FitsIn(string name, List<string> open)
    {
        var parent = open.Count == 0 ? null : open[^1];
        if (parent is "p" or "h2" or "h3" or "h4" or "h5" or "h6" or "figcaption" || parent is not null && Phrasing.Contains(parent))
        {
            if (!Phrasing.Contains(name) || name == "a" && open.Contains("a"))
            {
                return false;
            }
        }
        return name switch
        {
            "li" => parent is "ul" or "ol",
            "thead" or "tbody" => parent == "table",
            "tr" => parent is "thead" or "tbody",
            "th" or "td" => parent == "tr",
            "source" or "img" => parent == "picture",
            "picture" or "figcaption" => parent == "figure",
            _ => parent is not ("ul" or "ol" or "picture") && !Rows.Contains(parent ?? ""),
        };
    }

    private static bool Allowed(string tag, string attribute, string value) => BodySanitizer.Attributes.Contains(attribute) && attribute switch
    {
        "dir" => value is "rtl" or "ltr",
        "href" => tag == "a" && SafeUrls.Link(value) == value,
        "rel" => tag == "a" && value is "noopener nofollow ugc" or "nofollow noopener",
        "class" => value == "tweet",
        "start" or "width" or "height" => value.Length is > 0 and < 10 && value.All(char.IsAsciiDigit),
        "datetime" => value.All(c => char.IsAsciiDigit(c) || c == '-'),
        "src" or "srcset" => tag is "img" or "source" && MediaSources.AreVariants(value),
        "sizes" => value == FigureHtml.Sizes,
        "type" => tag == "source" && value == "image/webp",
        "loading" => value is "lazy" or "eager",
        "decoding" => value == "async",
        // The sanitizer drops a value holding "&{" (a script include of old browsers).
        _ => !value.Contains("&{", StringComparison.Ordinal),
    };

    // An attribute's value with its escapes undone; null when it holds one the sanitizer would
    // write otherwise (it leaves ' < > as they are in a value) or a character it would change.
    private static string? Value(string html, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (html[i] is '<' or '>' or '\'' or '\0' or '\r' or '\u00A0' || html[i] == '&' && Entity(html, i, text: false) <= 0)
            {
                return null;
            }
        }
        return WebUtility.HtmlDecode(html[start..end]);
    }

    // The length of one of the escapes the writer writes (HtmlText), or 0.
    private static int Entity(string html, int i, bool text)
    {
        foreach (var entity in text ? (string[])["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"] : ["&amp;", "&quot;"])
        {
            if (string.CompareOrdinal(html, i, entity, 0, entity.Length) == 0)
            {
                return entity.Length;
            }
        }
        return 0;
    }
}
