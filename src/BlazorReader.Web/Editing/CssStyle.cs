using AngleSharp.Dom;

namespace BlazorReader.Web.Editing;

// An element's inline style read declaration by declaration: Word's "mso-bidi-font-weight:
// normal" says nothing about the weight, though it ends like "font-weight:normal".
internal static class CssStyle
{
    public static string? Value(IElement element, string property)
    {
        foreach (var (name, value) in Declarations(element))
        {
            if (name.Equals(property, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        return null;
    }

    public static bool Has(IElement element, string property, string value) =>
        Value(element, property) is { } v && v.Equals(value, StringComparison.OrdinalIgnoreCase);

    public static HashSet<string> Names(IElement element) =>
        new(Declarations(element).Select(d => d.Name), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<(string Name, string Value)> Declarations(IElement element)
    {
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            yield break;
        }
        foreach (var declaration in style.Split(';'))
        {
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                yield return (declaration[..colon].Trim(), declaration[(colon + 1)..].Replace("!important", "", StringComparison.OrdinalIgnoreCase).Trim());
            }
        }
    }
}
