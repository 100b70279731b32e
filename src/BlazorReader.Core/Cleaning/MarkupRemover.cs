using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Right after splitting, so that every later step reads a line's text and not its source:
// markup is taken off each line (MarkupDebris) and kept as a removal; a line that was only
// markup, or code, goes whole.
internal sealed class MarkupRemover : ICleaningStep
{
    public void Apply(CleaningContext context)
    {
        foreach (var line in context.Lines.ToList())
        {
            if (line.Tweet is not null)
            {
                continue;
            }
            if (MarkupDebris.IsCaptionShortcode(line.Text))
            {
                context.Remove(line, "caption");
                continue;
            }
            if (MarkupDebris.IsCode(line.Text))
            {
                context.Remove(line, "markup");
                continue;
            }
            var pieces = new List<string>();
            var text = MarkupDebris.Strip(line.Text, pieces);
            if (ReferenceEquals(text, line.Text))
            {
                continue;
            }
            if (!MarkupDebris.HasText(text))
            {
                context.Remove(line, "markup");
                continue;
            }
            if (pieces.Count > 0)
            {
                context.Removed.Add(new RemovedFragment(string.Join(" ", pieces), "markup", line.Line));
            }
            line.Text = text;
        }
    }
}
