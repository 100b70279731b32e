using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;

namespace BlazorReader.Data.Curation;

// Where a line the cleaner removed goes back: after the body block holding the nearest kept
// raw line above it, or first when there is none.
public static class FragmentPlacement
{
    // The article's fields with the fragment back in its body, as a save would store them.
    public static ArticleEdit EditWith(Article article, RemovedFragmentRecord fragment)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(fragment);
        var blocks = article.Blocks.ToList();
        blocks.Insert(InsertionIndex(article, fragment), new ContentBlock(BlockKind.Paragraph, fragment.Text, DirectionClassifier.Of(fragment.Text)));
        return ArticleEdit.Of(article) with { BodyMarkdown = MarkdownWriter.Write(blocks) };
    }

    private static int InsertionIndex(Article article, RemovedFragmentRecord fragment)
    {
        var raw = RawLines.Of(article.RawText);
        for (var line = Math.Min(fragment.Line, raw.Length) - 1; line >= 0; line--)
        {
            var text = raw[line].Trim();
            var at = text.Length == 0 ? -1 : article.Blocks.FindLastIndex(b => b.Text.Contains(text, StringComparison.Ordinal));
            if (at >= 0)
            {
                return at + 1;
            }
        }
        return 0;
    }
}
