namespace BlazorReader.Core.Cleaning;

// Lines that each read as another story's headline: a title's length, Arabic words, no
// sentence's end but a question's, an exclamation's or a cut lead's, and little of the story's
// words. A story's own list items name its subject; other stories' titles name theirs.
internal static class TitleRun
{
    public const int MinItems = 3;
    private const double MaxShare = 0.5;

    public static bool AreOtherStories(CleaningContext context, IEnumerable<string> items, int storyEnd)
    {
        var texts = items.ToList();
        if (texts.Count < MinItems || !texts.TrueForAll(IsHeadline))
        {
            return false;
        }
        var story = StoryWords.Above(context, storyEnd);
        return texts.TrueForAll(t => story.Share(StoryWords.Of(t)) < MaxShare);
    }

    public static bool IsHeadline(string text)
    {
        var t = text.Trim();
        if (t.Length is < 15 or > 160 || ArabicWords(t) < 3)
        {
            return false;
        }
        var cut = t.EndsWith('…') || t.EndsWith("...", StringComparison.Ordinal);
        return cut || t[^1] is not ('.' or ':' or '：' or '؛' or ';' or '،' or ',');
    }

    private static int ArabicWords(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(c => c is >= 'ء' and <= 'ي') >= 2);
}
