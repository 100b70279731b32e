using BlazorReader.Core.Articles;
using BlazorReader.Core.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlazorReader.Core.Cleaning;

// An editor's Markdown body read back into blocks through the body's Markdig pipeline.
// Literal paragraphs (one block a line, as the cleaner makes them) and tweets stay what the
// cleaner stores; any other construct is kept as a Markdown block of its own source, so the
// body written back is what the editor wrote. Nothing is removed: it is the article.
public static class EditedBody
{
    public static (IReadOnlyList<ContentBlock> Blocks, string Markdown) Read(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var source = Normalized(markdown);
        var document = BodyMarkdown.Parse(source);
        var definitions = Definitions(document, source);
        var blocks = new List<ContentBlock>();
        foreach (var block in document)
        {
            switch (block)
            {
                case TweetBlock tweet:
                    blocks.Add(tweet.Tweet);
                    break;
                case LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                    break;
                case ParagraphBlock paragraph when MarkdownPlainText.IsLiteral(paragraph):
                    foreach (var line in MarkdownPlainText.Of(paragraph).Split('\n'))
                    {
                        var text = LineSplitter.Normalize(line);
                        if (text.Length > 0)
                        {
                            blocks.Add(new ContentBlock(BlockKind.Paragraph, text, DirectionClassifier.Of(text)));
                        }
                    }
                    break;
                default:
                    var own = source[block.Span.Start..(block.Span.End + 1)].TrimEnd();
                    // A reference link travels with its definitions: each block is read alone.
                    if (definitions.Length > 0 && UsesReferences(block))
                    {
                        own += "\n\n" + definitions;
                    }
                    blocks.Add(new ContentBlock(BlockKind.Markdown, own, DirectionClassifier.Of(MarkdownPlainText.Of(block))));
                    break;
            }
        }
        return (blocks, MarkdownWriter.Write(blocks));
    }

    // Line ends, BOMs, invisible and bidi control characters and odd spaces go as the cleaner's
    // splitter drops them; a line's indentation stays (it nests lists and quotes), and so does a
    // line break.
    private static string Normalized(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            // Two spaces at a line's end are Markdown's line break: they stay.
            var lineBreak = line.EndsWith("  ", StringComparison.Ordinal) && line.Trim().Length > 0 ? "  " : "";
            lines[i] = line[..indent] + LineSplitter.Normalize(line[indent..]) + lineBreak;
        }
        return string.Join('\n', lines);
    }

    private static bool UsesReferences(Block block) =>
        (block is LeafBlock leaf ? [leaf] : block is ContainerBlock container ? container.Descendants<LeafBlock>() : [])
            .Any(l => l.Inline is { } inline && inline.Descendants<LinkInline>().Any(link => link.Reference is not null));

    private static string Definitions(MarkdownDocument document, string source) => string.Join('\n',
        document.Descendants<LinkReferenceDefinition>()
            .Where(d => d is not Markdig.Extensions.AutoIdentifiers.HeadingLinkReferenceDefinition && d.Span.Length > 0)
            .Select(d => source[d.Span.Start..(d.Span.End + 1)].Trim()));
}
