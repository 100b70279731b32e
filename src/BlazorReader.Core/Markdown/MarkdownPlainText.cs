using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlazorReader.Core.Markdown;

// The words of a parsed body without its markup: what search, related stories, reading time
// and the lead read. Blocks are separated by a line end, table cells by a space.
public static class MarkdownPlainText
{
    public static string Of(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var sb = new StringBuilder();
        Append(block, sb);
        return sb.ToString().Trim();
    }

    public static string Of(Inline inline)
    {
        ArgumentNullException.ThrowIfNull(inline);
        var sb = new StringBuilder();
        Append(inline, sb);
        return sb.ToString();
    }

    // A paragraph of literal text only: the cleaner's paragraph, printed as it is.
    public static bool IsLiteral(ParagraphBlock paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return paragraph.Inline is null || paragraph.Inline.All(i => i is LiteralInline or LineBreakInline);
    }

    private static void Append(Block block, StringBuilder sb)
    {
        switch (block)
        {
            case TweetBlock tweet:
                Line(sb).Append(tweet.Tweet.Text);
                break;
            case LinkReferenceDefinition or LinkReferenceDefinitionGroup or ThematicBreakBlock:
                break;
            case LeafBlock { Inline: { } inline }:
                Append(inline, Line(sb));
                break;
            case LeafBlock leaf:
                Line(sb).Append(leaf.Lines.ToString());
                break;
            case TableRow row:
                Line(sb);
                foreach (var cell in row)
                {
                    Append(cell, sb);
                }
                break;
            case TableCell cell:
                if (sb.Length > 0 && sb[^1] is not ('\n' or ' '))
                {
                    sb.Append(' ');
                }
                foreach (var child in cell)
                {
                    Append(child, sb);
                }
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(child, sb);
                }
                break;
        }
    }

    private static StringBuilder Line(StringBuilder sb) => sb.Length > 0 && sb[^1] != '\n' && sb[^1] != ' ' ? sb.Append('\n') : sb;

    private static void Append(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                break;
            case LineBreakInline:
                sb.Append('\n');
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case AutolinkInline auto:
                sb.Append(auto.Url);
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                break;
            case HtmlInline html:
                sb.Append(html.Tag);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, sb);
                }
                break;
        }
    }
}
