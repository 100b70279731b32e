using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// A short row the rules kept with chrome taken out right above and right below it is part of
// that chrome: a box's row in words no rule names («السفينة | الرصيف», «MSC AURORA ؛ الرصيف ٢»),
// between rows that were named. A row has cells (bars, dots, semicolons), a number or Latin
// letters; the story's own short lines that a copy may set between chrome (a subheading, a
// name and its city, a caption, a point of its list, a closing) have none of these, or read
// as a sentence.
internal sealed class ChromeBetween : ICleaningStep
{
    private const int MaxLength = 60;
    private const int MaxWords = 7;

    public void Apply(CleaningContext context)
    {
        // Chrome above and below: two lines taken at least (most clean articles have none).
        if (context.Removed.Count < 2)
        {
            return;
        }
        var lines = context.Lines;
        var taken = new List<(SourceLine Line, string Reason)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Tweet is not null || !Bare(line.Text))
            {
                continue;
            }
            var above = i > 0 ? lines[i - 1].Line : -1;
            var below = i + 1 < lines.Count ? lines[i + 1].Line : int.MaxValue;
            if (Nearest(context, above, line.Line, fromBelow: true) is { } over && Nearest(context, line.Line, below, fromBelow: false) is not null)
            {
                taken.Add((line, over.Reason));
            }
        }
        foreach (var (line, reason) in taken)
        {
            context.Remove(line, reason);
        }
    }

    // The whole line taken out next to `at` between two kept lines, if it was chrome.
    private static RemovedFragment? Nearest(CleaningContext context, int from, int to, bool fromBelow)
    {
        var between = context.Removed.Where(r => r.Line > from && r.Line < to).ToList();
        if (between.Count == 0)
        {
            return null;
        }
        var nearest = fromBelow ? between.MaxBy(r => r.Line)! : between.MinBy(r => r.Line)!;
        return nearest.Reason is "repeat" or "headline" ? null : nearest;
    }

    private static bool Bare(string text)
    {
        // The cheap tests first: every line of an article with chrome is asked.
        var t = text.Trim();
        return t.Length is > 0 and <= MaxLength && (t.Any(char.IsDigit) || t.AsSpan().IndexOfAny(Cells) >= 0 || t.Any(c => c is >= 'A' and <= 'z' && char.IsLetter(c)))
            && !ProseLine.EndsLikeASentence(t) && !ListMark(t) && t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)) <= MaxWords
            && FunctionWords.Count(t) == 0 && !ProseLine.SignsTheStory(t);
    }

    // A row's cells are set apart by bars, dots or semicolons; a name and its city by a dash.
    private static readonly System.Buffers.SearchValues<char> Cells = System.Buffers.SearchValues.Create("|｜؛•·▪/[]<>~");

    private static bool ListMark(string t) => t[0] is '-' or '•' or '*' or '▪' or '●' || char.IsDigit(t[0]) && t.Length > 1 && t[1..].TrimStart("0123456789٠١٢٣٤٥٦٧٨٩".ToCharArray()) is [')' or '.' or '-' or '–' or '/', ..];
}
