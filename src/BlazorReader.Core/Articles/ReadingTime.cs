namespace BlazorReader.Core.Articles;

// Arabic readers average about 180 words a minute on screen; a page shows at least one minute.
public static class ReadingTime
{
    private const int WordsPerMinute = 180;

    public static int Minutes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute, MidpointRounding.AwayFromZero));
    }
}
