namespace BlazorReader.Core.Cleaning;

// After the lead has lost its dateline (a copy of the lead has none), before teasers: text
// printed twice is a scraping slip or a page's device, not something a writer meant. Either a
// paragraph printed again (a page's lead repeated, a block copied), or a sentence of one pulled
// out between paragraphs as a quote: in guillemets or quotation marks or bare, behind a mark,
// cut short. Both are found by the text alone, whatever marks dress them (PrintedAgain).
// Short lines are left alone: a repeated «(واس)» or a one-line subheading can be deliberate.
internal sealed class RepeatedParagraphRemover : ICleaningStep
{
    private const int MinLength = 40;
    private const int MaxIntroduction = 60;

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines.Where(l => l.Tweet is null && l.Text.Length >= MinLength).ToList();
        if (lines.Count < 2)
        {
            return;
        }
        var cores = lines.ToDictionary(l => l, l => PrintedAgain.Core(l.Text));
        // A short line closed by a colon introduces what follows: a Q&A's «ويجيب عن هذا السؤال
        // أيضاً قسم التثقيف الصحي:» recurs before each answer by right (the corpus as it is).
        lines.RemoveAll(l => !PrintedAgain.IsProse(l.Text) || l.Text.Length < MaxIntroduction && l.Text.TrimEnd()[^1] == ':');
        // Of copies with the same words, the least dressed and then the first is the paragraph:
        // the others go, as does a pulled sentence wherever it sits, since the paragraph it was
        // cut from holds it whole.
        var kept = lines.GroupBy(l => cores[l], StringComparer.Ordinal)
            .Select(g => g.OrderBy(l => PrintedAgain.Dressing(l.Text)).First()).ToHashSet();
        var keptCores = kept.Select(l => cores[l]).ToList();
        var labelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var match = kept.Contains(line) ? PrintedAgain.Find(line.Text, keptCores) : PrintedAgain.Match.None;
            if (!kept.Contains(line) || match == PrintedAgain.Match.Pulled)
            {
                context.Remove(line, "repeat");
            }
            else if (match == PrintedAgain.Match.Labelled)
            {
                labelled.Add(cores[line]);
            }
        }
        // The labelled copy goes; the bare one, in its place in the story, stays.
        foreach (var line in lines.Where(l => kept.Contains(l) && context.Lines.Contains(l)))
        {
            if (labelled.Any(c => cores[line].Length > c.Length && cores[line].EndsWith(c, StringComparison.Ordinal)))
            {
                context.Remove(line, "repeat");
            }
        }
    }
}
