using System.Text;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Markdown;
using BlazorReader.Data.Media;
using BlazorReader.Imaging;
using BlazorReader.Web.Media;
using Markdig.Extensions.Figures;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BlazorReader.Web.Rendering;

// Markdig's tree to HTML through an allow-list: each construct the body grammar has maps to
// the one element written here, anything else is written as its text. Every block element
// carries the direction of its own text; Latin runs in Arabic text are isolated. A library
// picture alone in its paragraph is a figure; pictures are the ones the page looked up.
internal sealed class MarkdownHtmlWriter(StringBuilder sb, HeadingIds headingIds, IReadOnlyDictionary<int, MediaPicture> pictures)
{
    public void Write(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            WriteBlock(block, tight: false);
        }
    }

    private void WriteBlock(Block block, bool tight)
    {
        switch (block)
        {
            case TweetBlock tweet:
                sb.AppendTweet(tweet.Tweet);
                break;
            case LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                break;
            case HeadingBlock heading:
                // The page's title is its one h1: a body's headings start at h2.
                var tag = "h" + Math.Clamp(heading.Level, 2, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var dir = DirOf(heading);
                sb.Append('<').Append(tag).AppendAttribute("id", headingIds.Take(heading.GetAttributes().Id)).AppendAttribute("dir", BidiHtml.Dir(dir)).Append('>');
                WriteInlines(heading.Inline, dir);
                sb.Append("</").Append(tag).Append('>');
                break;
            case ParagraphBlock paragraph when LonePicture(paragraph) is { } lone:
                sb.AppendFigure(lone.Picture, MarkdownPlainText.Of(lone.Image), lone.Image.Title);
                break;
            case ParagraphBlock paragraph when tight:
                WriteInlines(paragraph.Inline, DirOf(paragraph));
                break;
            case ParagraphBlock paragraph:
                var paragraphDir = DirOf(paragraph);
                Element("p", paragraphDir, () => WriteInlines(paragraph.Inline, paragraphDir));
                break;
            case QuoteBlock quote:
                Element("blockquote", DirOf(quote), () => WriteChildren(quote, tight: false));
                break;
            case ListBlock list:
                var ordered = list.IsOrdered;
                sb.Append(ordered ? "<ol" : "<ul").AppendAttribute("dir", BidiHtml.Dir(DirOf(list)));
                if (ordered && int.TryParse(list.OrderedStart, System.Globalization.CultureInfo.InvariantCulture, out var start) && start != 1)
                {
                    sb.AppendAttribute("start", start.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                sb.Append('>');
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    Element("li", DirOf(item), () => WriteChildren(item, tight: !list.IsLoose));
                }
                sb.Append(ordered ? "</ol>" : "</ul>");
                break;
            case ThematicBreakBlock:
                sb.Append("<hr>");
                break;
            case CodeBlock code:
                sb.Append("<pre dir=\"ltr\"><code>").AppendText(code.Lines.ToString()).Append("</code></pre>");
                break;
            case Table table:
                Element("table", DirOf(table), () =>
                {
                    foreach (var group in table.OfType<TableRow>().GroupBy(r => r.IsHeader).OrderByDescending(g => g.Key))
                    {
                        sb.Append(group.Key ? "<thead>" : "<tbody>");
                        foreach (var row in group)
                        {
                            sb.Append("<tr>");
                            foreach (var cell in row.OfType<TableCell>())
                            {
                                Element(row.IsHeader ? "th" : "td", DirOf(cell), () => WriteChildren(cell, tight: true));
                            }
                            sb.Append("</tr>");
                        }
                        sb.Append(group.Key ? "</thead>" : "</tbody>");
                    }
                });
                break;
            case Figure figure:
                Element("figure", DirOf(figure), () => WriteChildren(figure, tight: false));
                break;
            case FigureCaption caption:
                var captionDir = DirOf(caption);
                Element("figcaption", captionDir, () => WriteInlines(caption.Inline, captionDir));
                break;
            case ContainerBlock container:
                WriteChildren(container, tight);
                break;
            default:
                var text = MarkdownPlainText.Of(block);
                var textDir = DirectionClassifier.Of(text);
                Element("p", textDir, () => sb.AppendBidi(text, textDir));
                break;
        }
    }

    private void WriteChildren(ContainerBlock container, bool tight)
    {
        foreach (var child in container)
        {
            WriteBlock(child, tight);
        }
    }

    private void Element(string tag, TextDirection dir, Action content)
    {
        sb.Append('<').Append(tag).AppendAttribute("dir", BidiHtml.Dir(dir)).Append('>');
        content();
        sb.Append("</").Append(tag).Append('>');
    }

    private void WriteInlines(ContainerInline? container, TextDirection dir)
    {
        if (container is null)
        {
            return;
        }
        foreach (var inline in container)
        {
            WriteInline(inline, dir);
        }
    }

    private void WriteInline(Inline inline, TextDirection dir)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.AppendBidi(literal.Content.ToString(), dir);
                break;
            case LineBreakInline br:
                sb.Append(br.IsHard ? "<br>" : "\n");
                break;
            case EmphasisInline emphasis:
                var tag = emphasis.DelimiterCount >= 2 ? "strong" : "em";
                sb.Append('<').Append(tag).Append('>');
                WriteInlines(emphasis, dir);
                sb.Append("</").Append(tag).Append('>');
                break;
            case CodeInline code:
                sb.Append("<code>").AppendText(code.Content).Append("</code>");
                break;
            case LinkInline { IsImage: true } image when MediaReference.IdOf(image.Url) is { } id:
                // A library picture inside a sentence: its words, leading to the picture.
                WriteLink(pictures.TryGetValue(id, out var named) ? VariantName.Of(named, VariantWidths.For(named.Width)[^1], VariantFormat.Jpeg).Path : null,
                    () => sb.AppendBidi(MarkdownPlainText.Of(image), dir));
                break;
            case LinkInline { IsImage: true } image:
                // Another site's picture is a link to it: the page's policy loads no other site's images.
                WriteLink(SafeUrls.Web(image.Url), () => sb.AppendBidi(MarkdownPlainText.Of(image), dir));
                break;
            case LinkInline link:
                WriteLink(SafeUrls.Link(link.Url), () => WriteInlines(link, dir));
                break;
            case AutolinkInline auto:
                WriteLink(SafeUrls.Link(auto.IsEmail ? "mailto:" + auto.Url : auto.Url), () => sb.AppendBidi(auto.Url, dir));
                break;
            case ContainerInline container:
                WriteInlines(container, dir);
                break;
            default:
                sb.AppendBidi(MarkdownPlainText.Of(inline), dir);
                break;
        }
    }

    // An address that is not safe loses its anchor, never its words.
    private void WriteLink(string? href, Action content)
    {
        if (href is null)
        {
            content();
            return;
        }
        sb.Append("<a").AppendAttribute("href", href);
        if (href.StartsWith("http:", StringComparison.Ordinal) || href.StartsWith("https:", StringComparison.Ordinal))
        {
            // Another site's link: not endorsed, and given no handle on this page.
            sb.AppendAttribute("rel", "noopener nofollow ugc");
        }
        sb.Append('>');
        content();
        sb.Append("</a>");
    }

    // A paragraph that is one library picture (white space aside) and the picture it names.
    private (LinkInline Image, MediaPicture Picture)? LonePicture(ParagraphBlock paragraph)
    {
        var parts = paragraph.Inline?.Where(i => !(i is LiteralInline l && l.Content.IsEmptyOrWhitespace()) && i is not LineBreakInline).Take(2).ToList();
        return parts is [LinkInline { IsImage: true } image] && MediaReference.IdOf(image.Url) is { } id && pictures.TryGetValue(id, out var picture)
            ? (image, picture)
            : null;
    }

    private static TextDirection DirOf(Block block) => DirectionClassifier.Of(MarkdownPlainText.Of(block));
}
