namespace BlazorReader.Bench.Cleaning.Fourteenth;

// Puts the story's own furniture-like lines into it, in a share of articles, each shape
// only where the story's subject carries it: lists and verses after some line of the
// story, a statement's closing at its end. They are placed before any furniture, so that
// furniture can fall around them as it would on the page.
internal static class StoryLookalikes
{
    public static void Add(PageDraft page)
    {
        var r = page.R;
        if (!r.Chance(0.45))
        {
            return;
        }
        var topics = StoryTopicReader.Read(page.OwnText);
        var glad = !topics.HasFlag(StoryTopics.Grief);
        var fitting = new List<int>();
        void Fits(int shape, bool when)
        {
            if (when)
            {
                fitting.Add(shape);
            }
        }
        Fits(0, (topics & (StoryTopics.Official | StoryTopics.Sport | StoryTopics.Celebration)) != 0);
        Fits(1, topics.HasFlag(StoryTopics.Official));
        Fits(2, (topics & (StoryTopics.Market | StoryTopics.Cases)) != 0);
        Fits(3, topics.HasFlag(StoryTopics.Celebration) && glad);
        Fits(4, (topics & (StoryTopics.Official | StoryTopics.Cases)) != 0);
        Fits(5, topics.HasFlag(StoryTopics.Success) && glad);
        Fits(6, topics.HasFlag(StoryTopics.Statement));
        // A column or a poem reports nothing: no agency and no tag speaks in it.
        Fits(7, topics.HasFlag(StoryTopics.News));
        Fits(8, topics.HasFlag(StoryTopics.News) && StoryVoices.PlaceTag(page.OwnText) is not null);
        var count = r.Chance(0.25) ? 2 : 1;
        foreach (var shape in fitting.OrderBy(_ => r.Next(100)).Take(count))
        {
            var lines = shape switch
            {
                0 => StoryLists.Interview(r),
                1 => StoryLists.NumberedPoints(r),
                2 => StoryLists.OwnTable(r, topics.HasFlag(StoryTopics.Market)),
                3 => StoryLists.Verses(r),
                4 => StoryVoices.Hotline(r),
                5 => StoryVoices.QuotedPost(r, topics),
                6 => StoryVoices.StatementClose(r),
                7 => StoryVoices.SourceSentence(r),
                _ => StoryVoices.SocialSpeech(r, page.OwnText),
            };
            var runs = lines.Select(PageRun.Added).ToArray();
            var last = page.StoryCount - 1;
            page.AfterStoryLine(shape == 6 ? last : r.Between(0, last), runs);
        }
    }
}
