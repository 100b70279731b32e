using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Last: what remains is the body. Each line is a paragraph with its own direction.
internal sealed class BlockBuilder : ICleaningStep
{
    public void Apply(CleaningContext context)
    {
        foreach (var line in context.Lines)
        {
            context.Blocks.Add(line.Tweet ?? new ContentBlock(BlockKind.Paragraph, line.Text, DirectionClassifier.Of(line.Text)));
        }
    }
}
