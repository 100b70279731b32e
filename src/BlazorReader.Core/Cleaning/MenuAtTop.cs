namespace BlazorReader.Core.Cleaning;

// A site's menu copied at the top of the page, one item a line («الرئيسية», «المذيعون», «جدول
// البث», «البث المباشر ▶»): a run of four or more lines of one to three words, with no
// sentence's little word, stop or number. Above a story the kicker, the headline, the byline
// and the place make at most three such lines.
internal static class MenuAtTop
{
    private const int MinItems = 4;
    private const int MaxWords = 3;
    private const int MaxLength = 25;

    public static void Take(CleaningContext context)
    {
        var lines = context.Lines;
        var run = lines.TakeWhile(IsItem).Count();
        if (run < MinItems || run == lines.Count)
        {
            return;
        }
        foreach (var line in lines.Take(run).ToList())
        {
            context.Remove(line, "navigation");
        }
    }

    private static bool IsItem(SourceLine line)
    {
        var text = LineIcons.Trim(line.Text).Trim();
        return line.Tweet is null && text.Length is > 1 and <= MaxLength && !text.Any(char.IsDigit) && !ProseLine.EndsLikeASentence(text)
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords && FunctionWords.Count(text) == 0;
    }
}
