namespace BlazorReader.Core.Cleaning;

// After tweets are rebuilt (their links and dates would look like chrome) and before teasers
// and bylines are looked for: both are found relative to where the chrome was. Weak chrome
// (bare counters, dots, clock times) is taken only from a run at the start or the end, so a
// number standing alone inside the body stays.
internal sealed class ChromeRemover : ICleaningStep
{
    public void Apply(CleaningContext context)
    {
        context.RemoveWhere(l => ChromePatterns.StrongReason(l.Text));
        while (context.Lines.Count > 0 && context.Lines[^1].Tweet is null && ChromePatterns.WeakReason(context.Lines[^1].Text) is { } tail)
        {
            context.Remove(context.Lines[^1], tail);
        }
        while (context.Lines.Count > 0 && context.Lines[0].Tweet is null && ChromePatterns.WeakReason(context.Lines[0].Text) is { } head)
        {
            context.Remove(context.Lines[0], head);
        }
        TrimInlineMoreLinks(context);
    }

    // «… آخر جملة. ...المزيد» or «… رابط الخبر بصحيفة الوئام: العنوان» glued to the last paragraph.
    private static void TrimInlineMoreLinks(CleaningContext context)
    {
        foreach (var line in context.Lines.Where(l => l.Tweet is null && ChromePatterns.MayEndInMoreLink(l.Text)))
        {
            var match = ChromePatterns.InlineMoreLink().Match(line.Text);
            if (match.Success && match.Index > 0)
            {
                var reason = match.Value.TrimStart().StartsWith("سمات", StringComparison.Ordinal) ? "tags" : "more-link";
                context.Removed.Add(new(match.Value.Trim(), reason, line.Line));
                line.Text = line.Text[..match.Index].TrimEnd();
            }
        }
    }
}
