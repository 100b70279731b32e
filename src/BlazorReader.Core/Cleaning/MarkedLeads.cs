namespace BlazorReader.Core.Cleaning;

// A run of lines that carry one bullet («• …», «◄ …», «* …») and each open another story: a
// lead's length and form (no connective, no pointer back, nothing announced), telling news,
// sharing little with the story and little with one another. A story's own list names its
// subject from item to item; other stories' leads each name their own. Weighed as a run,
// wherever it stands below the lead: three such lines say more than any one of them could,
// and a lone line or two stay for want of evidence. Numbers are the commonest list of a story's
// own (steps, tips, sayings): a numbered run counts only where it counts from one, each number
// the last one's next («1 …», «2) …», «٣- …»), and its items are headlines, not sentences, as
// pages rank their most read stories (a column's numbered tips end as sentences do). An
// interview's questions and answers under one mark are the story's.
internal static partial class MarkedLeads
{
    public const int MinItems = 3;
    // Against a story of few paragraphs, a share of its words; against a longer one, a part of
    // what its own paragraphs share with one another (as UnrelatedLeads weighs them).
    private const double MaxShare = 0.3;
    private const double MaxPartOfMedian = 0.5;
    private const double MaxNeighbourShare = 0.3;
    private const double MinNewsPart = 1.0 / 3;
    private const double MinOpeningPart = 0.75;
    private const int MaxBetween = 25;

    public static void Take(CleaningContext context, int from)
    {
        var lines = context.Lines;
        for (var top = Math.Max(from, 1); top < lines.Count; top++)
        {
            var numbered = Number(lines[top].Text) == 1;
            var bottom = numbered ? NumberedBottom(lines, top) : RunBottom(lines, top);
            if (bottom < 0)
            {
                continue;
            }
            // A list the lead itself opens, or the line above announces, is the story's.
            var run = lines.GetRange(top, bottom - top + 1);
            var above = lines[top - 1].Text;
            var continued = numbered ? Number(above) is not null : TeaserList.Mark(above) == TeaserList.Mark(lines[top].Text);
            if (!TeaserBlock.Announces(above) && !continued && !TeaserListTaker.IsInterview(lines, top, bottom) && AreOtherStories(context, run, numbered))
            {
                // A label of the site's own above the run, with chrome above it, heads it.
                var labelled = top - 1 > from && ListUnderLabel.IsLabelSetOff(context, top - 1);
                TeaserListTaker.TakeAll(context, labelled ? lines[top - 1] : null, run);
                top -= labelled ? 2 : 1;
            }
            else
            {
                top = bottom;
            }
        }
    }

    // The last line of the run of one bullet opening at `top` (a short unmarked line between
    // two items allowed: a time, a «more» link), or -1 where no bullet run opens.
    private static int RunBottom(List<SourceLine> lines, int top)
    {
        var mark = TeaserList.Mark(lines[top].Text);
        if (mark is null or TeaserList.Dated or TeaserList.Numbered || lines[top].Tweet is not null)
        {
            return -1;
        }
        var bottom = top;
        for (var i = top + 1; i < lines.Count && lines[i].Tweet is null; i++)
        {
            if (TeaserList.Mark(lines[i].Text) == mark)
            {
                bottom = i;
            }
            else if (!(lines[i].Text.Length < MaxBetween && i + 1 < lines.Count && lines[i + 1].Tweet is null && TeaserList.Mark(lines[i + 1].Text) == mark))
            {
                break;
            }
        }
        return bottom;
    }

    // The last line of a run numbered 1, 2, 3 … from `top`, or -1 under three items.
    private static int NumberedBottom(List<SourceLine> lines, int top)
    {
        var bottom = top;
        while (bottom + 1 < lines.Count && lines[bottom + 1].Tweet is null && Number(lines[bottom + 1].Text) == bottom - top + 2)
        {
            bottom++;
        }
        return bottom - top + 1 >= MinItems ? bottom : -1;
    }

    // The number a line opens with, closed by a mark or a space («1 …», «٢. …», «(3) …»), or null.
    private static int? Number(string line)
    {
        if (line.Length > 320 || Ranked().Match(line) is not { Success: true } m)
        {
            return null;
        }
        return Digits.ValueOf(m.Groups["n"].ValueSpan);
    }

    private static string Unnumbered(string line) => Ranked().Replace(line, "").Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[(\[]?(?<n>[\d٠-٩]{1,2})(\s*[.)\-–/\]]\s*|\s+)(?=\S)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Ranked();

