using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// First plain cleaner: one paragraph per non-empty line, title from the input or the lead.
// The real pipeline replaces the inside of Clean; its signature is what callers rely on.
public sealed class ArticleCleaner
{
    public CleanedArticle Clean(RawArticle raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var paragraphs = raw.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var blocks = paragraphs.Select(p => new ContentBlock(BlockKind.Paragraph, p, TextDirection.Rtl)).ToList();
        var derived = string.IsNullOrWhiteSpace(raw.Title);
        var title = derived ? DeriveTitle(paragraphs.FirstOrDefault() ?? "") : raw.Title!.Trim();
        var markdown = new StringBuilder();
        foreach (var p in paragraphs)
        {
            markdown.Append(p).Append("\n\n");
        }
        return new CleanedArticle(title, derived, raw.Author, null, null,
            raw.PublishedAt is { } d ? DateOnly.FromDateTime(d) : null, false,
            blocks, [], [], markdown.ToString().TrimEnd() + "\n");
    }

    private static string DeriveTitle(string lead)
    {
        const int max = 120;
        if (lead.Length <= max)
        {
            return lead;
        }
        var cut = lead.LastIndexOf(' ', max);
        return lead[..(cut > 5 ? cut : max)];
    }
}
