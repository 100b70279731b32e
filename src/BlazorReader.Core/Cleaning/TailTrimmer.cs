using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// After chrome, from the last line up: what pages put below a story, in any order, until the
// story's last paragraph. Credits become the attribution; dates, counters, captions and
// navigation go; paragraph-like lines go as teasers only when TeaserBlock finds the evidence
// says they are other stories'. A line too close to call stays in the body and the article
// is marked for an editor: a teaser left in is a nuisance, a paragraph lost is a defect.
internal sealed partial class TailTrimmer : ICleaningStep
{
    private const int MinProseLength = 25;
    private const int MaxCandidates = 12;
    private const string Label = "label";
    // A name alone in brackets (CreditLines.BracketedName): a credit only with nothing of the story below it.
    public const string BracketedCredit = "bracketed";


    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        // The lead is the story's whatever follows it: the first line that reads as prose (a
        // headline left above it has no full stop).
        var lead = lines.FindIndex(l => l.Tweet is null && (l.Text.Length >= 100 || l.Text.Length >= 40 && EndsSentence(l.Text)));
        TakeUnmistakableCredits(context, lead);
        CommentSection.Take(context, lead);
        ForumSignature.Take(context, lead);
        TeaserListTaker.Take(context, lead);
        FootNotes.Take(context, lead);
        var pageEnd = PageEnds(context);
        // Chrome above the lead (a share bar under the headline) ends no page: only what sits
        // below the story's first paragraph marks its foot.
        var firstBody = lead >= 0 ? lines[lead].Line : lines.Count > 0 ? lines[0].Line : 0;
        var items = new List<(SourceLine Line, string? Reason, TailCandidate? Candidate)>();
        var stems = new Dictionary<SourceLine, int[]>();
        StoryWords? story = null;
        var top = lines.Count;
        var candidateCount = 0;
        // In a story whose paragraphs nearly all open with a connective, one teaser that does
        // («وتشتد المعارك …») does not end the search: the lines above it are weighed too.
        var ownTitle = context.Known is null ? default : KnownStories.Own(context.GivenTitle ?? lines.FirstOrDefault()?.Text);
        var connective = lines.Skip(1).Count(l => l.Tweet is null && ParagraphOpening.Continues(l.Text)) >= 0.65 * Math.Max(1, lines.Count - 1);
        for (var i = lines.Count - 1; i > Math.Max(lead, 0) && lines[i].Tweet is null; i--)
        {
            var line = lines[i];
            if (ReasonFor(line.Text) is { } reason && !(reason == "counter" && (InNumberList(lines, i) || IsValueOf(lines, i))))
            {
                items.Add((line, reason, null));
                top = i;
                continue;
            }
            var afterFooter = pageEnd.Any(l => l > firstBody && l < line.Line);
            // A short line no pattern names (a name, a verse, a subheading), or a paragraph that
            // continues the story, is the story's: nothing above it is looked at.
            // A stored story's lead is a teaser only below a paragraph of this one: else it is this
            // story, printed under a headline or banner the title was not known by.
            var known = context.Known?.Names(line.Text, ownTitle) == true && ParagraphAbove(lines, i);
            // A sentence that reads on («وبالله التوفيق.», «ويعود تاريخ المبنى إلى عام ١٩٣٥م.») is the
            // story's even below a notice: no other story's title is one, and on the corpus one
            // lead in two thousand opens with a joined «و» or «ف» (a longer line needs that letter;
            // «لليوم السادس، …» opens leads).
            var closing = afterFooter && EndsSentence(line.Text) && ParagraphOpening.Continues(line.Text)
                && (line.Text.Length < MinProseLength || line.Text.TrimStart() is ['و' or 'ف', ..]);
            if ((!afterFooter || closing) && !known && (line.Text.Length < MinProseLength || !connective && ParagraphOpening.ReadsOn(line.Text) || ParagraphOpening.IsEditorsNote(line.Text)))
            {
                // The page's last lines, with nothing of the story below them, are its foot as much
                // as what chrome stands under: a label there no pattern names (a widget's line)
                // does not hide what is above it, and goes only with teasers found above it. A name
                // there, or any words after a dash («- تركية العمري»), signs the story (a letter's
                // writer under its closing, a poem's under its date).
                var footLabel = candidateCount == 0 && !ProseLine.SignsTheStory(line.Text);
                if (line.Text.Length >= MinProseLength || !ChromeBelow(context, items, i) && !footLabel || !ProseLine.IsBareLabel(line.Text))
                {
                    break;
                }
            }
            story ??= Story(context, i + 1, stems);
            var lineStems = StemsOf(line, stems);
            story.Remove(lineStems);
            var share = story.Share(lineStems);
            if (line.Text.Length < MinProseLength && !afterFooter && !known)
            {
                // A label among chrome that shares no word with the story (a section name, a
                // «more» heading) does not shield what is above it; it goes only if the story
                // is found to end above it. A counted item («٢- جدة») is a list's, and a story's
                // list is counted as often as a page's.
                if (share > 0 || TeaserList.Mark(line.Text) == TeaserList.Numbered)
                {
                    story.Add(lineStems);
                    break;
                }
                items.Add((line, Label, null));
                top = i;
                continue;
            }
            top = i;
            // A stored article that tells this same story (another paper's copy) shares its
            // words: its lead in this text is the story's, not a teaser.
            known &= share < 1;
            // A tweet above is no paragraph of the story's: what it says of the line proves nothing.
            var candidate = new TailCandidate(line, share, afterFooter, i > 0 && lines[i - 1].Tweet is null ? lines[i - 1].Text : null, known)
            {
                ChromeUnder = ChromeBelow(context, items, i),
                HeaderUnder = HeaderBelow(context, i),
            };
            items.Add((line, null, candidate));
            if (++candidateCount >= MaxCandidates || candidate.Share >= 1.2 && !afterFooter && !known)
            {
                break;
            }
        }
        var candidates = items.Where(x => x.Candidate is not null).Select(x => x.Candidate!).ToList();
        var teasers = 0;
        var storyFrom = -1;
        if (candidates.Count > 0)
        {
            MeasureNeighbours(lines, candidates, stems);
            var footTop = top > 0 ? lines[top - 1].Line : firstBody;
            candidates.ForEach(c => c.HeaderAbove = HeadsUntakenBlock(context, Math.Max(footTop, firstBody), c.Line.Line));
            var profile = Profile(context, story!, top, stems);
            storyFrom = candidates.FirstOrDefault(c => TeaserBlock.Evidence(c, profile) <= TeaserBlock.StoryLine)?.Line.Line ?? -1;
            // Lines below the page's footer are no story's: the footer is what ends the page
            // below the lowest line that may still be the story's.
            var lowest = candidates.FirstOrDefault(c => !c.AfterFooter) ?? candidates[0];
            var below = PageEndBelow(context, lowest.Line.Line, pageEnd);
            (teasers, var doubts) = TeaserBlock.Decide(candidates, profile, below);
            // The story's own point (a numbered step, an answer) ends the block: it and what is
            // above it are the story's, however unlike its other paragraphs they read. Below the
            // page's end nothing is the story's.
            teasers = candidates.Take(teasers).TakeWhile(c => c.Known || c.SurelyBelowPage || !TeaserList.IsStoryPoint(c.Line.Text)).Count();
            context.Doubts.AddRange(doubts.Select(d => "teaser?: " + d));
        }
        // The teasers go, and every line below the story's last sure paragraph whose form names
        // it (a credit, a date, a counter), even above a paragraph kept for want of evidence.
        var taken = candidates.Take(teasers).ToHashSet();
        var lowestKept = candidates.Where(c => !taken.Contains(c)).Select(c => c.Line.Line).DefaultIfEmpty(-1).Max();
        var teaserAbove = false;
        foreach (var (line, reason, candidate) in Enumerable.Reverse(items))
        {
            // Dots and bare numbers above a paragraph that reads as the story's are its own (a
            // section break, a figure); credits, dates and captions are not, wherever they sit.
            if (candidate is not null && !taken.Contains(candidate) || reason is "ellipsis" or "counter" && line.Line < storyFrom
                || reason == Label && !teaserAbove || reason == BracketedCredit && (line.Line < lowestKept || UnderAVerse(lines, line)))
            {
                continue;
            }
            teaserAbove |= candidate is not null;
            if (candidate is not null)
            {
                context.Teasers.Add(new Teaser(TeaserList.Item(line.Text)));
            }
            else if (reason == "attribution")
            {
                context.Attribution ??= CreditLines.Who(line.Text);
            }
            else if (reason == BracketedCredit)
            {
                context.Attribution ??= CreditLines.BracketedName(line.Text);
            }
            else if (reason == "byline")
            {
                context.Byline ??= line.Text;
            }
            context.Remove(line, candidate is not null ? "teaser" : reason switch { Label => "navigation", BracketedCredit => "attribution", _ => reason! });
        }
        // With the teasers gone, notices that stood between them and the story's end are at the foot.
        if (teasers > 0)
        {
            FootNotes.Take(context, lead, taken.Select(c => c.Line.Line).ToHashSet());
        }
    }

    // A labelled credit above a paragraph kept for want of evidence (a teaser that opens like
    // the story's) is still the credit: pages put it anywhere among the last lines.
    private static void TakeUnmistakableCredits(CleaningContext context, int lead)
    {
        foreach (var (line, who) in context.Lines.Skip(lead + 1).Where(l => l.Tweet is null)
            .Select(l => (l, CreditLines.UnmistakableWho(l.Text))).Where(x => x.Item2 is not null).ToList())
        {
            context.Attribution ??= who;
            context.Remove(line, "attribution");
        }
    }

    // A name in brackets under a short line with no sentence's end is a verse's or a saying's
    // author («(أحمد شوقي)»), the story's; under a paragraph, or chrome, it credits the source.
    private static bool UnderAVerse(List<SourceLine> lines, SourceLine line)
    {
        var at = lines.IndexOf(line);
        return at > 0 && lines[at - 1].Tweet is null && lines[at - 1].Text.Length < 60 && !EndsSentence(lines[at - 1].Text);
    }

    // What each candidate shares with the line right above it.
    private static void MeasureNeighbours(List<SourceLine> lines, List<TailCandidate> candidates, Dictionary<SourceLine, int[]> stems)
    {
        foreach (var c in candidates)
        {
            var at = lines.IndexOf(c.Line);
            if (at > 0 && lines[at - 1].Tweet is null)
            {
                var above = new StoryWords();
                above.Add(StemsOf(lines[at - 1], stems));
                c.Neighbour = above.Share(StemsOf(c.Line, stems));
            }
        }
    }

    // Chrome sits right below the line: what an earlier step took out between it and the next
    // line, or a line this scan named.
    private static bool ChromeBelow(CleaningContext context, List<(SourceLine Line, string? Reason, TailCandidate? Candidate)> items, int at)
    {
        var lines = context.Lines;
        var from = lines[at].Line;
        var to = at + 1 < lines.Count ? lines[at + 1].Line : int.MaxValue;
        return context.RemovedBetween(from, to) || items.Count > 0 && items[^1].Reason is not null;
    }

    // A header of other stories was taken out right below the line: what the header heads is
    // below it, and the line above it is the story's end unless it proves otherwise on its own.
    private static bool HeaderBelow(CleaningContext context, int at)
    {
        var lines = context.Lines;
        return context.HeaderTakenBetween(lines[at].Line, at + 1 < lines.Count ? lines[at + 1].Line : int.MaxValue);
    }

    // A header of other stories among the lines weighed at the foot, with nothing taken under
    // it: a block set in the story's middle has the story below it (only a header among these
    // lines heads them), and a header whose titles were taken ended its list where they stop.
    private static bool HeadsUntakenBlock(CleaningContext context, int footTop, int line)
    {
        var header = context.Removed.Where(r => r.Line > footTop && r.Line < line && CleaningContext.IsTakenHeader(r)).MaxBy(r => r.Line);
        return header is not null && !context.RemovedBetween(header.Line, line, r => r.Reason is "read-also" or "teaser");
    }

    // A column of bare numbers (a list of winners' numbers) is the story's; counters come one,
    // two or three at a time.
    private static bool InNumberList(List<SourceLine> lines, int at)
    {
        var from = at;
        var to = at;
        while (from > 0 && CounterLines.EdgeReason(lines[from - 1].Text) == "counter")
        {
            from--;
        }
        while (to + 1 < lines.Count && CounterLines.EdgeReason(lines[to + 1].Text) == "counter")
        {
            to++;
        }
        return to - from + 1 > 3;
    }

    // A number under a label that announces it («حساب الزكاة :» then «٤٨٠٦…») is that label's
    // value, the story's; a counter's own label is chrome and goes with it.
    private static bool IsValueOf(List<SourceLine> lines, int at) =>
        at > 0 && lines[at - 1].Tweet is null && TeaserBlock.Announces(lines[at - 1].Text) && ReasonFor(lines[at - 1].Text) is null;

    // Headlines end in «» too; a sentence ends in a stop.
    private static bool ParagraphAbove(List<SourceLine> lines, int at) => lines.Take(at).Any(ProseLine.IsParagraph);

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '؟';

    public static string? ReasonFor(string line)
    {
        if (CreditLines.Who(line) is not null)
        {
            return "attribution";
        }
        if (CreditLines.BracketedName(line) is not null)
        {
            return BracketedCredit;
        }
        if (DateLines.IsDate(line))
        {
            return "timestamp";
        }
        if (BylineLines.IsPaperByline(line))
        {
            return "byline";
        }
        return CounterLines.EdgeReason(line) ?? CaptionLines.Reason(line) ?? (FooterLines.IsNavigation(line) ? "navigation" : null)
            ?? (DeviceSignature.IsClosing(line) ? "mail-signature" : null);
    }

    // The notices that end the page. A page ends once: a notice printed again and again (a copy
    // script's «© … تابع القراءة» after each chunk it copied) ends it only where it is last
    // printed, and one under which the story reads on («وأضاف …», «حيث …») ends nothing.
    private static List<int> PageEnds(CleaningContext context)
    {
        var lines = context.Lines;
        var notices = context.Removed.Where(r => r.Reason is "copyright" or "footer" or "navigation" && !CardControl(lines, r) && !PictureCopyright(r)).ToList();
        return [.. notices.GroupBy(r => NoticeKey(r.Text)).Select(g => g.Max(r => r.Line))
            .Where(at => lines.FirstOrDefault(l => l.Line > at) is not { Tweet: null } next || !ParagraphOpening.ReadsOn(next.Text))];
    }

    private static string NoticeKey(string text) => string.Concat(text.Where(char.IsLetter));

    // What the page shows below the lowest candidate: a footer ends the page; share lines,
    // counters and the like follow a story's end.
    // «الرد», «Reply» copied under an embedded tweet: the card's controls end the card, not the page.
    private static bool CardControl(List<SourceLine> lines, RemovedFragment removed) =>
        removed.Text.Length <= MaxCardControl && lines.LastOrDefault(l => l.Line < removed.Line) is { Tweet: not null };

    private const int MaxCardControl = 20;

    // «© عبدالعزيز آل سعود», «© Reuters»: a picture's owner printed under it, inside the story;
    // a page's copyright names its rights, a year or the site («© 2015 صحيفة عكاظ»). A map's
    // or a chart's data credit («Map data ©2015 Google», «بيانات الخريطة ©٢٠١٥») closes the box
    // it sits under, wherever the story set it, and the story may go on below it.
    // A licence's version is no year («© عبدالله العمري — نسب المصنف ٤٫٠», «© … CC BY-SA 4.0»).
    public static bool PictureCopyright(RemovedFragment removed) =>
        removed.Reason == "copyright" && removed.Text.Length <= 60 && (removed.Text.TrimStart().StartsWith('©')
        && (!removed.Text.Any(char.IsDigit) || Licence().IsMatch(removed.Text)) && !PageRights().IsMatch(removed.Text) || DataCredit().IsMatch(removed.Text));

    [GeneratedRegex(@"\bCC\b|creative\s+commons|licen[cs]e|نسب\s+المصنف|المشاع\s+الإبداعي|المشاع\s+الابداعي|رخصة|ترخيص", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Licence();

    [GeneratedRegex(@"\b(?:map|chart)\s+data\b|بيانات\s+(?:ال)?(?:خريطة|خرائط|رسم|مخطط)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DataCredit();

    [GeneratedRegex(@"حقوق|محفوظة|rights|reserved|جميع|كافة|صحيفة|جريدة|موقع|شبكة|\.com|\.net|www\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageRights();

    private static double PageEndBelow(CleaningContext context, int lowest, List<int> pageEnd) =>
        pageEnd.Any(l => l > lowest) ? 3 : context.Removed.Any(r => r.Line > lowest) ? 1.5 : 0;

    private static int[] StemsOf(SourceLine line, Dictionary<SourceLine, int[]> stems) =>
        stems.TryGetValue(line, out var s) ? s : stems[line] = StoryWords.Of(line.Text);

    // The story a candidate is compared with: its title and every line above the candidate.
    private static StoryWords Story(CleaningContext context, int end, Dictionary<SourceLine, int[]> stems) =>
        StoryWords.Above(context, end, line => StemsOf(line, stems));

    // The story's paragraphs above the lines looked at: how they open, how much each shares
    // with the rest (each compared without itself).
    private static StoryProfile Profile(CleaningContext context, StoryWords story, int top, Dictionary<SourceLine, int[]> stems)
    {
        var body = context.Lines.Take(top).Skip(1).Where(l => l.Tweet is null && l.Text.Length >= MinProseLength).ToList();
        var shares = new List<double>();
        foreach (var line in body)
        {
            shares.Add(story.ShareWithout(StemsOf(line, stems)));
        }
        var today = context.Lines.Take(3).Select(l => ParagraphOpening.Today(l.Text)).FirstOrDefault(t => t is not null);
        return new StoryProfile(body.Count, body.Count(l => ParagraphOpening.ReadsOn(l.Text)), shares, today);
    }
}
