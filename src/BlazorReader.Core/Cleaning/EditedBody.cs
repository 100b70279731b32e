using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// An editor's Markdown body read back into blocks: the structural steps of the cleaner only
// (lines, the Markdown tweet form, blocks with their direction). Nothing is removed: what an
// editor wrote is the article.
public static class EditedBody
{
    private static readonly ICleaningStep[] Steps = [new LineSplitter(), new MarkdownTweetReader(), new BlockBuilder()];

    public static (IReadOnlyList<ContentBlock> Blocks, string Markdown) Read(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var context = new CleaningContext(new RawArticle(markdown), null);
        foreach (var step in Steps)
        {
            step.Apply(context);
        }
        return (context.Blocks, MarkdownWriter.Write(context.Blocks));
    }
}
