namespace BlazorReader.Core.Cleaning;

// A run of lines that carry one list mark («• …», «◄ …», «1- …») and each open another story:
// a lead's length and form (no connective, no pointer back, nothing announced), sharing little
// with the story and little with one another. A story's own list names its subject from item
// to item; other stories' leads each name their own. Weighed as a run: three such lines say
// more than any one of them could.
internal static class MarkedLeads
{
    public const int MinItems = 3;
    // Against a story of few paragraphs, a share of its words; against a longer one, a part of
    // what its own paragraphs share with one another (as UnrelatedLeads weighs them).
    private const double MaxShare = 0.3;
    private const double MaxPartOfMedian = 0.5;
    private const double MaxNeighbourShare = 0.3;
    private const double MinNewsPart = 0.4;

    public static bool AreOtherStories(CleaningContext context, IReadOnlyList<string> items, int storyEnd)
    {
        // A story's own thoughts or tips come bulleted too, each on its own matter; what tells
        // news leads from them is how a lead opens: a news verb, or the day it happened.
        if (items.Count < MinItems || !items.All(IsLead) || items.Count(TellsNews) < MinNewsPart * items.Count)
        {
            return false;
        }
        var stems = items.Select(StoryWords.Of).ToList();
        var limit = ShareLimit(context, storyEnd);
        var story = StoryWords.Above(context, storyEnd);
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

    private static bool TellsNews(string item) => ParagraphOpening.OpensWithNewsVerb(item) || ParagraphOpening.NamesATime(item);

    private static double Neighbours(int[] above, int[] line)
    {
        var words = new StoryWords();
        words.Add(above);
        return words.Share(line);
    }

    // How much an item may share with the story: the story's paragraphs (from its lead down to
    // the run) each weighed against the rest of it, as TailTrimmer profiles them.
    private static double ShareLimit(CleaningContext context, int storyEnd)
    {
        var body = context.Lines.Take(storyEnd).Where(l => l.Tweet is null && l.Text.Length >= 25).Select(l => StoryWords.Of(l.Text)).ToList();
        if (body.Count < 3)
        {
            return MaxShare;
        }
        var story = StoryWords.Above(context, storyEnd);
        var shares = new List<double>();
        foreach (var p in body)
        {
            story.Remove(p);
            shares.Add(story.Share(p));
            story.Add(p);
        }
        return Math.Max(MaxShare, MaxPartOfMedian * shares.Order().ElementAt(shares.Count / 2));
    }
}
