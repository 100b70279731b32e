using System.Text.RegularExpressions;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// After chrome, on the lines above the lead (the first line that reads as prose): the headline
// printed again, bylines, datelines, dates, captions and credits, in any order; then a
// dateline glued before the lead («واس- الرياض: توقعت …»), which is cut off the paragraph.
// A line is only taken for what its form says it is: a name or a phrase alone stays, and
// the lines around it are still looked at.
internal sealed partial class HeadTrimmer : ICleaningStep
{
    private const int MaxHead = 6;
    private const int MaxHeadlineLength = 200;

    public void Apply(CleaningContext context)
    {
        if (context.Raw.Author is { Length: > 0 } author)
        {
            var a = LineSplitter.Normalize(author).Trim(':', ' ', '*');
            context.Byline = a.Length > 0 ? a : null;
        }
        MenuAtTop.Take(context);
        var title = context.GivenTitle is { } t ? TitleKey(t) : null;
        // Pages put a few lines above a story; a text with no prose line (a poem) has no head
        // beyond those few. The headline printed again may end as a sentence does («…»، «!»).
        var head = context.Lines.FindIndex(l => l.Tweet is not null || ReadsAsProse(l.Text) && !IsHeadline(l.Text, title));
        var lines = context.Lines.Take(Math.Min(MaxHead, head < 0 ? context.Lines.Count - 1 : head)).ToList();
        var leadLine = head >= 0 ? context.Lines[head] : null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!IsHeadline(line.Text, head >= 0 ? title : null) && DatelinePrefix.SplitKnown(line.Text) is { } dated)
            {
                context.Dateline ??= dated.Dateline;
                context.Removed.Add(new(line.Text[..^dated.Line.Length].Trim(), "dateline", line.Line));
                line.Text = dated.Line;
            }
            // A headline stands above prose: in a poem titled by its first verse, that verse stays.
            // A site's name past a mark would read as a byline («محليات - صحيفة عكاظ»): asked first.
            var reason = IsHeadline(line.Text, head >= 0 ? title : null) ? "headline"
                : (i == 0 && head > 1 && CreditLines.PortalName(line.Text) is { } portal ? Attribute(context, portal) : null)
                ?? (CreditLines.SectionAndPaper(line.Text) is { } paper ? Attribute(context, paper) : null)
                ?? ReasonFor(context, line.Text, head >= 0 ? title : null)
                ?? (NameBelowChrome(context, line) || i > 0 && NameUnderLabel(context, lines[i - 1], line)
                    ? Byline(context, line.Text) : null);
            if (reason is not null)
            {
                context.Remove(line, reason);
            }
            // The headline is printed once, above the story's own lines: a later copy (a poem's
            // verse that gave it its title) is the story's.
            title = reason is null or "headline" ? null : title;
        }
        if (head >= 0 && context.GivenTitle is { } given && !context.Removed.Exists(r => r.Reason == "headline"))
        {
            TakeHeadlineBelowChrome(context, leadLine, TitleKey(given));
        }
        if (leadLine is not null && string.IsNullOrWhiteSpace(context.Raw.Title))
        {
            TakeHeadline(context, leadLine);
        }
        SplitLeadDateline(context, again: false);
    }

    // The lead may sit below a caption, kicker or headline no pattern named: its dateline, glued
    // or broken onto the line above, is cut off it. Asked again once the late steps have taken
    // what stood above the lead (LateHead).
    public static void SplitLeadDateline(CleaningContext context, bool again)
    {
        // A paper's note on the story («ملاحظة المحرر - حُدّث …») may stand above it: never the lead.
        var lead = context.Lines.Take(3).FirstOrDefault(l => l.Tweet is null && l.Text.Length >= 60 && ReadsAsProse(l.Text) && !ParagraphOpening.IsEditorsNote(l.Text))
            ?? context.Lines.Take(3).FirstOrDefault(l => l.Tweet is null && l.Text.Length >= 60 && !ParagraphOpening.IsEditorsNote(l.Text));
        // A lead is cut once: asked again, the dash in its sentence would be read as another dateline's.
        if (again && lead is not null && context.Removed.Exists(r => r.Line == lead.Line && r.Reason == "dateline"))
        {
            return;
        }
        if (lead is not null && (BylineLines.SplitDateline(lead.Text) ?? DatelinePrefix.Split(lead.Text, StoryWordsOnce(context, lead))) is { } found)
        {
            var split = KeepListNumber(lead.Text, found);
            var first = lead;
            context.Dateline ??= split.Dateline;
            context.Removed.Add(new(first.Text[..^split.Lead.Length].Trim(), "dateline", first.Line));
            first.Text = split.Lead;
        }
        // A dateline broken from its lead onto a line of its own («بيروت (بنا) –» over «ذكرت …»):
        // glued back, it splits where it broke.
        else if (lead is not null && context.Lines.IndexOf(lead) is > 0 and var at && context.Lines[at - 1] is { Tweet: null, Text.Length: <= MaxBrokenDateline } above
            && above.Text + " " + lead.Text is var glued && (BylineLines.SplitDateline(glued) ?? DatelinePrefix.Split(glued, StoryWordsOnce(context, lead))) is { } broken
            && broken.Lead.Trim() == lead.Text.Trim())
        {
            context.Dateline ??= broken.Dateline;
            context.Remove(above, "dateline");
        }
    }

    private const int MaxBrokenDateline = 60;

    // Under a page's menus and lists the headline stands lower than the few lines looked at
    // above: the given headline printed again is the page's wherever it stands above the lead.
    private static void TakeHeadlineBelowChrome(CleaningContext context, SourceLine? lead, string title)
    {
        var at = lead is null ? -1 : context.Lines.IndexOf(lead);
        if (at <= 0)
        {
            return;
        }
        // A short title («ربما») opens a verse as well as it names a poem: only its exact print goes.
        var exactOnly = title.Length < MinDecoratedTitle;
        if (context.Lines.Take(at).FirstOrDefault(l => l.Tweet is null && (exactOnly ? TitleKey(l.Text) == title : IsHeadline(l.Text, title))) is { } headline)
        {
            context.Remove(headline, "headline");
        }
    }

    // A list's first number after the dateline («بقلم - فلان - 1 - ليس …») opens the story's list.
    private static (string Dateline, string Lead) KeepListNumber(string text, (string Dateline, string Lead) split)
    {
        var cut = text[..^split.Lead.Length];
        if (ListNumber().Match(cut) is not { Success: true } number || number.Index == 0)
        {
            return split;
        }
        return (ListNumber().Replace(split.Dateline, "").TrimEnd(' ', '-', '–', '—', 'ـ', '|'), text[number.Index..]);
    }

    private const int MinDecoratedTitle = 15;

    // Not a date's last part («٢٠١٥-٠٧-٢٣ —»): a digit and a dash before the number.
    [GeneratedRegex(@"(?<=[\s\-–—ـ|])(?<![\d٠-٩][\-–—ـ/.])[\d٠-٩]{1,2}\s*[\-–—ـ.)]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListNumber();

    // Read once however many of the lead's marks ask for it.
    private static Func<IReadOnlySet<int>> StoryWordsOnce(CleaningContext context, SourceLine lead)
    {
        HashSet<int>? words = null;
        return () => words ??= StoryWords(context, lead);
    }

    // The words of everything but the lead: what a prefix of the lead would share with the story.
    private static HashSet<int> StoryWords(CleaningContext context, SourceLine lead)
    {
        var words = new HashSet<int>(WordKeys.Of(context.GivenTitle ?? ""));
        foreach (var line in context.Lines.Where(l => l != lead && l.Tweet is null))
        {
            words.UnionWith(WordKeys.Of(line.Text));
        }
        return words;
    }

    // A page saved without its headline field still prints the headline: the first line left
    // above the lead that is shaped like one and tells what the story tells (most of its words
    // are in the first paragraphs, and it is not a name or a caption the lead repeats word for
    // word) is the title, kept as the title, not lost. An app's or a viewer's bar may stand
    // above it; then only a line printed with the site's name is the headline (a caption over
    // the lead tells what the story tells too), and the name is no part of the title.
    private static void TakeHeadline(CleaningContext context, SourceLine lead)
    {
        var at = context.Lines.IndexOf(lead);
        HashSet<int>? opening = null;
        foreach (var (line, k) in context.Lines.Take(Math.Min(at, MaxHead)).Where(l => l.Tweet is null).Select((l, k) => (l, k)))
        {
            var split = TitleSiteName.Split(line.Text);
            var text = split?.Headline ?? line.Text;
            // An agency and a place before a kicker («د.ب.أ - بيروت: …») is a dateline, not a site's name.
            var named = split is { } s && NewsSources.WithoutAgencies(s.Site).Any(char.IsLetter);
            // A field («العنوان الرئيسي: …», «حالة النشر: …») is read as one later (FieldTrimmer).
            if (k > 0 && !named || FieldLines.Of(line.Text) != FieldLines.Field.None || !ShapedAsHeadline(text) || text[0] is '(' or '[' || CaptionOpening().IsMatch(text) || ParagraphOpening.Continues(text)
                || TitleKey(lead.Text).Contains(TitleKey(text), StringComparison.Ordinal))
            {
                continue;
            }
            opening ??= context.Lines.Skip(at).Where(l => l.Tweet is null).Take(3).SelectMany(l => WordKeys.Of(l.Text)).ToHashSet();
            var words = WordKeys.Of(text).Distinct().ToList();
            var shared = words.Count(opening.Contains);
            if (shared < 2 || shared < 0.4 * words.Count)
            {
                continue;
            }
            context.Title = text;
            context.TitleDerived = true;
            context.Remove(line, "headline");
            return;
        }
    }

    private static bool ShapedAsHeadline(string line) =>
        line.Length is >= 12 and <= MaxHeadlineLength && line.Count(c => c == ' ') >= 3
            && line[^1] is not (':' or '،' or ',' or '.') && line.Count(char.IsLetter) >= line.Length / 2;

    // How a photo's caption reads («جانب من …», «المحافظ مع …», «… خلال لقائه …»), or a list
    // item: papers put one above the lead as often as a headline.
    [GeneratedRegex(@"^(جانب|جانبا|جانبٌ|أثناء|اثناء|خلال|لحظة|لقطة|مشهد|من\s|في\s|عقب|أحد|احد|إحدى|احدى|صورة|الصورة|\S+(\s\S+)?\s+مع\s|[-–•*\d]|مجموعة\s|.*\s(خلال|أثناء|اثناء|لحظة)\s+\S+(ه|ها|هم)(\s|$)|.*\s(خلال|أثناء|اثناء|لحظة)\s+ال\S+$|\S+(\s\S+){0,3}\s(خلال|أثناء|اثناء|لحظة|عقب|لدى|عند)\s+\S+\s+ال)", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionOpening();

    public static bool OpensAsCaption(string line) => CaptionOpening().IsMatch(line);

    // The lead: long, or a whole sentence of some length.
    internal static bool ReadsAsProse(string line) =>
        line.Length >= 100 || line.Length >= 40 && line[^1] is '.' or '!' or '؟' or '?' or '»' or '"' or '”';

    private static string? ReasonFor(CleaningContext context, string line, string? title)
    {
        if (IsHeadline(line, title))
        {
            return "headline";
        }
        if (DateLines.IsDate(line))
        {
            context.Dateline ??= line;
            return "dateline";
        }
        if (BylineLines.IsByline(line))
        {
            return Byline(context, line);
        }
        if (CreditLines.Who(line) is { } who)
        {
            return Attribute(context, who);
        }
        return CaptionLines.Reason(line) ?? EdgeReason(context, line) ?? (FooterLines.IsNavigation(line) ? "navigation" : null);
    }

    // A bare number above the lead is a counter, unless the next number stands alone further
    // down: then it numbers the story's first part («1» … «2» …, the corpus as it is).
    private static string? EdgeReason(CleaningContext context, string line)
    {
        var reason = CounterLines.EdgeReason(line);
        if (reason == "counter" && PartNumber(line) is { } n && context.Lines.Any(l => PartNumber(l.Text) == n + 1))
        {
            return null;
        }
        return reason;
    }

    // A small whole number alone on its line, in Western or Arabic-Indic digits.
    private static int? PartNumber(string line)
    {
        var t = line.Trim();
        if (t.Length is 0 or > 2)
        {
            return null;
        }
        var n = 0;
        foreach (var c in t)
        {
            var d = c is >= '0' and <= '9' ? c - '0' : c is >= '\u0660' and <= '\u0669' ? c - '\u0660' : -1;
            if (d < 0)
            {
                return null;
            }
            n = n * 10 + d;
        }
        return n < MaxPartNumber ? n : null;
    }

    private const int MaxPartNumber = 50;

    // A name alone opening the text may be the writer's column heading or the story's own
    // first line; once everything above it went as page chrome, it can only be the byline.
    private static bool NameBelowChrome(CleaningContext context, SourceLine line) =>
        context.Lines.Count > 0 && context.Lines[0] == line && context.Removed.Any(r => r.Line < line.Line) && PersonNames.IsName(line.Text);

    // «كتب:» alone, then the writer's name on the next line: the name is the byline.
    private static bool NameUnderLabel(CleaningContext context, SourceLine above, SourceLine line)
    {
        if (context.Lines.Contains(above) || !BylineLines.IsLabelAlone(above.Text) || line.Text.Length > 40
            || line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5 || line.Text.Any(char.IsDigit) || line.Text[^1] is '.' or '!' or '؟' or '?' or '،')
        {
            return false;
        }
        if (context.Byline == above.Text)
        {
            context.Byline = null;
        }
        return true;
    }

    private static string Attribute(CleaningContext context, string who)
    {
        context.Attribution ??= who;
        return "attribution";
    }

    private static string Byline(CleaningContext context, string line)
    {
        context.Byline ??= line;
        return "byline";
    }

    // The given headline printed again, the same letters whatever its spacing and marks.
    // Pages print it with their name or a label on one side past a mark («فيديو| …», «… » الشروق»):
    // the headline's letters whole at one end, a few more beyond a mark at the other.
    private static bool IsHeadline(string line, string? title)
    {
        if (title is not { Length: > 0 } || line.Length > MaxHeadlineLength)
        {
            return false;
        }
        var key = TitleKey(line);
        if (key == title)
        {
            return true;
        }
        return key.Length - title.Length is > 0 and <= MaxDecoration && line.AsSpan().IndexOfAny(DecorationMarks) >= 0
            && (key.StartsWith(title, StringComparison.Ordinal) || key.EndsWith(title, StringComparison.Ordinal));
    }

    private const int MaxDecoration = 24;
    private static readonly System.Buffers.SearchValues<char> DecorationMarks = System.Buffers.SearchValues.Create("|»«:-–—ـ.");

    // A headline compared as a reader would: spelling variants and punctuation set aside.
    public static string TitleKey(string text) =>
        string.Concat(ArabicNormalizer.Normalize(text).Where(char.IsLetterOrDigit));
}
