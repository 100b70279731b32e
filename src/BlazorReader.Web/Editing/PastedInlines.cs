using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Web.Editing;

// One paragraph of pasted HTML as Markdown inlines: text escaped so that it reads back as the
// same words (MarkdownWriter.Escape), bold and italic as ** and *, whatever element or style
// carried them; a link only to a web or mail address, without its tracking parameters.
internal sealed partial class PastedInlines
{
    private readonly StringBuilder sb = new();

    public static string Of(IElement element)
    {
        var inlines = new PastedInlines();
        foreach (var child in element.ChildNodes)
        {
            inlines.Append(child);
        }
        return inlines.Take() ?? "";
    }

    public void Append(INode node) => Append(node, bold: false, italic: false, inLink: false);

    // The paragraph written so far, and an empty one for what follows; null when only white space.
    public string? Take()
    {
        var lines = sb.ToString().Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0);
        var text = string.Join("\\\n", lines);
        sb.Clear();
        return text.Length == 0 ? null : text;
    }

    private void Append(INode node, bool bold, bool italic, bool inLink)
    {
        if (node is IText text)
        {
            // Line ends in HTML source are spaces; a no-break space is a space in a body.
            sb.Append(MarkdownWriter.Escape(Spaces().Replace(text.Data.Replace('\u00A0', ' '), " ")));
            return;
        }
        if (node is not IElement element || PastedHtml.IsDropped(element))
        {
            return;
        }
        switch (element.LocalName)
        {
            case "br":
                sb.Append('\n');
                return;
            case "a" when !inLink && SafeHref(element.GetAttribute("href")) is { } href:
                var label = Inner(element, bold, italic, inLink: true);
                if (label.Trim().Length > 0)
                {
                    sb.Append('[').Append(label.Trim()).Append("](").Append(href).Append(')');
                }
                return;
            case "code" or "kbd" or "samp" or "tt":
                var code = Spaces().Replace(element.TextContent, " ");
                var ticks = code.Contains('`', StringComparison.Ordinal) ? "``" : "`";
                sb.Append(ticks).Append(code.Contains('`', StringComparison.Ordinal) ? " " + code + " " : code).Append(ticks);
                return;
        }
        var makeBold = !bold && IsBold(element);
        var makeItalic = !italic && IsItalic(element);
        var inner = Inner(element, bold || makeBold, italic || makeItalic, inLink);
        sb.Append(Wrapped(Wrapped(inner, makeItalic ? "*" : ""), makeBold ? "**" : ""));
        if (element.LocalName is "p" or "div" or "li" or "td" or "th" or "dt" or "dd")
        {
            // A block inside a phrase (rare, but pasted HTML is anything) keeps its words apart.
            sb.Append(' ');
        }
    }

    private static string Inner(IElement element, bool bold, bool italic, bool inLink)
    {
        var inner = new PastedInlines();
        foreach (var child in element.ChildNodes)
        {
            inner.Append(child, bold, italic, inLink);
        }
        return inner.sb.ToString();
    }

    // Delimiters hug the words: "** bold **" is no emphasis in CommonMark.
    private static string Wrapped(string inner, string delimiter)
    {
        if (delimiter.Length == 0 || inner.Trim().Length == 0 || inner.Contains('\n', StringComparison.Ordinal))
        {
            return inner;
        }
        var core = inner.Trim();
        var start = inner.Length - inner.TrimStart().Length;
        return inner[..start] + delimiter + core + delimiter + inner[(start + core.Length)..];
    }

    // Google Docs wraps a whole copy in <b style="font-weight:normal">: the style decides.
    private static bool IsBold(IElement element) => CssStyle.Value(element, "font-weight") is { } weight
        ? weight is "bold" or "bolder" || (int.TryParse(weight, out var w) && w >= 600)
        : element.LocalName is "b" or "strong";

    private static bool IsItalic(IElement element) => CssStyle.Value(element, "font-style") is { } style
        ? style is "italic" or "oblique"
        : element.LocalName is "i" or "em" or "cite";

    // Web and mail addresses only, absolute (a relative link means nothing away from its page),
    // without the parameters that track who followed it.
    internal static string? SafeHref(string? href)
    {
        if (!Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var url))
        {
            return null;
        }
        if (url.Scheme == Uri.UriSchemeMailto)
        {
            return url.AbsoluteUri.Any(c => c is ' ' or '(' or ')' or '<' or '>') ? null : url.AbsoluteUri;
        }
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }
        var kept = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !Tracking().IsMatch(p));
        var query = string.Join('&', kept);
        var clean = new UriBuilder(url) { Query = query }.Uri.AbsoluteUri;
        if (query.Length == 0 && url.Query.Length > 0)
        {
            clean = clean.TrimEnd('?');
        }
        // An address with a space or a parenthesis would end the Markdown link early.
        return clean.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|ref_src)(=|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tracking();
}
