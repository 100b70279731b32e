using System.Collections.Frozen;
using AngleSharp.Dom;
using Ganss.Xss;

namespace BlazorReader.Web.Rendering;

// The second wall behind the allow-list writer: whatever it emitted, only these elements,
// attributes and schemes reach the page. A link to another site is marked as not endorsed
// and given no handle on this page.
internal static class BodySanitizer
{
    // What a body may hold.
    public static readonly FrozenSet<string> Tags = new[]
    {
       "p", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "pre", "a", "ul", "ol", "li",
        "blockquote", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "figure", "figcaption", "bdi", "time", "span",
        "picture", "source", "img",
    }.ToFrozenSet();

    public static readonly FrozenSet<string> Attributes = new[]
    {
       "dir", "href", "rel", "id", "class", "start", "datetime",
        "src", "srcset", "sizes", "type", "width", "height", "loading", "decoding", "alt",
    }.ToFrozenSet();

    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html, "", QuotingMarkupFormatter.Quoting);

    private static HtmlSanitizer Create()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(Tags);
        options.AllowedAttributes.UnionWith(Attributes);
        options.AllowedSchemes.Add("http");
        options.AllowedSchemes.Add("https");
        options.AllowedSchemes.Add("mailto");
        options.UriAttributes.Add("href");
        options.UriAttributes.Add("src");
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.AllowedClasses.Add("tweet");
        sanitizer.PostProcessNode += (_, e) =>
        {
            // A picture loads from this site's media variants only, never from an address a body wrote.
            if (e.Node is IElement { LocalName: "img" or "source" } picture)
            {
                foreach (var name in (string[])["src", "srcset"])
                {
                    if (picture.GetAttribute(name) is { } value && !MediaSources.AreVariants(value))
                    {
                        picture.RemoveAttribute(name);
                    }
                }
                if (!picture.HasAttribute("src") && !picture.HasAttribute("srcset"))
                {
                    picture.Remove();
                }
            }
            if (e.Node is IElement { LocalName: "a" } a && !a.HasAttribute("rel")
                && Uri.TryCreate(a.GetAttribute("href"), UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                a.SetAttribute("rel", "noopener nofollow ugc");
            }
        };
        return sanitizer;
    }
}
