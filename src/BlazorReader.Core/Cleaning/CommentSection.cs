namespace BlazorReader.Core.Cleaning;

// Readers' comments pasted below a story. Under a comments heading («التعليقات», «آراء القراء
// (12)») that stands below a paragraph of the story, every line to the page's end is a reader's
// (a name, a date, a remark, «رد») or the page's chrome: a story does not go on under its own
// comments. A count of comments printed by the headline looks the same, so the section needs a
// comment's marks below the heading too: a date or an age, or a reply button. The heading's own
// line goes with the chrome steps (WidgetLines).
internal static class CommentSection
{
    // More lines than a pasted comment section holds: a heading so high up is some story's own.
    private const int MaxLines = 60;

    public static void Take(CleaningContext context, int lead)
    {
        var lines = context.Lines;
        var first = -1;
        foreach (var heading in context.Removed.Where(r => WidgetLines.IsCommentsHeading(LineIcons.Trim(r.Text))).OrderBy(r => r.Line))
        {
            var below = lines.FindIndex(l => l.Line > heading.Line);
            if (below > lead && below >= 1 && lines.Count - below <= MaxLines && lines.Take(below).Any(ProseLine.IsParagraph)
                && !ProseLine.CarriesTheStoryOn(lines[below]) && CommentsBelow(context, heading.Line))
            {
                first = below;
                break;
            }
        }
        if (first < 0)
        {
            return;
        }
        foreach (var line in lines.Skip(first).TakeWhile(l => l.Tweet is null).ToList())
        {
            context.Remove(line, "comments");
        }
    }

    private static bool CommentsBelow(CleaningContext context, int heading) =>
        context.Lines.Where(l => l.Line > heading).Select(l => l.Text).Concat(context.Removed.Where(r => r.Line > heading).Select(r => r.Text))
            .Any(t => WidgetLines.IsReply(t) || t.Length <= 60 && (DateLines.IsDate(t) || CounterLines.IsAge(LineIcons.Trim(t))));
}
