using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Last: what remains is the body. Each line is a paragraph with its own direction; a post's
// link is its status's own address, without the query a share button adds («?s=20&t=…»).
internal sealed partial class BlockBuilder : ICleaningStep
{
    public void Apply(CleaningContext context)
    {
        foreach (var line in context.Lines)
        {
            context.Blocks.Add(line.Tweet is { Url: { } url } tweet && ShareQuery().Match(url) is { Success: true } query
                ? tweet with { Url = url[..query.Index] }
                : line.Tweet ?? new ContentBlock(BlockKind.Paragraph, line.Text, DirectionClassifier.Of(line.Text)));
        }
    }

    [GeneratedRegex(@"(?<=^(?:https?://)?(?:(?:www|mobile)\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d+)[?#].*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareQuery();
}
