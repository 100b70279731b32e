using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Other stories as cards: a title, a stamp of its own (StampLine: a paper and an age) and
// often a lead, card after card in one template. Two stamps a few lines apart are the
// evidence; the lines between them are cards'. The template says how much of the first and
// last card lies outside the stamps: as many lines follow the last stamp as the cards hold
// after theirs, the rest of a card stands above the first one, and a line there is taken only
// when it is shaped as the other cards' lines at its place (a title where they hold titles).
// A line that carries the story on (a connective, a pointer back, most of its words the
// story's) ends the run: a live blog stamps its own paragraphs, and they say what it says.
// Stamps an earlier step took out (an age is a counter anywhere) still mark the template.
internal static class CardRuns
{
    private const int MaxBetween = 3;
    private const int MaxTitle = 130;
    private const int MaxLead = 320;
    private const double StoryShare = 0.8;
    private const double OtherShare = 0.5;

    // A line of the page below the lead: kept (Line not null) or already taken out (the page's
    // lines all count in a card's template).
    // Index: where it stands among the kept lines (the next kept line's, for one taken out).
    private sealed record Slot(SourceLine? Line, string Text, bool Stamp, int Index);

    public static void Take(CleaningContext context, int from)
    {
        if (from < 1 || from >= context.Lines.Count)
        {
            return;
        }
        var slots = Slots(context, from);
        for (var i = 0; i < slots.Count; i++)
        {
            if (!slots[i].Stamp)
            {
                continue;
            }
            // The story above is read only when a line asks (most stamps stand alone).
            var storyEnd = slots[Math.Max(0, i - MaxBetween)].Index;
            var story = new Lazy<StoryWords>(() => StoryWords.Above(context, storyEnd));
            var stamps = Stamps(slots, i, story);
            if (stamps.Count < 2 || !Between(stamps).Any(k => slots[k].Line is not null))
            {
                continue;
            }
            var reach = Math.Max(1, stamps.Zip(stamps.Skip(1), (a, b) => b - a - 1).Max());
            var marks = Between(stamps).Select(k => TeaserList.Mark(slots[k].Text)).Where(m => m is not null).ToHashSet();
            // Where the cards' titles carry a mark, a card opens at its marked line: as many lines
            // above its stamp belong to the first card. Else the last card says, by what follows it.
            var opening = MarkedOpening(slots, stamps);
            var bottom = stamps[^1];
            while (bottom + 1 < slots.Count && bottom - stamps[^1] < reach - (opening ?? 0) && IsCard(slots, bottom + 1, stamps, +1, story, marks))
            {
                bottom++;
            }
            var top = stamps[0];
            var above = opening ?? reach - (bottom - stamps[^1]);
            while (top > 0 && stamps[0] - top < above && IsCard(slots, top - 1, stamps, -1, story, marks))
            {
                top--;
            }
            foreach (var slot in slots.Skip(top).Take(bottom - top + 1).Where(s => s.Line is not null))
            {
                if (slot.Stamp)
                {
                    context.Remove(slot.Line!, "timestamp");
                }
                else
                {
                    context.Teasers.Add(new Teaser(TeaserList.Item(slot.Text)));
                    context.Remove(slot.Line!, "teaser");
                }
            }
            i = bottom;
        }
    }

    // How far above its stamp every card but the first opens with a marked line, when all agree.
    private static int? MarkedOpening(List<Slot> slots, List<int> stamps)
    {
        int? opening = null;
        for (var j = 1; j < stamps.Count; j++)
        {
            var k = stamps[j] - 1;
            while (k > stamps[j - 1] && TeaserList.Mark(slots[k].Text) is null)
            {
                k--;
            }
            if (k == stamps[j - 1] || opening is { } o && o != stamps[j] - k)
            {
                return null;
            }
            opening = stamps[j] - k;
        }
        // The first card opens the same way, or the marked lines are the titles below their stamps.
        return opening is { } first && stamps[0] - first >= 0 && TeaserList.Mark(slots[stamps[0] - first].Text) is not null ? opening : null;
    }

    // The run's slots, first stamp to last.
    private static IEnumerable<int> Between(List<int> stamps) => Enumerable.Range(stamps[0], stamps[^1] - stamps[0] + 1);

