using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Before the tail is weighed line by line: lists of other stories, found by their form. A
// header (TeaserList.IsHeader) takes the items below it, anywhere below the lead; without a
// header, two or more items carrying one mark (a bullet, a number, their own time) take each
// other, but only at the foot, where nothing of the story follows them. A list the line above
// announces («وتشمل الشروط:») is the story's.
internal static class TeaserListTaker
{
    private const int MaxItems = 10;

    public static void Take(CleaningContext context, int lead)
    {
        var lines = context.Lines;
        var from = Math.Max(lead, 0) + 1;
        var firstBody = lead >= 0 ? lines[lead].Line : 0;
        // A picture's licence inside the story («© فلان — نسب المصنف ٤٫٠») ends no page.
        var pageEnd = context.Removed.Where(r => r.Reason is "copyright" or "footer" or "navigation" && !TailTrimmer.PictureCopyright(r)).Select(r => r.Line).ToList();
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Tweet is null && OtherStoriesHeader.IsHeader(lines[i].Text) && Items(lines, i + 1, headed: true, new Lazy<StoryWords>(() => StoryWords.Above(context, i))) is { Count: > 0 } items)
            {
                i -= TakeAll(context, lines[i], items) ? 1 : 0;
            }
            else if (lines[i].Tweet is null && i > from && RestUnderTakenHeader(context, i) is { Count: > 0 } rest)
            {
                i -= TakeAll(context, null, rest) ? 1 : 0;
            }
        }
        MarkedLeads.Take(context, from);
        CardRuns.Take(context, from);
        // From the foot up: lists, and what a page prints round them (a counter, a date line).
        var at = lines.Count - 1;
        var labels = 0;
        var listTaken = false;
        while (at > from)
        {
            if (lines[at].Tweet is not null)
            {
                return;
            }
            // A short label no pattern names among the page's last lines (a widget's, a menu's)
            // stays, but the lists above it are still looked at; above a list taken, it is the
            // story's end (a call to sign a petition under its hotlines).
            if (IsChrome(lines[at].Text) || !listTaken && IsFootLabel(lines[at].Text) && ++labels <= MaxFootLabels)
            {
                at--;
                continue;
            }
            var top = RunTop(lines, at, from);
            // Without a header, a story's own list of tips or facts ends many a feature the same
            // way: only items dated each, a list below the page's footer, or headlines set off
            // from the story by chrome (IsTitleRun) are other stories' (and runs of leads,
            // MarkedLeads, wherever they stand).
            var mark = top < 0 ? null : TeaserList.Mark(lines[at].Text);
            var header = top > from && OtherStoriesHeader.IsHeader(lines[top - 1].Text);
            // A header taken out earlier (ReadAlsoTaker) right above the run: the run is what it headed.
            var headed = header || top > 0 && context.HeaderTakenBetween(lines[top - 1].Line, lines[top].Line);
            if (top < 0 || at - top + 1 < 2 || top > 0 && TeaserBlock.Announces(lines[top - 1].Text) && !headed || IsInterview(lines, top, at) || !headed && IsStoryList(lines, from, top, mark)
                || !headed && mark != TeaserList.Dated && !pageEnd.Any(l => l > firstBody && l < lines[top].Line) && !IsTitleRun(context, top, at))
            {
                // Under a label no pattern names, set off from the story by chrome.
                if (ListUnderLabel.Find(context, at, from) is not { } list)
                {
                    return;
                }
                var first = list.Labelled ? list.Top + 1 : list.Top;
                TakeAll(context, list.Labelled ? lines[list.Top] : null, lines.GetRange(first, at - first + 1));
                at = list.Top - 1;
                listTaken = true;
                continue;
            }
            // What stands between the items (a «more» link, a time) goes with them, and a label
            // of the site's own above them when chrome is above it.
            var labelled = header || top - 1 > from && ListUnderLabel.IsLabelSetOff(context, top - 1);
            TakeAll(context, labelled ? lines[top - 1] : null, lines.GetRange(top, at - top + 1));
            at = labelled ? top - 2 : top - 1;
            listTaken = true;
        }
    }

    private const int MaxFootLabels = 2;

    // The story's own list goes on under its mark below a block set in it (a post, a picture):
    // two of the story's lines above the run carry that mark. Asked only of a run with no header.
    private static bool IsStoryList(List<SourceLine> lines, int from, int top, string? mark) =>
        mark is not null && mark != TeaserList.Dated && lines.Skip(from).Take(Math.Max(0, top - from)).Count(l => l.Tweet is null && TeaserList.Mark(l.Text) == mark) >= 2;

    private static bool IsFootLabel(string text) =>
        text.Length < 40 && TeaserList.Mark(text) is null && ProseLine.IsBareLabel(text) && !Continues(text) && !ProseLine.SignsTheStory(text);

    // Questions and answers under one mark («- هل …؟», «- بدأنا …»): an interview's, the story's.
    // Headlines may ask, but none ends in a full stop as an answer does.
    public static bool IsInterview(List<SourceLine> lines, int top, int bottom)
    {
        var ends = lines.GetRange(top, bottom - top + 1).Select(l => l.Text.TrimEnd()).Where(t => t.Length > 0).Select(t => t[^1]).ToList();
        return ends.Count(c => c is '؟' or '?') >= 2 && ends.Exists(c => c == '.');
    }

    // A header taken out earlier (ReadAlsoTaker, with the titles it could read as such) right
    // above the line: the marked items below it that the titles' own mark carries on, or two or
    // more marked items. Unmarked lines under it may be the story going on after a block of
    // titles, and stay.
    private static List<SourceLine> RestUnderTakenHeader(CleaningContext context, int at)
    {
        var (above, first) = (context.Lines[at - 1].Line, context.Lines[at].Line);
        var taken = context.Removed.Where(r => r.Line > above && r.Line < first && r.Reason == "read-also").OrderBy(r => r.Line).ToList();
        var header = taken.FindIndex(r => OtherStoriesHeader.IsHeader(r.Text));
        if (header < 0)
        {
            return [];
        }
        var mark = TeaserList.Mark(context.Lines[at].Text);
        var items = Items(context.Lines, at, headed: true);
        var marks = items.Select(i => TeaserList.Mark(i.Text)).Where(m => m is not null).ToList();
        var titles = taken.Skip(header + 1).ToList();
        // A page may mark its items each its own way, or leave the first bare: items under two
        // marks or more are its list still (an unmarked first one only where nothing of the
        // story is below). The story's own points under one mark go on below a block set in them.
        var mixed = marks.Count >= 2 && marks.Distinct().Count() >= 2;
        var carriesOn = mark is not null
            ? titles.Count > 0 ? titles.Exists(t => TeaserList.Mark(t.Text) == mark) || mixed : marks.Count >= 2
            : mixed && AllBelowAre(context.Lines, at) && items.TrueForAll(i => TeaserList.Mark(i.Text) is not null || ReadsAsTitle(i.Text));
        return carriesOn ? items : [];
    }

    // A bare line read with marked titles: a headline's length, no sentence's end.
    private static bool ReadsAsTitle(string text) => text.Length <= MaxBareTitle && !ProseLine.EndsLikeASentence(text);

    private const int MaxBareTitle = 130;

    // Unheaded and undated, a run is other stories' when it is three or more headlines alike
    // (TitleRun) set off from the story by what pages print below one (a share bar, a counter):
    // a feature's own tips may follow its last paragraph directly, and stay.
    private static bool IsTitleRun(CleaningContext context, int top, int bottom)
    {
        var lines = context.Lines;
        if (bottom - top + 1 < TitleRun.MinItems || top < 1)
        {
            return false;
        }
        var above = lines[top - 1].Line;
        if (!context.RemovedBetween(above, lines[top].Line, r => FootNotes.IsFootChrome(r.Reason)))
        {
            return false;
        }
        return TitleRun.AreOtherStories(context, lines.GetRange(top, bottom - top + 1).Select(l => TeaserList.Item(l.Text)), top);
    }

    // The run of marked lines ending at `bottom`, one mark for all (one unmarked short line
    // between sure items allowed: chrome no pattern names yet), or -1.
    private static int RunTop(List<SourceLine> lines, int bottom, int from)
    {
        var mark = TeaserList.Mark(lines[bottom].Text);
        if (mark is null || Continues(lines[bottom].Text))
        {
            return -1;
        }
        var top = bottom;
        for (var i = bottom - 1; i >= from && bottom - i < MaxItems && lines[i].Tweet is null; i--)
        {
            if (TeaserList.Mark(lines[i].Text) == mark && !Continues(lines[i].Text))
            {
                top = i;
            }
            else if (!(lines[i].Text.Length < 25 && i - 1 >= from && TeaserList.Mark(lines[i - 1].Text) == mark))
            {
                break;
            }
        }
        return top;
    }

    // The items under a header: all with the first one's mark, or, unmarked, lines that read as
    // titles or cut leads, not as the story's next paragraph.
    // A paragraph that says what the story above the header says (a shared pair of words or
    // most of its words) is the story going on below a block of titles, not one of them. The
    // story's words are read only when a long line asks (analysing every line above is dear).
    private const double StoryShare = 1.2;

    private static List<SourceLine> Items(List<SourceLine> lines, int start, bool headed, Lazy<StoryWords>? story = null)
    {
        var items = new List<SourceLine>();
        if (start >= lines.Count || lines[start].Tweet is not null)
        {
            return items;
        }
        var mark = TeaserList.Mark(lines[start].Text);
        // The story's own list (its tips, each a dashed line) goes on below a block set in it.
        // Read only for an unmarked list, the one case that asks.
        HashSet<string> storyMarks = mark is not null ? [] : lines.Take(start).Select(l => l.Tweet is null ? TeaserList.Mark(l.Text) : null).Where(m => m is not null)
            .GroupBy(m => m).Where(g => g.Count() >= 2).Select(g => g.Key!).ToHashSet();
        for (var i = start; i < lines.Count && items.Count < MaxItems && lines[i].Tweet is null; i++)
        {
            var text = lines[i].Text;
            // A title never ends on a comma: a line that does runs on into the story's next words.
            if (text.TrimEnd() is { Length: > 0 } end && end[^1] is '،' or ',' || mark is null && TeaserList.Mark(text) is { } own && storyMarks.Contains(own))
            {
                break;
            }
            // A short line between two items (a time, a «more» link) is the list's. Under a
            // header a page may mark some items and not others, or each its own way: an item
            // with another mark or none is weighed by its words as an unmarked one is.
            // A page marks its items one way: under two items of one mark, a line without it that
            // ends on a full stop is the story going on (an answer «ج: …», a point «٣- …»), not a
            // title, which ends bare or cut.
            if (mark is not null && TeaserList.Mark(text) != mark && TeaserList.EndsOnAFullStop(text) && items.Count(it => TeaserList.Mark(it.Text) == mark) >= 2)
            {
                break;
            }
            // Numbered points that end on a full stop under titles that were not numbered are the
            // story's own list going on below the block.
            if (items.Count >= 2 && TeaserList.Mark(text) == TeaserList.Numbered && TeaserList.EndsOnAFullStop(text) && !items.Exists(it => TeaserList.Mark(it.Text) == TeaserList.Numbered))
            {
                break;
            }
            var fits = mark is not null && (TeaserList.Mark(text) == mark || text.Length < 25 && i + 1 < lines.Count && lines[i + 1].Tweet is null && TeaserList.Mark(lines[i + 1].Text) == mark)
                || headed && ReadsAsItem(lines, i, mark is null ? text : TeaserList.Item(text), story);
            if (!fits)
            {
                break;
            }
            items.Add(lines[i]);
        }
        return items;
    }

    private static bool ReadsAsItem(List<SourceLine> lines, int i, string text, Lazy<StoryWords>? story) =>
        !Continues(text) && text.Length is >= 12 and <= 320 && !OtherStoriesHeader.IsHeader(text) && !IsChrome(text)
        && (text.Length <= MaxBareTitle || text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal) || AllBelowAre(lines, i))
        && !(text.Length > 130 && story is not null && story.Value.Share(StoryWords.Of(text)) >= StoryShare);

    // Nothing of the story below: every line from here down is a title-like line or chrome.
    private static bool AllBelowAre(List<SourceLine> lines, int from) =>
        lines.Skip(from).All(l => l.Tweet is null && (IsChrome(l.Text) || !Continues(l.Text) && l.Text.Length <= 320));

    public static bool Continues(string text) =>
        ParagraphOpening.Continues(TeaserList.Item(text)) || ParagraphOpening.IsEditorsNote(text) || ParagraphOpening.NamesAgain(text);

    public static bool IsChrome(string text) =>
        CounterLines.Reason(text) is not null || DateLines.IsDate(text) || FooterLines.Reason(text) is not null || FooterLines.IsNavigation(text);

    // Whether any line went.
    public static bool TakeAll(CleaningContext context, SourceLine? header, List<SourceLine> items)
    {
        // The story's own point among them is the story going on: it and all below it stay.
        if (items.FindIndex(i => TeaserList.IsStoryPoint(i.Text)) is var point and >= 0)
        {
            items = items[..point];
            if (items.Count == 0)
            {
                // A header of other stories is chrome whatever follows it; a label over the story's points is theirs.
                if (header is not null && OtherStoriesHeader.IsHeader(header.Text))
                {
                    context.Remove(header, "read-also");
                    return true;
                }
                return false;
            }
        }
        if (header is not null)
        {
            context.Remove(header, "read-also");
        }
        foreach (var item in items)
        {
            // A list's short unmarked line between marked items is its chrome, not a story.
            if (item.Text.Length < 25 && TeaserList.Mark(item.Text) is null && items.Exists(i => TeaserList.Mark(i.Text) is not null))
            {
                context.Remove(item, "navigation");
                continue;
            }
            context.Teasers.Add(new Teaser(TeaserList.Item(item.Text)));
            context.Remove(item, "teaser");
        }
        return true;
    }
}
