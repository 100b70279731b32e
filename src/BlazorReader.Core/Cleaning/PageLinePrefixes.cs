using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A page that prints a mark of its own before each of its lines: a log's stamp («2015-07-21
// 10:22:01 INFO [feed] …»), an outline's node number («1.2.3 …»), a layout program's style tag
// («@متن: …», «<ParaStyle:نص أساسي>…»), a review diff's «+», a message service's part counter
// («٣ من ١٣:», «(2/5)» over a story sent in parts), a chat log's nick («[19:52] <+bot> …»). One such mark before a line may be
// the story's («1.5 مليون …»); the same kind before half the page's paragraphs is the page's,
// and comes off every line that carries it. The story's own bullets and dashes («- », «• », «* »)
// open every paragraph of some corpus articles and are never read so; none of these kinds does.
internal sealed partial class PageLinePrefixes : ICleaningStep
{
    private const int MinCarriers = 3;
    private const int MinParagraph = 40;

    private enum Kind { Log, Outline, StyleTag, DiffAdded, Part, Chat }

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        var paragraphs = lines.Count(l => l.Tweet is null && l.Text.Length >= MinParagraph);
        if (paragraphs < MinCarriers)
        {
            return;
        }
        foreach (var kind in Enum.GetValues<Kind>())
        {
            var carriers = lines.Where(l => l.Tweet is null).Select(l => (Line: l, Mark: Prefix(kind).Match(l.Text))).Where(x => x.Mark.Success && x.Mark.Length > 0).ToList();
            var longOnes = carriers.Count(x => x.Line.Text.Length - x.Mark.Length >= MinParagraph);
            // A log's own lines are long with their stamps: they are no paragraphs of a story.
            var stampedShort = carriers.Count(x => x.Line.Text.Length >= MinParagraph && x.Line.Text.Length - x.Mark.Length < MinParagraph);
            // An outline numbers each node anew: one number repeated is a story's figure.
            // Parts counted to one total in brackets or before a colon are a message's by
            // themselves, however many of the page's other lines (its teasers, a post) run long; a
            // thread's bare «1/3 » opens its posts' own text.
            if (carriers.Count < MinCarriers || !(kind == Kind.Part && carriers.TrueForAll(x => IsFramed(x.Mark.Value))) && longOnes * 2 < paragraphs - stampedShort || kind is Kind.Outline or Kind.Part && carriers.Select(x => x.Mark.Value.Trim()).Distinct().Count() < MinCarriers
                || kind == Kind.Part && !OneWhole(carriers))
            {
                if (kind == Kind.Log)
                {
                    TakeLogLines(context, carriers);
                }
                continue;
            }
            if (kind == Kind.Chat)
            {
                TakeChat(context, carriers);
                continue;
            }
            if (kind == Kind.DiffAdded)
            {
                TakeDiffLines(context, [.. carriers.Select(x => x.Line)]);
            }
            // A dash after a node's number is the outline's when most nodes print one; after a
            // few only, it opens the story's own point («1.3.6 - تعزيز الشراكة …»).
            var storyDashes = kind == Kind.Outline && carriers.Count(x => EndsInDash(x.Mark.Value)) * 2 < carriers.Count;
            foreach (var (line, mark) in carriers)
            {
                var length = storyDashes && EndsInDash(mark.Value) ? mark.Value.TrimEnd().Length - 1 : mark.Length;
                var rest = line.Text[length..].Trim();
                // A log's own message (a request, a job's end) has no Arabic words of a story.
                if (rest.Length == 0 || kind == Kind.Log && !rest.AsSpan().ContainsAnyInRange('\u0621', '\u064A'))
                {
                    context.Remove(line, "markup");
                    continue;
                }
                TakeMark(context, line, mark.Value[..length], rest);
            }
        }
    }

    // The mark comes off, kept among the removals; the line keeps its words.
    private static void TakeMark(CleaningContext context, SourceLine line, string mark, string rest)
    {
        context.Removed.Add(new(mark.Trim(), "markup", line.Line));
        line.Text = rest;
    }

    // A chat log where one nick pastes the story line by line: its nick comes off its lines, and
    // the others' lines (a reader asking for the source, «+1») are the channel's talk.
    private static void TakeChat(CleaningContext context, List<(SourceLine Line, Match Mark)> carriers)
    {
        var paster = carriers.GroupBy(x => x.Mark.Groups["nick"].Value, StringComparer.Ordinal)
            .MaxBy(g => g.Count(x => x.Line.Text.Length - x.Mark.Length >= MinParagraph))!.Key;
        foreach (var (line, mark) in carriers)
        {
            var rest = line.Text[mark.Length..].Trim();
            if (rest.Length == 0 || mark.Groups["nick"].Value != paster)
            {
                context.Remove(line, "chrome");
                continue;
            }
            TakeMark(context, line, mark.Value, rest);
        }
        var talk = carriers.Select(x => x.Line).ToHashSet();
        context.RemoveWhere(l => l.Tweet is null && !talk.Contains(l) && ChatNotice().IsMatch(l.Text) ? "chrome" : null);
    }

    // Parts of one message count to one total («… من ١٣»), most of its parts printed, none past
    // it: a story's own fractions do not.
    private static bool OneWhole(List<(SourceLine Line, Match Mark)> carriers)
    {
        var totals = carriers.Select(x => Digits.ValueOf(x.Mark.Groups["total"].ValueSpan)).Distinct().ToList();
        var parts = carriers.Select(x => Digits.ValueOf(x.Mark.Groups["part"].ValueSpan)).Distinct().ToList();
        return totals.Count == 1 && parts.TrueForAll(p => p >= 1 && p <= totals[0]) && parts.Count * 3 >= totals[0] * 2;
    }

    private static bool IsFramed(string mark) => mark[0] is '(' or '[' || mark.TrimEnd()[^1] is ':' or '|' or '-' or '–' or '—';

    private static bool EndsInDash(string mark) => mark.TrimEnd() is [.., '-' or '–'];

    // A log printed between paragraphs that carry no stamp, or stamping only a few of them: its
    // stamps with a level («… | INFO …») are the log's, and a line with no Arabic after one
    // («retry 1/3 for image x.jpg») or logged below the level of news (a warning, a debug line:
    // «DEBUG تم تجاهل وسم») is the log's own. Two are needed; a story may date one line of its own
    // with a clock. What an information stamp leaves in Arabic may be the story's (a subheading).
    private static void TakeLogLines(CleaningContext context, List<(SourceLine Line, Match Mark)> carriers)
    {
        var logged = carriers.Select(x => (x.Line, x.Mark, Level: Level().Match(x.Mark.Value))).Where(x => x.Level.Success).ToList();
        if (logged.Count < 2)
        {
            return;
        }
        foreach (var (line, mark, level) in logged)
        {
            var rest = line.Text[mark.Length..].Trim();
            if (!rest.AsSpan().ContainsAnyInRange('\u0621', '\u064A') || !level.Groups["news"].Success)
            {
                context.Remove(line, "markup");
                continue;
            }
            TakeMark(context, line, mark.Value, rest);
        }
    }

    // Around the added lines, a diff prints its hunks' headers and file names, and the lines it
    // removed: an older wording of the story, not the story. Read before the added lines lose
    // their «+»: the story's own «- …» lines are among them.
    private static void TakeDiffLines(CleaningContext context, HashSet<SourceLine> added)
    {
        if (!context.Lines.Exists(l => Hunk().IsMatch(l.Text)))
        {
            return;
        }
        context.RemoveWhere(l => added.Contains(l) ? null : Hunk().IsMatch(l.Text) || DiffFile().IsMatch(l.Text) ? "markup" : l.Text.StartsWith('-') && l.Text.AsSpan().ContainsAnyInRange('\u0621', '\u064A') ? "repeat" : null);
    }

    private static Regex Prefix(Kind kind) => kind switch
    {
        Kind.Log => LogStamp(),
        Kind.Outline => OutlineNumber(),
        Kind.StyleTag => StyleTag(),
        Kind.Part => PartCounter(),
        Kind.Chat => ChatNick(),
        _ => DiffAdded(),
    };

    // A date and a clock, then a level or a component in brackets (a page's rows stamped with a
    // date and a clock alone are a list's, not a log's), then a field's name.
    [GeneratedRegex(@"^\[?(?:[\d٠-٩]{4}[-/][\d٠-٩]{1,2}[-/][\d٠-٩]{1,2}|[\d٠-٩]{1,2}[-/][\d٠-٩]{1,2}[-/][\d٠-٩]{4})[ T][\d٠-٩]{1,2}:[\d٠-٩]{2}(?::[\d٠-٩]{2})?(?:[.,][\d٠-٩]{1,6})?\]?\s*\|?\s*(?:(?:[A-Za-z]{3,8}|معلومة|تحذير|خطأ|تنبيه)(?=[\s|\[:])\s*\|?\s*(?:\[[^\]]{1,30}\]\s*)?|\[[^\]]{1,30}\]\s*)\|?\s*(?:[A-Za-z_]{2,12}(?:\s[\d٠-٩]{1,4})?\s*[=:]\s*)?", RegexOptions.CultureInvariant)]
    private static partial Regex LogStamp();

    // A log's level; information («news») is the level a story's lines are logged at.
    [GeneratedRegex(@"[\s|\]](?:(?<news>INFO|معلومة)|TRACE|DEBUG|WARN|WARNING|ERROR|FATAL|تحذير|خطأ|تنبيه)(?=[\s|\[:]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Level();

    [GeneratedRegex(@"^[\d٠-٩]{1,3}(?:\.[\d٠-٩]{1,3})+\.?\s*(?:[-–)▸►•·]\s*)?", RegexOptions.CultureInvariant)]
    private static partial Regex OutlineNumber();

    [GeneratedRegex(@"^(?:@[^\s:@][^:@]{0,25}:|<[A-Za-z]*Style:[^<>]{0,30}>)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex StyleTag();

    [GeneratedRegex(@"^[(\[]?(?<part>[\d٠-٩]{1,3})\s*(?:/|من|of)\s*(?<total>[\d٠-٩]{1,3})[)\]]?(?:\s*[:|\-–—])?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PartCounter();

    // A nick in angle brackets with its channel mode («@», «+»), after the clock or not, in a
    // nick's letters (no colon: «<ParaStyle:متن>» is a layout tag); never an element's tag
    // («<p>», «<title>…»), which markup's own step reads.
    [GeneratedRegex(@"^(?:" + ChatClock + @"\s*)?<[@+%&~]?(?!(?:p|br|div|span|li|ul|ol|b|i|u|em|strong|h[1-6]|a|td|tr|th|table|blockquote|pre|code|item|title|link|guid|description|channel|category|pubDate)>)(?<nick>[\w\-\[\]\\`^{}|]{1,30})>\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChatNick();

    private const string ChatClock = @"(?:[\[(][\d٠-٩]{1,2}:[\d٠-٩]{2}(?::[\d٠-٩]{2})?[\])]|[\d٠-٩]{1,2}:[\d٠-٩]{2}(?::[\d٠-٩]{2})?(?=\s))";

    // The channel's own notices between the talk: «*** فلان انضم إلى #قناة», «-!- موضوع #قناة: …»,
    // «* فلان يبتسم», and the logger's «--- Log opened الخميس 6 أغسطس، 2015».
    [GeneratedRegex(@"^(?:" + ChatClock + @"\s*)?(?:\*{1,3}|-!-)\s+\S|^-{3}\s+(?:Log|Day)\s+(?:opened|closed|changed)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChatNotice();

    [GeneratedRegex(@"^\+(?!\+\+)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DiffAdded();

    [GeneratedRegex(@"^@@\s*-[\d,]+\s+\+[\d,]+\s*@@", RegexOptions.CultureInvariant)]
    private static partial Regex Hunk();

    [GeneratedRegex(@"^(?:\+\+\+|---)\s+\S|^diff\s+--git\s", RegexOptions.CultureInvariant)]
    private static partial Regex DiffFile();
}
