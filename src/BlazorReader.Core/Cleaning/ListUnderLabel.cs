namespace BlazorReader.Core.Cleaning;

// Other stories at the page's foot under a label no pattern names («من إصدارات المركز»,
// «قرارات الجلسة», «أوراق أخرى في السلسلة»), or under a header an earlier step took with the
// first title below it: the page's chrome stands right above the label (the story ended
// there), and below it two lines or more that each read as a headline or a lead, marked alike
// or not at all, none of them speaking of the story. A story's own last section under a
// subheading speaks of its subject (its names come back), and so stays.
internal static class ListUnderLabel
{
    private const int MinItems = 2;
    private const int MaxItems = 10;
    private const int MaxLabelLength = 45;
    private const int MaxItemLength = 400;
    private const double MaxShare = 0.5;

    // The list ending at `bottom` (found only by the foot scan, so nothing of the story is
    // below it): its first line and whether that line is its label, or null.
    public static (int Top, bool Labelled)? Find(CleaningContext context, int bottom, int from)
    {
        var lines = context.Lines;
        var mark = TeaserList.Mark(lines[bottom].Text);
        if (!IsItem(lines[bottom], mark))
        {
            return null;
        }
        var top = bottom;
        // A header of other stories inside the run is read by its own rule: the run stops under it.
        while (top - 1 > from && bottom - top < MaxItems && !SetOff(context, top) && !OtherStoriesHeader.IsHeader(lines[top - 1].Text)
            && (IsItem(lines[top - 1], mark) || IsLabel(lines[top - 1].Text)))
        {
            top--;
        }
        if (!SetOff(context, top))
        {
            return null;
        }
        // Under a header taken with its first title every line is an item; otherwise the
        // first line must be the list's label.
        var labelled = !context.HeaderTakenBetween(lines[top - 1].Line, lines[top].Line);
        if (labelled && !IsLabel(lines[top].Text))
        {
            return null;
        }
        var first = labelled ? top + 1 : top;
        var items = lines.GetRange(first, bottom - first + 1);
        if (items.Count < MinItems || items.Exists(i => IsLabel(i.Text) && !IsItem(i, mark)) || TeaserListTaker.IsInterview(lines, first, bottom))
        {
            return null;
        }
        var story = StoryWords.Above(context, top);
        return items.TrueForAll(i => story.Share(StoryWords.Of(TeaserList.Item(i.Text))) < MaxShare) ? (top, labelled) : null;
    }

    // The line above a list taken by another rule: its label when chrome stands above it.
    public static bool IsLabelSetOff(CleaningContext context, int at) =>
        at > 0 && context.Lines[at].Tweet is null && IsLabel(context.Lines[at].Text) && SetOff(context, at);

    // Chrome right above the line: taken out between it and the line above, or left but named.
    private static bool SetOff(CleaningContext context, int at)
    {
        var lines = context.Lines;
        return at > 0 && (context.RemovedBetween(lines[at - 1].Line, lines[at].Line, r => FootNotes.IsFootChrome(r.Reason) || r.Reason == "disclaimer")
            || TeaserListTaker.IsChrome(lines[at - 1].Text));
    }

    private static bool IsItem(SourceLine line, string? mark)
    {
        var text = line.Text.TrimEnd();
        return line.Tweet is null && text.Length is >= 12 and <= MaxItemLength && TeaserList.Mark(text) == mark && text[^1] is not ('،' or ',' or ':')
            && !TeaserListTaker.Continues(text) && !TeaserListTaker.IsChrome(text);
    }

    // The list's label: a few words that head what follows, and no item of a list itself.
    private static bool IsLabel(string text)
    {
        var bare = LineIcons.Trim(text).TrimEnd(':', '：', ' ').Trim();
        return bare.Length is >= 4 and <= MaxLabelLength && ProseLine.HeadsWhatFollows(bare) && TeaserList.Mark(bare) is null && !TeaserListTaker.Continues(bare);
    }
}
