namespace BlazorReader.Core.Articles;

// Arabic readers average about 180 words a minute on screen; a page shows at least one minute.
public static class ReadingTime
{
    private const int WordsPerMinute = 180;

    public static int Minutes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Minutes([text]);
    }

    // Words counted in place, paragraph by paragraph: joining and splitting a whole article
    // to count them allocated every word of every import.
    public static int Minutes(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var words = paragraphs.Sum(Words);
        return Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute, MidpointRounding.AwayFromZero));
    }

    private static int Words(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