    private static List<Slot> Slots(CleaningContext context, int from)
    {
        var lines = context.Lines;
        var kept = lines.Skip(from).Select((l, k) => (l.Line, Slot: new Slot(l, l.Text, l.Tweet is null && IsStamp(l.Text), from + k)));
        var keptLines = lines.Select(l => l.Line).ToHashSet();
        var taken = context.Removed.Where(r => r.Line > lines[from - 1].Line && !keptLines.Contains(r.Line))
            .Select(r => (r.Line, Slot: new Slot(null, r.Text, IsStamp(r.Text), NextKept(lines, r.Line))));
        return [.. kept.Concat(taken).OrderBy(x => x.Line).Select(x => x.Slot)];
    }

    private static bool IsStamp(string text) => StampLine.Is(text) || StampLine.IsSectionDate(text);

    private static int NextKept(List<SourceLine> lines, int rawLine)
    {
        var k = lines.FindIndex(l => l.Line > rawLine);
        return k < 0 ? lines.Count : k;
    }

    // The stamps from `first` down, each at most MaxBetween lines below the last, none past a
    // line that is the story's or a tweet.
    private static List<int> Stamps(List<Slot> slots, int first, Lazy<StoryWords> story)
    {
        var stamps = new List<int> { first };
        for (var k = first + 1; k < slots.Count && k - stamps[^1] - 1 <= MaxBetween; k++)
        {
            // A stamp is read as one before its words are («الاقتصاد، 2015-08-11» opens as a
            // sentence going on would).
            if (slots[k].Stamp)
            {
                stamps.Add(k);
            }
            else if (slots[k].Line is { } line && (line.Tweet is not null || IsStory(line.Text, story)))
            {
                break;
            }
        }
        return stamps;
    }

    private static bool IsStory(string text, Lazy<StoryWords> story)
    {
        // A lead cut short is a card's, whatever its first word (cards cut a story anywhere).
        var item = TeaserList.Item(text);
        return !IsCut(item) && (ParagraphOpening.Continues(item) || ParagraphOpening.IsEditorsNote(text) || ParagraphOpening.NamesAgain(item)
            || item.Length > 60 && story.Value.Share(StoryWords.Of(item)) >= StoryShare);
    }

    // A line next to the run (`side` lines from the nearest stamp) that is its first or last
    // card's: not the story's, and shaped as the cards' lines at the same place from their
    // stamps: cut short or carrying their mark where they do, a title where they hold titles.
    private static bool IsCard(List<Slot> slots, int at, List<int> stamps, int side, Lazy<StoryWords> story, HashSet<string?> marks)
    {
        var slot = slots[at];
        if (slot.Line is null)
        {
            return true;
        }
        var text = slot.Text;
        if (slot.Line.Tweet is not null || slot.Stamp || text.Length > MaxLead || IsStory(text, story))
        {
            return false;
        }
        var item = TeaserList.Item(text);
        var distance = side > 0 ? at - stamps[^1] : stamps[0] - at;
        var alike = stamps.Select(s => s + (side * distance)).Where(k => k >= 0 && k < slots.Count && k != at && !slots[k].Stamp).Select(k => slots[k].Text).ToList();
        if (marks.Contains(TeaserList.Mark(text)) && alike.Exists(a => TeaserList.Mark(a) == TeaserList.Mark(text)))
        {
            return true;
        }
        if (PersonNames.IsName(item) || PlaceNames.Named(item) || item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3
            || story.Value.Share(StoryWords.Of(item)) >= OtherShare)
        {
            return false;
        }
        var title = IsTitle(text);
        // With no card to compare with, only a title or a cut lead.
        return alike.Count == 0 ? title || IsCut(item) : alike.Count(a => IsTitle(a) == title) * 2 > alike.Count;
    }

    // A title, or else a lead (a sentence, or one cut short).
    private static bool IsTitle(string text)
    {
        var item = TeaserList.Item(text);
        return item.Length <= MaxTitle && !item.EndsWith('.') && !IsCut(item);
    }

    private static bool IsCut(string text) => text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal);
}
