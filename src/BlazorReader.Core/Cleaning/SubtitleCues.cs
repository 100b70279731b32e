using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A video's subtitles pasted with the page (SubRip or WebVTT): «WEBVTT», the cue numbers, the
// timing lines («00:00:07,000 --> 00:00:09,958») and each cue's text, a line, or two when the
// first stops mid-phrase, up to a blank line or the next cue; a label over them («الترجمة (عربي)», «النص
// المصاحب للفيديو:»). The video's words, not the story's: the timing line says so beyond doubt.
internal static partial class SubtitleCues
{
    private const int MaxCueLines = 2;
    private const int MaxLabel = 40;

    public static void Take(CleaningContext context)
    {
        var lines = context.Lines;
        var taken = new HashSet<SourceLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Tweet is not null || !Timing().IsMatch(lines[i].Text))
            {
                continue;
            }
            taken.Add(lines[i]);
            if (i > 0 && IsCueNumber(lines[i - 1]))
            {
                taken.Add(lines[i - 1]);
            }
            for (var j = i + 1; j < lines.Count && j - i <= MaxCueLines && lines[j].Tweet is null; j++)
            {
                if (j > i + 1 && lines[j].Line != lines[j - 1].Line + 1 || Timing().IsMatch(lines[j].Text)
                    || IsCueNumber(lines[j]) && j + 1 < lines.Count && Timing().IsMatch(lines[j + 1].Text))
                {
                    break;
                }
                taken.Add(lines[j]);
                // A cue runs on to a second line only from a word cut short («… وشارك في»).
                if (lines[j].Text.TrimEnd() is [.., var last] && (char.IsPunctuation(last) || char.IsSymbol(last)))
                {
                    break;
                }
            }
        }
        if (taken.Count == 0)
        {
            return;
        }
        var first = lines.FindIndex(taken.Contains);
        if (first > 0 && lines[first - 1].Text.Trim().Equals("WEBVTT", StringComparison.OrdinalIgnoreCase))
        {
            taken.Add(lines[--first]);
        }
        if (first > 0 && lines[first - 1].Tweet is null && lines[first - 1].Text.Length <= MaxLabel && Label().IsMatch(lines[first - 1].Text))
        {
            taken.Add(lines[first - 1]);
        }
        foreach (var line in lines.Where(taken.Contains).ToList())
        {
            context.Remove(line, "caption");
        }
    }

    private static bool IsCueNumber(SourceLine line) => line.Tweet is null && CueNumber().IsMatch(line.Text);

    [GeneratedRegex(@"^\s*(\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}\s*-->\s*(\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}(\s+\S.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Timing();

    [GeneratedRegex(@"^\s*[0-9٠-٩]{1,4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CueNumber();

    [GeneratedRegex(@":\s*$|ترجمة|الترجمة|subtitles?|captions?|transcript|النص\s+المصاحب|نص\s+الفيديو|تفريغ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