    // A story's own thoughts or tips come bulleted too, each on its own matter; what tells news
    // from them is how a lead or a headline reads (TellsNews).
    private static bool AreOtherStories(CleaningContext context, List<SourceLine> run, bool numbered)
    {
        var marked = run.Where(l => numbered ? Number(l.Text) is not null : TeaserList.Mark(l.Text) is not null).ToList();
        var items = marked.Select(l => numbered ? TeaserList.Item(Unnumbered(l.Text)) : TeaserList.Item(l.Text)).ToList();
        // Weighed as a run: one item in four may open otherwise (a lead cut where it reads on,
        // «فيما …», «ختاما …»), but not the top one, which a reader would miss if it were not.
        if (numbered && items.Count(i => !ProseLine.EndsLikeASentence(i)) < MinOpeningPart * items.Count)
        {
            return false;
        }
        var opening = items.Count(i => IsLead(i) || TitleRun.IsHeadline(i));
        if (opening < MinItems || opening < MinOpeningPart * items.Count || !(IsLead(items[0]) || TitleRun.IsHeadline(items[0]))
            || marked.Count(l => TellsNews(numbered ? Unnumbered(l.Text) : l.Text)) < MinNewsPart * items.Count)
        {
            return false;
        }
        var stems = items.Select(StoryWords.Of).ToList();
        var (story, limit) = Story(context, run);
        for (var i = 0; i < stems.Count; i++)
        {
            if (story.Share(stems[i]) >= limit || i > 0 && Neighbours(stems[i - 1], stems[i]) >= MaxNeighbourShare)
            {
                return false;
            }
        }
        return true;
    }

    // A lead opens a story: a sentence's length and words, opening on its own.
    public static bool IsLead(string item) =>
        item.Length is >= 40 and <= 400 && !ParagraphOpening.ReadsOn(item) && !TeaserBlock.Announces(item) && FunctionWords.Count(item) > 0;

    // A lead opens with a news verb or names the day; a headline puts a verb in the present
    // near its head («النفط يتراجع …», «روني يتطلع …»); a list of stories stamps each with
    // its time. A story's own tips and remarks open with nouns («تطوير …», «مشاكل …»).
    private static bool TellsNews(string line)
    {
        var item = TeaserList.Item(line);
        return ParagraphOpening.OpensWithNewsVerb(item) || ParagraphOpening.NamesATime(item)
            || TitleRun.IsHeadline(item) && item.Split(' ', 5).Take(4).Any(IsPresentVerb)
            || item.Length < TeaserList.WithoutBullet(line).Trim().Length - 3;
    }

    // «يتراجع», «تعتزم», «يقتل»: a present-tense verb's prefix; not a noun of the form تفعيل
    // («تطوير», «تعزيز») or one in ة («تجربة»), which lists open with.
    private static bool IsPresentVerb(string word)
    {
        var w = Arabic.ArabicNormalizer.Normalize(word.Trim('«', '»', '"', '،', ',', ':'));
        return w.Length is >= 4 and <= 7 && (w[0] == 'ي' || w[0] == 'ت' && !(w.Length == 5 && w[3] == 'ي') && w[^1] != 'ه' && w[^1] != 'ة');
    }

    private static double Neighbours(int[] above, int[] line)
    {
        var words = new StoryWords();
        words.Add(above);
        return words.Share(line);
    }

    // The story round the run (its title and every other line, above it and below), and how
    // much an item may share with it: its paragraphs each weighed against the rest of it.
    private static (StoryWords Story, double Limit) Story(CleaningContext context, List<SourceLine> run)
    {
        var inRun = run.ToHashSet();
        var body = context.Lines.Where(l => l.Tweet is null && !inRun.Contains(l)).Select(l => (l.Text.Length, Stems: StoryWords.Of(l.Text))).ToList();
        var story = new StoryWords();
        story.Add(StoryWords.Of(context.GivenTitle ?? ""));
        body.ForEach(p => story.Add(p.Stems));
        var paragraphs = body.Where(p => p.Length >= 25).Select(p => p.Stems).ToList();
        if (paragraphs.Count < 3)
        {
            return (story, MaxShare);
        }
        var shares = new List<double>();
        foreach (var p in paragraphs)
        {
            shares.Add(story.ShareWithout(p));
        }
        return (story, Math.Max(MaxShare, MaxPartOfMedian * shares.Order().ElementAt(shares.Count / 2)));
    }
}
