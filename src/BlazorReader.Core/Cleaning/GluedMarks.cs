using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Marks copied glued to the story's own lines, taken off and the lines kept: a thread's
// numbers, a chat message's time and ticks, a printed page's jump to its continuation. After
// the tweets are rebuilt: a post's own «١/٣» is its text, and stays in its card.
internal sealed partial class GluedMarks : ICleaningStep
{
    private const int MinPosts = 3;

    public void Apply(CleaningContext context)
    {
        TakeThreadNumbers(context);
        foreach (var line in context.Lines.Where(l => l.Tweet is null).ToList())
        {
            // The cheap tests first: every line of every article is asked.
            if (line.Text.AsSpan().IndexOfAny("✓✔☑") >= 0)
            {
                TakeEnd(context, line, ChatStamp(), "timestamp");
            }
            if (line.Text.TrimEnd() is { Length: > 0 } t && (char.IsDigit(t[^1]) || t[^1] is ')' or ']'))
            {
                TakeEnd(context, line, PageJump(), "folio");
            }
        }
    }

    private static void TakeEnd(CleaningContext context, SourceLine line, Regex mark, string reason)
    {
        if (mark.Match(line.Text) is { Success: true } m && m.Index > 0)
        {
            context.Removed.Add(new(m.Value.Trim(), reason, line.Line));
            line.Text = line.Text[..m.Index].TrimEnd();
        }
    }

    // A message copied from a chat with its time and delivery ticks: «… القصد. 11:57 ص ✓✓».
    [GeneratedRegex(@"\s+[\d٠-٩]{1,2}:[\d٠-٩]{2}\s*(ص|م|صباحًا|صباحا|مساءً|مساء|am|pm)?\s*[✓✔☑]{1,2}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChatStamp();

    // A print page's jump glued to its last sentence: «… بهدف. (البقية ص ٧)», «(تتمة ص 12)», its
    // bracket closed or cut off.
    [GeneratedRegex(@"\s*[(\[]\s*(البقية|التتمة|تتمة|بقية|يتبع)\s+(في\s+)?(ص|صفحة|الصفحة)\.?\s*[\d٠-٩]{1,3}\s*[)\]]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageJump();

    // A story posted as a numbered thread and copied with its numbers: each paragraph opens or
    // closes with its place in the thread («1/7 - …», «… (٣/٢٢)»). Three lines or more numbered
    // out of one total, each number once, are a thread's: the numbers go and the paragraphs
    // stay. A date or a score at a sentence's end is no such run.
    private static void TakeThreadNumbers(CleaningContext context)
    {
        var numbered = new List<(SourceLine Line, int Place, int Of, Match Match)>();
        foreach (var line in context.Lines.Where(l => l.Tweet is null && l.Text.Contains('/', StringComparison.Ordinal)))
        {
            var m = Opening().Match(line.Text);
            m = m.Success ? m : Closing().Match(line.Text);
            if (m.Success)
            {
                numbered.Add((line, Digits.ValueOf(m.Groups["k"].ValueSpan), Digits.ValueOf(m.Groups["n"].ValueSpan), m));
            }
        }
        foreach (var thread in numbered.GroupBy(x => x.Of).Where(g => g.Key >= MinPosts && g.Count() >= MinPosts))
        {
            var posts = thread.ToList();
            if (posts.Any(p => p.Place < 1 || p.Place > p.Of) || posts.Select(p => p.Place).Distinct().Count() < posts.Count)
            {
                continue;
            }
            foreach (var (line, _, _, m) in posts)
            {
                var rest = (line.Text[..m.Index] + line.Text[(m.Index + m.Length)..]).Trim();
                context.Removed.Add(new(m.Value.Trim(), "counter", line.Line));
                if (rest.Trim('…', '.', ' ').Length == 0)
                {
                    context.Lines.Remove(line);
                    continue;
                }
                line.Text = rest;
            }
        }
    }

    [GeneratedRegex(@"^\s*\(?(?<k>[\d٠-٩]{1,2})\s*/\s*(?<n>[\d٠-٩]{1,2})\)?\s*([-–—:|.]\s*)?(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    [GeneratedRegex(@"\s*([-–—|]\s*)?\(?(?<k>[\d٠-٩]{1,2})\s*/\s*(?<n>[\d٠-٩]{1,2})\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Closing();
}
