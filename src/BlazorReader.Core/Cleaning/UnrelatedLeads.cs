namespace BlazorReader.Core.Cleaning;

// A run of lead sentences that share nothing with one another nor with the story is a list
// of other stories, however weak each line is alone: a story's last paragraphs carry its
// names from one to the next, while teasers each open a different story. The run is read
// from the bottom up; a line that reads on from the one above (a connective, a pointer
// back), a list item, a quotation or a line too short or too long for a lead ends it.
internal static class UnrelatedLeads
{
    private const int MinRun = 3;
    private const double MaxNeighbourShare = 0.3;
    private const double MinBits = 0;
    private const double MinTopBits = 1;

    public static int Run(IReadOnlyList<TailCandidate> bottomUp, IReadOnlyList<double> bits, StoryProfile story, double pageEndBelow)
    {
        // Only among chrome: a column of loosely tied thoughts ends a page with nothing below it.
        if (pageEndBelow < 1.5)
        {
            return 0;
        }
        var run = 0;
        var leads = 0;
        while (run < bottomUp.Count && (bottomUp[run].AfterFooter || bottomUp[run].Known))
        {
            run++;
        }
        while (run < bottomUp.Count && IsUnrelatedLead(bottomUp[run], bits[run], story))
        {
            run++;
            leads++;
        }
        // The top line, the one a reader would miss, must end as a lead does, hold some evidence
        // of its own, and run on into the lines below it: chrome right under it (a counter,
        // a credit) marks where a page put the story's end.
        while (leads > 0 && (!TeaserBlock.EndsAsALead(bottomUp[run - 1].Line.Text) || bits[run - 1] < MinTopBits || leads > 1 && bottomUp[run - 1].ChromeUnder))
        {
            run--;
            leads--;
        }
        return leads >= MinRun ? run : 0;
    }

    private static bool IsUnrelatedLead(TailCandidate c, double bits, StoryProfile story)
    {
        var text = c.Line.Text;
        if (bits < MinBits || text.Length is < 60 or > 400 || ParagraphOpening.ReadsOn(text) || TeaserBlock.IsListOrQuote(text)
            || double.IsNaN(c.Neighbour) || c.Neighbour >= MaxNeighbourShare)
        {
            return false;
        }
        return story.Shares.Count >= 3 ? c.Share < 0.5 * story.MedianShare : c.Share < 0.3;
    }
}
