namespace BlazorReader.Core.Cleaning;

// One paragraph-like line at the foot of the text, with what was measured about it.
internal sealed record TailCandidate(SourceLine Line, double Share, bool AfterFooter, string? Above, bool Known = false)
{
    // How much the line shares with the line right above it: a story's paragraphs carry its
    // names from one to the next; leads of other stories share nothing with one another.
    public double Neighbour { get; set; } = double.NaN;

    // Chrome stands between the line and the next line below it.
    public bool ChromeUnder { get; init; }

    // A header of other stories («أخبار ذات صلة») stood right below the line.
    public bool HeaderUnder { get; init; }

    // A header of other stories stood above the line, among the lines at the foot weighed with
    // it (none of the story's own between): what it heads runs down to the page's end.
    public bool HeaderAbove { get; set; }

    // Below the page's footer, and not carrying the story on (opening with a connective and
    // sharing its words): a line that does was below a picture's credit or a notice printed
    // inside the story, not below the page's end.
    // A long one opening so («وكانت القيادة قد أعلنت …») carries it on whatever words it shares:
    // chrome set inside the story (a box's «انشر تؤجر») reads as a footer too.
    public bool SurelyBelowPage => AfterFooter && !((Share > 0 || Line.Text.Length >= LongContinuation) && ParagraphOpening.Continues(Line.Text));

    private const int LongContinuation = 100;
}

// How the story's own paragraphs read, to compare candidates with: how many open with a
// connective, and how much each shares with the rest of the story.
internal sealed record StoryProfile(int Paragraphs, int Continuing, IReadOnlyList<double> Shares, string? Today)
{
    // The middle of the paragraphs' shares, taken once: every candidate is weighed against it.
    public double MedianShare { get; } = Shares.Count == 0 ? double.NaN : Shares.Order().ElementAt(Shares.Count / 2);
}

// Where the story ends among the paragraph-like lines at its foot: the lines below that point
// are other stories' leads pasted as teasers. Each line is weighed in bits of evidence
// (Evidence); the block below the point must, with what the page shows below it (a footer,
// share lines), outweigh a cost per line, and its top line must hold on its own, for that top
// line is the one a reader would miss. What the evidence cannot settle stays in the body.
internal static partial class TeaserBlock
{
    private const double CostPerLine = 1.5;
    private const double Accept = 3;
    private const double TopMustHold = 5;
    public const double StoryLine = -2;
    private const double RunLine = 2.75;
    private const double RunTop = 3.25;


    // How many of the candidates (listed from the bottom up) are teasers, and which lines were
    // too close to call.
    public static (int Teasers, IReadOnlyList<string> Doubts) Decide(IReadOnlyList<TailCandidate> bottomUp, StoryProfile story, double pageEndBelow)
    {
        if (BrokenPattern(bottomUp, story, pageEndBelow) is var run and > 0)
        {
            return (run, []);
        }
        var bits = bottomUp.Select(c => Evidence(c, story)).ToList();
        double best = 0, total = pageEndBelow;
        var take = 0;
        // A line that reads as the story's own bounds the block: strong evidence above it (a
        // line naming a stored article) does not carry paragraphs below it away.
        var reach = bits.FindIndex(b => b <= StoryLine);
        for (var t = 1; t <= (reach < 0 ? bits.Count : reach); t++)
        {
            total += bits[t - 1] - CostPerLine;
            if (total > best)
            {
                (best, take) = (total, t);
            }
        }
        // A line naming a stored article proves only itself: the lines below it in the block
        // must hold as a block of their own (enough evidence, a top line that holds), or the
        // block stays.
        var firstKnown = bottomUp.Take(take).ToList().FindIndex(c => c.Known);
        if (firstKnown > 0 && (pageEndBelow + bits.Take(firstKnown).Sum(b => b - CostPerLine) < Accept
            || bits[firstKnown - 1] < TopMustHold && !bottomUp[firstKnown - 1].SurelyBelowPage))
        {
            best = 0;
        }
        var doubts = new List<string>();
        if (best < Accept)
        {
            doubts.AddRange(bottomUp.Take(take).Select(c => c.Line.Text));
            take = 0;
        }
        while (take > 0 && bits[take - 1] < TopMustHold && !bottomUp[take - 1].SurelyBelowPage && !bottomUp[take - 1].Known)
        {
            doubts.Add(bottomUp[take - 1].Line.Text);
            take--;
        }
        var leads = Math.Max(LeadRun(bottomUp, bits, story, pageEndBelow), UnrelatedLeads.Run(bottomUp, bits, story, pageEndBelow));
        if (leads > take)
        {
            take = leads;
            doubts.RemoveAll(d => bottomUp.Take(take).Any(c => c.Line.Text == d));
        }
        return (take, doubts);
    }

    // Teasers come in runs: lines that each read as a lead on their own (though none as surely
    // as TopMustHold asks of a lone line) make a block together, three of them, or two above
    // what a page prints below a story. Measured on the corpus as it is, no run of its own
    // paragraphs passes when the story above them has three paragraphs to compare with; with
    // fewer (an opinion column the scan walked up whole) the comparison says too little.
    private static int LeadRun(IReadOnlyList<TailCandidate> bottomUp, List<double> bits, StoryProfile story, double pageEndBelow)
    {
        if (story.Paragraphs < 3)
        {
            return 0;
        }
        var run = 0;
        while (run < bits.Count && bits[run] >= RunLine)
        {
            run++;
        }
        // The top line, the one a reader would miss, must be a sentence (or one cut short), as
        // a lead is: a caption or a subheading above a run of teasers is the story's.
        while (run > 0 && (bits[run - 1] < RunTop || !EndsAsALead(bottomUp[run - 1].Line.Text)))
        {
            run--;
        }
        return run >= 3 || run >= 2 && pageEndBelow >= 1.5 ? run : 0;
    }

