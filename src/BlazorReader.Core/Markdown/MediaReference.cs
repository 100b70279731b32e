using System.Globalization;
using BlazorReader.Core.Articles;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlazorReader.Core.Markdown;

// How a body names a picture of the media library: ![alt](media:12 "caption"). Not an
// address, so that the stored body says which picture, and the page says where its variants
// are (their addresses change with the picture; the body does not).
public static class MediaReference
{
    private const string Scheme = "media:";

    public static string Of(int id) => Scheme + id.ToString(CultureInfo.InvariantCulture);

    public static string Markdown(int id, string alt, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(alt);
        var escapedAlt = alt.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        var title = string.IsNullOrWhiteSpace(caption) ? "" : " \"" + caption.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        return $"![{escapedAlt}]({Of(id)}{title})";
    }

    public static int? IdOf(string? url) =>
        url is not null && url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
        && int.TryParse(url.AsSpan(Scheme.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : null;

    // The pictures a body names, for the page to look up before it renders.
    public static IReadOnlyList<int> In(IEnumerable<ContentBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var ids = new List<int>();
        foreach (var block in blocks.Where(b => b.Kind == BlockKind.Markdown && b.Text.Contains(Scheme, StringComparison.OrdinalIgnoreCase)))
        {
            ids.AddRange(BodyMarkdown.Parse(block.Text).Descendants<LinkInline>()
                .Where(l => l.IsImage).Select(l => IdOf(l.Url)).OfType<int>());
        }
        return ids.Distinct().ToList();
    }
}
