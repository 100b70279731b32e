using BlazorReader.Core.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlazorReader.Core.Importing.Authored;

// The pictures a Markdown body names (![alt](path "caption")), found by the body's own parser,
// and the body rewritten to name library pictures instead (![alt](media:ID "caption")).
public static class PictureReferences
{
    public sealed record Use(SourceSpan Span, string Url, string Alt, string? Caption);

    public static IReadOnlyList<Use> In(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return [.. BodyMarkdown.Parse(body).Descendants<LinkInline>().Where(l => l.IsImage)
            .Select(l => new Use(l.Span, l.Url ?? "", MarkdownPlainText.Of(l).Trim(), string.IsNullOrWhiteSpace(l.Title) ? null : l.Title.Trim()))];
    }

    // Each use whose path is in ids is written anew, the last first so that earlier spans hold.
    public static string Rewrite(string body, IReadOnlyDictionary<string, int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var text = body;
        foreach (var use in In(body).OrderByDescending(u => u.Span.Start))
        {
            if (!PicturePath.IsKept(use.Url) && PicturePath.Normalize(use.Url).Path is { } path && ids.TryGetValue(path, out var id))
            {
                text = string.Concat(text.AsSpan(0, use.Span.Start), MediaReference.Markdown(id, use.Alt, use.Caption), text.AsSpan(use.Span.End + 1));
            }
        }
        return text;
    }
}
