using BlazorReader.Web.Media;

namespace BlazorReader.Web.Rendering;

// What a body's <img src> or srcset may name: this site's picture variants (VariantName, the
// one place their address is written and read) and nothing else: no other site, no data: or
// javascript: address, no path elsewhere here.
internal static class MediaSources
{
    public static bool AreVariants(string value) =>
        value.Split(',').All(candidate => IsVariant(candidate.Trim()));

    // "path" or "path 960w", as srcset candidates are written.
    private static bool IsVariant(string candidate)
    {
        var parts = candidate.Split(' ');
        return VariantName.ParsePath(parts[0]) is not null
            && (parts.Length == 1 || parts.Length == 2 && IsWidthDescriptor(parts[1]));
    }

    private static bool IsWidthDescriptor(string d) => d.Length > 1 && d[^1] == 'w' && d[..^1].All(char.IsAsciiDigit);
}
