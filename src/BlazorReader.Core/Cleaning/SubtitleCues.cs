using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A video's subtitles pasted with the page (SubRip or WebVTT): «WEBVTT», the cue numbers, the
// timing lines («00:00:07,000 --> 00:00:09,958») and each cue's text, a line, or two when the
// first stops mid-phrase, up to a blank line or the next cue; a label over them («الترجمة (عربي)», «النص
// المصاحب للفيديو:»). Beside a story, the video's words, not the story's: the timing line says
// so beyond doubt. With no story beside them, they are the story as the video told it.
internal static partial class SubtitleCues
{
    private const int MaxCueLines = 2;
    private const int MaxLabel = 40;
    private const int ProseLength = 60;
    private const int MaxHeaderLines = 4;

    public static void Take(CleaningContext context)
    {
        var lines = context.Lines;
        var taken = new HashSet<SourceLine>();
        var said = new HashSet<SourceLine>();
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
                said.Add(lines[j]);
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
        // The file's header: «WEBVTT» with its title, then its fields («Kind: captions»).
        var header = first - 1;
        while (header >= 0 && header >= first - MaxHeaderLines && lines[header].Tweet is null && !Header().IsMatch(lines[header].Text) && HeaderField().IsMatch(lines[header].Text))
        {
            header--;
        }
        if (header >= 0 && header >= first - MaxHeaderLines && lines[header].Tweet is null && Header().IsMatch(lines[header].Text))
        {
            for (; header < first; first--)
            {
                taken.Add(lines[first - 1]);
            }
        }
        // A file's comments («NOTE …») anywhere among the cues.
        taken.UnionWith(lines.Where(l => l.Tweet is null && Note().IsMatch(l.Text)));
        if (first > 0 && lines[first - 1].Tweet is null && lines[first - 1].Text.Length <= MaxLabel && Label().IsMatch(lines[first - 1].Text))
        {
            taken.Add(lines[first - 1]);
        }
        // A news video's subtitles copied as the page (its file, nothing of weight round it)
        // say the story: its timing and numbering go, the words the video says stay. So it is
        // when the page opens with them (its first prose is a cue's) or they outweigh its prose.
        var lead = lines.Find(l => l.Tweet is null && (l.Text.Length >= 100 || l.Text.Length >= 40 && l.Text.TrimEnd() is [.., '.' or '!' or '؟']));
        if (lead is not null && said.Contains(lead)
            || said.Sum(l => l.Text.Length) > lines.Where(l => l.Tweet is null && !taken.Contains(l) && l.Text.Length >= ProseLength).Sum(l => l.Text.Length))
        {
            taken.ExceptWith(said.Where(l => !SoundCue().IsMatch(l.Text)));
        }
        foreach (var line in lines.Where(taken.Contains).ToList())
        {
            context.Remove(line, "caption");
        }
    }

    private static bool IsCueNumber(SourceLine line) => line.Tweet is null && CueNumber().IsMatch(line.Text);

    [GeneratedRegex(@"^\s*(\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}\s*-->\s*(\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}(\s+\S.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Timing();

    // «[تصفيق]», «(موسيقى هادئة)», «♪♪»: what the video sounds like, not what it says.
    [GeneratedRegex(@"^\s*([\[(][^\[\]()]{1,30}[\])]|[♪♫\s]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SoundCue();

    // «12», «cue-3», «مقطع 5»: a cue's identifier.
    [GeneratedRegex(@"^\s*(\p{L}{1,12}[\s\-_]?)?[0-9٠-٩]{1,4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CueNumber();

    [GeneratedRegex(@"^\s*WEBVTT(\s.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex(@"^\s*[A-Za-z-]{2,20}\s*:\s*\S{1,30}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"^\s*NOTE(\s.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Note();

    [GeneratedRegex(@":\s*$|ترجمة|الترجمة|subtitles?|captions?|transcript|النص\s+المصاحب|نص\s+الفيديو|تفريغ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
