using BlazorReader.Core.Articles;
using Markdig.Syntax;

namespace BlazorReader.Core.Markdown;

// The plain text of a body, block by block, from the same syntax tree pages render: search,
// related stories, reading time, the lead and the feed read it, never the Markdown source.
public static class BodyText
{
    public static string Of(ContentBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Kind == BlockKind.Markdown ? MarkdownPlainText.Of(BodyMarkdown.Parse(block.Text)) : block.Text;
    }

    public static string Of(IEnumerable<ContentBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return string.Join("\n", blocks.Select(Of));
    }

    // The first paragraph is the lead: a heading, list or tweet before it is not.
    public static string Lead(IEnumerable<ContentBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Paragraph)
            {
                return block.Text;
            }
            if (block.Kind == BlockKind.Markdown && BodyMarkdown.Parse(block.Text) is [ParagraphBlock first, ..])
            {
                return MarkdownPlainText.Of(first);
            }
        }
        return "";
    }
}
