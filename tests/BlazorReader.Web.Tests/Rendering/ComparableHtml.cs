using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace BlazorReader.Web.Tests.Rendering;

// Two renderings compared as documents: parsed and written again (one way of escaping, of
// quoting attributes), whitespace runs read as the one space a browser shows.
internal static partial class ComparableHtml
{
    public static string Of(string html)
    {
        var body = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
        return Whitespace().Replace(body.InnerHtml, " ").Replace("> <", "><", StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
