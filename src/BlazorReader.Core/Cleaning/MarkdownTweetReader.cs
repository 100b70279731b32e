using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Right after splitting: the cleaner's own Markdown (an editor's body, or a re-clean) writes a
// tweet as a blockquote ending in «— Name (@handle) [date](url)». Reading it back first makes
// cleaning its own output give the same blocks; escapes the writer added are undone.
internal sealed class MarkdownTweetReader : ICleaningStep
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
            var text = string.Join("\n", quoted.Take(quoted.Count - 1).Select(MarkdownWriter.Unescape));
            if (quoted.Count >= 2 && MarkdownTweetSignature.Read(quoted[^1], text) is { } tweet)
            {
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
}
