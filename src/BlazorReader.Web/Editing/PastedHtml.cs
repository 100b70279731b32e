using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BlazorReader.Web.Editing;

// Rich text pasted into the body (a news page, a word processor, a mail) as the body's own
// Markdown: headings, paragraphs, lists, quotations, bold, italic and links to web and mail
// addresses; everything else (styles, classes, scripts, pictures, Word's mso- markup, forms)
// leaves only its words, or nothing. The HTML is parsed, never run: AngleSharp has no script
// engine here, and the Markdown still goes through the body's renderer and sanitizer.
public static class PastedHtml
{
    private static readonly HtmlParser Parser = new();

    // Whole elements whose content is not the text a reader copied.
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "title", "meta",
        "link", "button", "input", "select", "textarea", "img", "picture", "video", "audio", "canvas", "o:p", "xml",
    };

    public static string ToMarkdown(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = Parser.ParseDocument(html);
        return string.Join("\n\n", Blocks(document.Body ?? (INode)document.DocumentElement)).Trim();
    }

    internal static bool IsDropped(IElement element) =>
        Dropped.Contains(element.LocalName) || element.LocalName.Contains(':', StringComparison.Ordinal)
        || CssStyle.Has(element, "mso-list", "Ignore") || CssStyle.Has(element, "display", "none");

    // The Markdown blocks of a container: runs of inline content become paragraphs, block
    // elements their own blocks; Word's list paragraphs (mso-list) are gathered into lists.
    private static IEnumerable<string> Blocks(INode parent)
    {
        var inline = new PastedInlines();
        var wordList = new List<(IElement Item, bool Ordered)>();
        foreach (var child in parent.ChildNodes)
        {
            if (child is not IElement element || !IsBlock(element))
            {
                inline.Append(child);
                continue;
            }
            if (inline.Take() is { } paragraph)
            {
                yield return paragraph;
            }
            if (WordListItem(element) is { } ordered)
            {
                wordList.Add((element, ordered));
                continue;
            }
            if (wordList.Count > 0)
            {
                yield return ListOf(wordList.Select(i => i.Item), wordList[0].Ordered);
                wordList.Clear();
            }
            foreach (var block in BlocksOf(element))
            {
                yield return block;
            }
        }
        if (inline.Take() is { } last)
        {
            yield return last;
        }
        if (wordList.Count > 0)
        {
            yield return ListOf(wordList.Select(i => i.Item), wordList[0].Ordered);
        }
    }

    private static IEnumerable<string> BlocksOf(IElement element)
    {
        if (IsDropped(element))
        {
            return [];
        }
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                // The page's title is its one h1: a pasted h1 or h2 is a subheading.
                var level = Math.Max(2, element.LocalName[1] - '0');
                var heading = PastedInlines.Of(element).Replace('\n', ' ');
                return heading.Length == 0 ? [] : [new string('#', level) + " " + heading];
            case "ul" or "ol":
                var items = element.Children.Where(c => c.LocalName == "li").ToList();
                return items.Count == 0 ? Blocks(element) : [ListOf(items, element.LocalName == "ol")];
            case "blockquote":
                var quoted = Blocks(element).ToList();
                return quoted.Count == 0 ? [] : [string.Join("\n>\n", quoted.Select(b => Prefixed(b, "> ", "> ")))];
            case "pre":
                var code = element.TextContent.Trim('\n');
                var fence = code.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
                return code.Trim().Length == 0 ? [] : [fence + "\n" + code + "\n" + fence];
            case "hr":
                return ["---"];
            case "table":
                return element.QuerySelectorAll("tr").Select(row => string.Join(" — ",
                    row.Children.Select(PastedInlines.Of).Where(c => c.Length > 0))).Where(r => r.Length > 0);
            default:
                return Blocks(element);
        }
    }

    private static string ListOf(IEnumerable<IElement> items, bool ordered)
    {
        var lines = new List<string>();
        var n = 1;
        foreach (var item in items)
        {
            var marker = ordered ? n++.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " : "- ";
            var blocks = Blocks(item).ToList();
            if (blocks.Count > 0)
            {
                lines.Add(Prefixed(string.Join("\n\n", blocks), marker, new string(' ', marker.Length)));
            }
        }
        return string.Join("\n", lines);
    }

    // The first line after first, every other line after rest (blank lines stay blank).
    private static string Prefixed(string block, string first, string rest) =>
        string.Join("\n", block.Split('\n').Select((line, i) => i == 0 ? first + line : line.Length == 0 ? rest.TrimEnd() : rest + line));

    // Word writes a list as paragraphs styled mso-list, each with its marker in a span it
    // hides (mso-list:Ignore): ordered when that marker is a number or letter.
    private static bool? WordListItem(IElement element)
    {
        if (element.LocalName != "p" || !CssStyle.Names(element).Contains("mso-list"))
        {
            return null;
        }
        var marker = element.QuerySelectorAll("span").FirstOrDefault(s => CssStyle.Has(s, "mso-list", "Ignore"))?.TextContent.Trim() ?? "";
        return marker.Length > 1 && char.IsLetterOrDigit(marker[0]) && marker[^1] is '.' or ')';
    }

    private static bool IsBlock(IElement element) => element.LocalName is "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
        or "ul" or "ol" or "li" or "blockquote" or "pre" or "hr" or "table" or "section" or "article" or "main" or "header"
        or "footer" or "aside" or "nav" or "figure" or "figcaption" or "address" or "center" or "dl" or "dt" or "dd"
        or "form" or "fieldset" or "details" or "summary" or "body" or "html";
}
