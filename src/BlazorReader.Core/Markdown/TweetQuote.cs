using System.Text;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlazorReader.Core.Markdown;

// Reads a parsed blockquote as a tweet when its last line is the writer's signature. The
// signature is matched on its Markdown form (a link written back as [date](url)), the text
// lines on their literal text, so the writer's escapes are undone by Markdig itself.
internal static class TweetQuote
{
    public static ContentBlock? Read(QuoteBlock quote)
    {
        var lines = new List<(StringBuilder Text, StringBuilder Source)>();
        foreach (var child in quote)
        {
            if (child is not ParagraphBlock { Inline: { } inline })
            {
                return null;
            }
            lines.Add((new(), new()));
            Collect(inline, lines);
        }
        var kept = lines.Where(l => l.Source.ToString().Trim().Length > 0).ToList();
        if (kept.Count < 2)
        {
            return null;
        }
        var text = string.Join("\n", kept.Take(kept.Count - 1).Select(l => l.Text.ToString().Trim()));
        return MarkdownTweetSignature.Read(kept[^1].Source.ToString().Trim(), text);
    }

    private static void Collect(ContainerInline container, List<(StringBuilder Text, StringBuilder Source)> lines)
    {
        foreach (var inline in container)
        {
            var (text, source) = lines[^1];
            switch (inline)
            {
                case LineBreakInline:
                    lines.Add((new(), new()));
                    break;
                case LinkInline link:
                    var label = MarkdownPlainText.Of(link);
                    text.Append(label);
                    source.Append('[').Append(label).Append("](").Append(link.Url).Append(')');
                    break;
                case AutolinkInline auto:
                    text.Append(auto.Url);
                    source.Append('<').Append(auto.Url).Append('>');
                    break;
                case EmphasisInline emphasis:
                    // A handle like @_x_ reads as emphasis; its delimiters are part of it.
                    var delimiter = new string(emphasis.DelimiterChar, emphasis.DelimiterCount);
                    source.Append(delimiter);
                    Collect(emphasis, lines);
                    lines[^1].Source.Append(delimiter);
                    break;
                case ContainerInline inner:
                    Collect(inner, lines);
                    break;
                default:
                    var plain = MarkdownPlainText.Of(inline);
                    text.Append(plain);
                    source.Append(plain);
                    break;
            }
        }
    }
}
