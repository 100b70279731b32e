using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Right after splitting: the cleaner's own Markdown (an editor's body, or a re-clean) writes a
// tweet as a blockquote ending in «— Name (@handle) [date](url)». Reading it back first makes
// cleaning its own output give the same blocks; escapes the writer added are undone.
internal sealed partial class MarkdownTweetReader : ICleaningStep
{
    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Tweet is null && !lines[i].Text.StartsWith('>'))
            {
                lines[i].Text = MarkdownWriter.Unescape(lines[i].Text);
                continue;
            }
            var end = i;
            while (end + 1 < lines.Count && lines[end + 1].Text.StartsWith('>'))
            {
                end++;
            }
            var quoted = lines.Skip(i).Take(end - i + 1).Select(l => l.Text.TrimStart('>').Trim()).Where(t => t.Length > 0).ToList();
            if (quoted.Count >= 2 && Signature().Match(quoted[^1]) is { Success: true } sig)
            {
                var text = string.Join("\n", quoted.Take(quoted.Count - 1).Select(MarkdownWriter.Unescape));
                var tweet = new ContentBlock(BlockKind.Tweet, text, DirectionClassifier.Of(text),
                    sig.Groups["url"].Value.Length > 0 ? sig.Groups["url"].Value : null,
                    sig.Groups["name"].Value.Trim(), sig.Groups["handle"].Value,
                    DateOnly.TryParse(sig.Groups["date"].Value, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null);
                var line = lines[i].Line;
                lines.RemoveRange(i, end - i + 1);
                lines.Insert(i, new SourceLine(text, line) { Tweet = tweet });
            }
            else
            {
                lines[i].Text = MarkdownWriter.Unescape(lines[i].Text);
            }
        }
    }

    [GeneratedRegex(@"^[—–-]\s*(?<name>[^()]*?)\s*\(@(?<handle>\w+)\)\s*(?:\[(?<date>\d{4}-\d{2}-\d{2}|[^\]]*)\]\((?<url>[^)\s]+)\)|(?<date>\d{4}-\d{2}-\d{2})|<(?<url>[^>\s]+)>)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();
}
