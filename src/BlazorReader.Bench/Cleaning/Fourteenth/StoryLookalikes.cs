namespace BlazorReader.Bench.Cleaning.Fourteenth;

// Puts the story's own furniture-like lines into it, in a share of articles: lists and
// verses after some line of the story, a statement's closing at its end. They are placed
// before any furniture, so that furniture can fall around them as it would on the page.
internal static class StoryLookalikes
{
    public static void Add(PageDraft page)
    {
        var r = page.R;
        if (!r.Chance(0.4))
        {
            return;
        }
        var count = r.Chance(0.25) ? 2 : 1;
        foreach (var shape in Enumerable.Range(0, 9).OrderBy(_ => r.Next(100)).Take(count))
        {
            var lines = shape switch
            {
                0 => StoryLists.Interview(r),
                1 => StoryLists.NumberedPoints(r),
                2 => StoryLists.OwnTable(r),
                3 => StoryLists.Verses(r),
                4 => StoryVoices.Hotline(r),
                5 => StoryVoices.QuotedPost(r),
                6 => StoryVoices.StatementClose(r),
                7 => StoryVoices.SourceSentence(r),
                _ => StoryVoices.SocialSpeech(r),
            };
            var runs = lines.Select(PageRun.Story).ToArray();
            var last = page.StoryCount - 1;
            page.AfterStoryLine(shape == 6 ? last : r.Between(0, last), runs);
        }
    }
}
