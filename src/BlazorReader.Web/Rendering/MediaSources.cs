using System.Text.RegularExpressions;

namespace BlazorReader.Web.Rendering;

// What a body's <img src> or srcset may name: this site's picture variants (Media.VariantName)
// and nothing else: no other site, no data: or javascript: address, no path elsewhere here.
internal static partial class MediaSources
{
    public static bool AreVariants(string value) =>
        value.Split(',').All(candidate => Candidate().IsMatch(candidate.Trim()));

    [GeneratedRegex(@"^/media/[0-9]+/[0-9a-f]{16}-[0-9]+\.(?:webp|jpg)(?: [0-9]+w)?$")]
    private static partial Regex Candidate();
}
