namespace BlazorReader.Core.Cleaning;

// The late steps (a page's fields, the learned second opinion) take lines above the lead that
// the head trimmer had to leave: a name, a menu, a kicker. What they uncover is read again: a
// date line left standing over the lead («لندن يوم August 9, 2015»), and the dateline glued
// before the lead («رويترز- أبها: يشارك …»), which the head trimmer looks for among the first
// lines only.
internal sealed class LateHead : ICleaningStep
{
    private const int MaxAbove = 2;

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        var lead = lines.FindIndex(l => l.Tweet is not null || l.Text.Length >= MinLead && HeadTrimmer.ReadsAsProse(l.Text));
        for (var i = Math.Min(lead, MaxAbove) - 1; i >= 0; i--)
        {
            if (lines[i].Tweet is null && DateLines.IsDate(lines[i].Text))
            {
                context.Dateline ??= lines[i].Text;
                context.Remove(lines[i], "dateline");
            }
        }
        HeadTrimmer.SplitLeadDateline(context, again: true);
    }

    private const int MinLead = 60;
}