    // A story whose paragraphs all but open with a connective, ending in three or more lines
    // that do not (one short exception allowed) right above the footer: the run is teasers,
    // even on the story's own subject (related stories share its words as much as its last
    // paragraphs do). Three such lines in a row would be a one-in-a-thousand paragraph run.
    private static int BrokenPattern(IReadOnlyList<TailCandidate> bottomUp, StoryProfile story, double pageEndBelow)
    {
        if (pageEndBelow < 3 || story.Paragraphs < 5 || story.Continuing < 0.9 * story.Paragraphs)
        {
            return 0;
        }
        var run = 0;
        var exceptions = 0;
        var headed = false;
        foreach (var c in bottomUp)
        {
            // A header heads what is below it: a paragraph above it is no part of its block.
            if (c.HeaderUnder && run > 0)
            {
                headed = true;
                break;
            }
            var continues = ParagraphOpening.Continues(c.Line.Text);
            if (continues && (c.Line.Text.Length >= 80 || ++exceptions > 1) || !continues && c.Line.Text.Length < 60)
            {
                break;
            }
            run++;
        }
        while (run > 0 && ParagraphOpening.Continues(bottomUp[run - 1].Line.Text))
        {
            run--;
            exceptions--;
        }
        // The paragraph above the run must be the story's, continuing it: a subheading or a
        // plain paragraph there means the run may be the story's last section. A header
        // between says where the block begins.
        var above = run < bottomUp.Count ? bottomUp[run].Line.Text : bottomUp[^1].Above;
        return run - exceptions >= 3 && (headed || above is not null && ParagraphOpening.Continues(above)) ? run : 0;
    }

    // Bits for "another story's lead" over "this story's paragraph".
    public static double Evidence(TailCandidate c, StoryProfile story)
    {
        var text = c.Line.Text;
        // Below the page's footer nothing is the story any more (but see SurelyBelowPage); a
        // line that names a stored article is that article's teaser.
        if (c.Known || c.SurelyBelowPage)
        {
            return 8;
        }
        // A connective says more in a story whose paragraphs open with one; measured on the
        // corpus, a story's last paragraphs open without one 9% of the time when all its others
        // do, half the time when half do, so that is what a line without one is weighed against.
        var rate = story.Paragraphs == 0 ? 0.5 : (double)story.Continuing / story.Paragraphs;
        var storyWithout = Math.Clamp(0.087 + (1 - rate) * 0.8, 0.05, 0.95);
        var bits = ParagraphOpening.ReadsOn(text)
            ? Math.Max(-4, Math.Log2(0.08 / (1 - storyWithout)))
            : Math.Log2(0.92 / storyWithout);
        if (story.Shares.Count >= 3)
        {
            // Measured against how much the story's own paragraphs share with one another: in a
            // story that keeps to one subject, a line sharing a third as much stands apart.
            var ratio = c.Share / Math.Max(0.05, story.MedianShare);
            bits += ratio switch
            {
                >= 1 => -2,
                >= 0.75 => -1,
                < 0.15 => 2,
                < 0.35 => 1,
                < 0.5 => 0.5,
                _ => 0,
            };
            bits += c.Share < story.Shares.Min() ? 1 : 0;
        }
        else
        {
            bits += c.Share switch
            {
                >= 1.2 => -3,
                >= 0.6 => -1.5,
                >= 0.3 => -0.5,
                < 0.05 => 1,
                _ => 0,
            };
        }
        // Weighed, not decided: a block of titles set in the story's middle has the story's
        // paragraphs below it, and they share its words and open with its connectives.
        bits += c.HeaderAbove && !ParagraphOpening.Continues(text) ? 3 : 0;
        bits += ParagraphOpening.OpensWithNewsVerb(text) ? 1 : 0;
        bits += ParagraphOpening.NamesATime(text) ? 0.5 : 0;
        bits += BylineLines.SplitDateline(text) is not null ? 3 : 0;
        bits += text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…') ? 2 : 0;
        bits += story.Today is { } today && ParagraphOpening.Today(text) is { } other && other != today ? 2 : 0;
        // A teaser is a lead sentence: neither a few words nor a long paragraph.
        bits += text.Length < 60 ? -2 : text.Length < 100 ? -1 : text.Length > 400 ? -3 : text.Length > 300 ? -1.5 : 0;
        // A list item, a quotation, or what a line ending in «:» or «؛» announces is the story's.
        bits += ListOrQuote().IsMatch(text) ? -1.5 : 0;
        bits += c.Above is { } above && Announces(above) && !OtherStoriesHeader.IsHeader(above) ? -3 : 0;
        // Lists of other stories date each one; a story's paragraphs follow no date line.
        bits += c.Above is { } dated && DateLines.IsDate(dated) ? 2 : 0;
        return bits;
    }

    // A line ending in «:» or «؛» («.. أيها السادة ؛», «على الحسابات التالية:») announces what
    // follows it: the story's own words, a list, a value.
    public static bool Announces(string line) => line.TrimEnd().TrimEnd('.', '…', ' ') is { Length: > 0 } t && t[^1] is ':' or '：' or '؛' or ';';

    public static bool EndsAsALead(string text) => text.TrimEnd()[^1] is '.' or '!' or '؟' or '?' or '…' or ']';

    public static bool IsListOrQuote(string text) => ListOrQuote().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*([-–•*]|\d{1,4}\s*[-.)/]|[«""“{(﴿]|[^\s:]{2,15}(\s[^\s:]{2,15})?\s*:)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ListOrQuote();
}
