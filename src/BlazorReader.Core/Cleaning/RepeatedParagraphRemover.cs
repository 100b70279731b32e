namespace BlazorReader.Core.Cleaning;

// After the lead has lost its dateline (a copy of the lead has none), before teasers: a paragraph printed twice word for word is a
// scraping slip (a page's lead repeated, a block copied), not something a writer meant. Short
// lines are left alone: a repeated «(واس)» or a one-line subheading can be deliberate.
internal sealed class RepeatedParagraphRemover : ICleaningStep
{
    private const int MinLength = 40;

    public void Apply(CleaningContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        context.RemoveWhere(l => l.Tweet is null && l.Text.Length >= MinLength && !seen.Add(l.Text) ? "repeat" : null);
    }
}
