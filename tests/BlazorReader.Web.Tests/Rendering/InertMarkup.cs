using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BlazorReader.Web.Rendering;

namespace BlazorReader.Web.Tests.Rendering;

// What "nothing executable" means for a rendered body or page, checked on the parsed DOM
// rather than on strings: no script-bearing element, no event handler, no style, no address
// with a scheme other than http, https or mailto; a picture only from this site's variants.
internal static class InertMarkup
{
    private static readonly string[] ActiveElements =
        ["script", "iframe", "frame", "object", "embed", "svg", "math", "video", "audio", "form", "input",
         "button", "style", "link", "meta", "base", "textarea", "template"];

    public static void AssertInert(string html, bool wholePage = false)
    {
        var document = new HtmlParser().ParseDocument(wholePage ? html : "<body>" + html + "</body>");
        var scope = wholePage ? document.QuerySelector(".article-body") ?? throw new InvalidOperationException("no article body") : document.Body!;
        foreach (var element in scope.QuerySelectorAll("*").Prepend(scope))
        {
            Assert.DoesNotContain(element.LocalName, ActiveElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} on <{element.LocalName}>");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "src" or "srcset")
                {
                    Assert.True(element.LocalName is "img" or "source" && MediaSources.AreVariants(attribute.Value), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
                if (attribute.Name is "href")
                {
                    AssertSafeAddress(attribute.Value);
                }
            }
        }
    }

    private static void AssertSafeAddress(string href)
    {
        var value = new string([.. href.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        var scheme = value.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && value.IndexOfAny(['/', '?', '#']) is var stop && (stop < 0 || colon < stop)
            ? value[..colon].ToLowerInvariant()
            : null;
        Assert.True(scheme is null or "http" or "https" or "mailto", $"unsafe address {href}");
        Assert.False(value.StartsWith("//", StringComparison.Ordinal) || value.StartsWith("/\\", StringComparison.Ordinal), $"another site's relative address {href}");
    }

    public static IElement Body(string html) => new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
}
