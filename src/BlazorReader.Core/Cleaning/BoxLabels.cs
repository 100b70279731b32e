namespace BlazorReader.Core.Cleaning;

// A label with a colon that announced a box («روابط الصفحة:», «للاقتباس:», «Links:»), left
// alone once the box under it was taken out: it goes with its box, for the reason the box went.
// The box must be what stands under it: the page's last lines, or two lines or more before
// the story goes on (a picture's caption set under a story's own label is one line). A story's
// line that announces its list is a sentence («وتشمل الشروط:»), not a label.
internal sealed class BoxLabels : ICleaningStep
{
    private const int MaxLength = 45;
    private const int MinBoxAbove = 2;

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        var taken = new List<(SourceLine Line, string Reason)>();
        for (var i = 0; i < lines.Count; i++)
        {
            // The cheap test first: every line of every article is asked.
            if (lines[i].Tweet is not null || !IsLabel(lines[i].Text))
            {
                continue;
            }
            var next = i + 1 < lines.Count ? lines[i + 1].Line : int.MaxValue;
            var box = context.Removed.Where(r => r.Line > lines[i].Line && r.Line < next).OrderBy(r => r.Line).ToList();
            if (box.Count > 0 && box[0].Line == lines[i].Line + 1 && (next == int.MaxValue || box.Count >= MinBoxAbove))
            {
                taken.Add((lines[i], box[0].Reason));
            }
        }
        foreach (var (line, reason) in taken)
        {
            context.Remove(line, reason);
        }
    }

    private static bool IsLabel(string text)
    {
        var t = LineIcons.Trim(text).Trim();
        if (t.Length is < 3 or > MaxLength || t[^1] is not (':' or '：'))
        {
            return false;
        }
        var bare = t.TrimEnd(':', '：', ' ');
        return ProseLine.HeadsWhatFollows(bare) && !ParagraphOpening.Continues(bare);
    }
}
