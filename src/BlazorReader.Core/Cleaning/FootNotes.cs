namespace BlazorReader.Core.Cleaning;

// Notices a page prints among the chrome at a story's foot (a reprint or opinion disclaimer,
// a newsletter's unsubscribe line, a site's name), in whatever words: lines with no sentence's
// end and no connective opening («وأكد فخامة», a story cut short, stays) that share next to
// nothing with the story.
// Only those set off from the story's last paragraph by chrome go: the line right below the
// story, with nothing between, may be its own closing (a writer's role, a verse) and stays.
internal static class FootNotes
{
    private const int MaxLength = 160;
    private const double MaxShare = 0.25;

    public static void Take(CleaningContext context, int lead) => Take(context, lead, new HashSet<int>());

    // `footTeasers`: lines the tail's scan took as teasers, below the story's end by its evidence
    // (a list under a header may stand anywhere, so other teasers prove no foot).
    public static void Take(CleaningContext context, int lead, IReadOnlySet<int> footTeasers)
    {
        var lines = context.Lines;
        var zone = new List<SourceLine>();
        // Lines the tail's scan names (a credit, a site's links) are left to it.
        var at = lines.Count - 1;
        for (; at > Math.Max(lead, 0) && lines[at].Tweet is null && !TeaserBlock.Announces(lines[at - 1].Text); at--)
        {
            var text = lines[at].Text;
            if (TailTrimmer.ReasonFor(text) is { } reason)
            {
                if (reason is not ("attribution" or "navigation" or TailTrimmer.BracketedCredit))
                {
                    break;
                }
            }
            else if (IsNoteShaped(text))
            {
                zone.Add(lines[at]);
            }
            else
            {
                break;
            }
        }
        if (zone.Count == 0)
        {
            return;
        }
        // The story's last paragraph: the first line above the notes that is none.
        var storyEnd = lines[at].Line;
        var story = StoryWords.Above(context, at + 1);
        // A credit cut off a line's end leaves the line: only lines taken whole set anything off.
        var kept = lines.Select(l => l.Line).ToHashSet();
        foreach (var note in zone)
        {
            var chromeAbove = context.Removed.Any(r => r.Line > storyEnd && r.Line < note.Line && !kept.Contains(r.Line)
                && (IsFootChrome(r.Reason) || footTeasers.Contains(r.Line)));
            // A separator of icons alone («◾», «✦ ✦») carries no word of any story; a stray
            // bracket or quotation mark is left, for it may close the story's own text.
            if (LineIcons.Trim(note.Text).Length == 0 || chromeAbove && story.Share(StoryWords.Of(note.Text)) < MaxShare)
            {
                context.Remove(note, "footer");
            }
        }
    }

    // What pages print below a story. A caption, a repeated paragraph, a date line or a block
    // of other stories' titles sits inside a story as well: a verse or a caption below one of
    // those is still the story's.
    private static readonly HashSet<string> FootReasons =
        ["counter", "share", "subscription", "more-link", "copyright", "footer", "navigation", "tags", "attribution", "end-marker", "signature", "comments"];

    public static bool IsFootChrome(string reason) => FootReasons.Contains(reason);

    private static bool IsNoteShaped(string text) =>
        text.Length <= MaxLength && !ProseLine.EndsLikeASentence(text) && !ParagraphOpening.Continues(text);
}
