namespace BlazorReader.Core.Cleaning;

// After tweets are rebuilt (their links and dates would look like chrome): lines whose form
// says they are site chrome wherever they stand, footers, share and subscription lines,
// links, signatures, tags, counters named as such, picture captions; then «المزيد», «رابط
// الخبر» links and tag lists glued to a paragraph's end. Chrome that could be body text in
// the middle (a bare number, a credit, a date) is left to the head and tail trimmers.
internal sealed partial class ChromeRemover : ICleaningStep
{
    private const int HeadLines = 6;
    private const int ShortLine = 60;

    public void Apply(CleaningContext context)
    {
        SplitGluedDatelines(context);
        ContentsBox.Take(context);
        SubtitleCues.Take(context);
        ChatLines.Take(context);
        TakeReplySubjects(context);
        CitationBox.Take(context);
        TakeBrokenLinks(context);
        TakeCreditsOnTwoLines(context);
        var contacts = ContactList.Of(context.Lines);
        contacts.UnionWith(LinkLines.DetailsHeadings(context.Lines));
        var before = context.Lines.ToList();
        context.RemoveWhere(l => contacts.Contains(l) ? null : ReasonFor(SentenceBeforeCredit(l.Text)) is { } reason && !KeepsSentence(context, l, reason) ? reason : null);
        TakeCaptionsOverCredits(context, before);
        // The page's letters are counted only when a line could be a slug: rare, and every
        // import cleans.
        if (context.Lines.Exists(l => l.Tweet is null && LatinCapitalsLine.Is(l.Text)) && LatinCapitalsLine.IsArabicPage(context.Lines.Select(l => l.Text)))
        {
            context.RemoveWhere(l => LatinCapitalsLine.Is(l.Text) ? "chrome" : null);
        }
        TakeDates(context);
        TrimInlineMoreLinks(context);
        TrimGluedCredits(context);
    }

    // A dateline glued to a short line above the lead («العين/ وام/ جانب من الحفل», «القدس
    // المحتلة (القدس) - …»): the story's first line may be a caption or a kicker, too short for
    // the lead's own dateline split (HeadTrimmer). The dateline goes; what is left is judged
    // alone, and stays unless it is chrome itself. Only the unmistakable shapes: measured on
    // the dressed catalogues, a dateline told by the lead's looser rules (one bare word before a
    // dash) took bylines apart, a name from its place, and left the place as a paragraph.
    private static void SplitGluedDatelines(CleaningContext context)
    {
        // A headline long enough to read as a paragraph may stand above it: the first lines are
        // looked at whatever they are, and only short ones can be such a line.
        var lines = context.Lines;
        for (var i = 0; i < Math.Min(lines.Count, HeadLines); i++)
        {
            var line = lines[i];
            if (line.Tweet is null && (DatelinePrefix.SplitShort(line.Text, ShortLine) ?? DatelinePrefix.SplitBarredDate(line.Text)) is var (dateline, rest) && ReasonFor(rest) is null)
            {
                context.Dateline ??= dateline;
                context.Removed.Add(new(line.Text[..^rest.Length].Trim(), "dateline", line.Line));
                line.Text = rest;
            }
        }
    }

    // A reply's or a forward's subject («رد: …», «Re: …», «Fwd: …») over a copy of the story in
    // a mailing list or a forum is the headline again: the words after the mark are the title
    // given, or a line of the page. A reply in an interview («رد: نعم …») names no such line.
    private static void TakeReplySubjects(CleaningContext context)
    {
        var replies = context.Lines.Where(l => l.Tweet is null).Select(l => (Line: l, Subject: ReplySubject().Match(l.Text))).Where(x => x.Subject.Success).ToList();
        if (replies.Count == 0)
        {
            return;
        }
        var titles = context.Lines.Except(replies.Select(x => x.Line)).Select(l => HeadTrimmer.TitleKey(l.Text)).Append(HeadTrimmer.TitleKey(context.GivenTitle ?? "")).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var (line, _) in replies.Where(x => titles.Contains(HeadTrimmer.TitleKey(x.Subject.Groups["title"].Value))))
        {
            context.Remove(line, "headline");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*((Re|RE|Fwd|FWD|Fw|FW|رد|ردّ|إعادة\s+توجيه|اعادة\s+توجيه|تحويل|الموضوع|Subject)\s*[:：]\s*)+(\[[^\]]{1,20}\]\s*)?(?<title>\S.*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ReplySubject();

    // A picture's caption stands over its credit («جانب من المعرض» over «الصورة: سعد المالكي», «من
    // موقع الحادث» over «©: AFP»): once the credit is taken, a short line right above it, a few
    // words with no stop, no colon and hardly a little word, that opens as a caption does or sets
    // a scene in a place («مقر الهيئة في أبها»), is its caption; a subheading («مفسدة عظيمة») names
    // no scene. Below the lead only: above it such a line is the headline. A name is a byline's.
    private static void TakeCaptionsOverCredits(CleaningContext context, List<SourceLine> before)
    {
        var kept = context.Lines.ToHashSet();
        var credits = context.Removed.Where(r => r.Reason == "caption").Select(r => r.Line).ToHashSet();
        var prose = false;
        for (var i = 0; i + 1 < before.Count; i++)
        {
            var line = before[i];
            prose |= kept.Contains(line) && HeadTrimmer.ReadsAsProse(line.Text);
            if (prose && kept.Contains(line) && !kept.Contains(before[i + 1]) && credits.Contains(before[i + 1].Line)
                && CaptionLines.IsCreditAlone(before[i + 1].Text) && IsCaptionShaped(line))
            {
                context.Remove(line, "caption");
            }
        }
    }

    private const int MaxCaption = 50;

    private static bool IsCaptionShaped(SourceLine line)
    {
        var t = line.Text.Trim();
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return line.Tweet is null && t.Length <= MaxCaption && words is >= 2 and <= 7 && t[^1] is not ('.' or ':' or '؟' or '?' or '!' or '،')
            && !t.Contains(':', StringComparison.Ordinal) && FunctionWords.Count(t) <= 1 && !PersonNames.IsName(t) && !HeadTrimmer.ReadsAsProse(t)
            && (HeadTrimmer.OpensAsCaption(t) || t.Contains(" في ", StringComparison.Ordinal));
    }

    // Pages break a long address at any character: the pieces below a link line are its.
    private static void TakeBrokenLinks(CleaningContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Tweet is not null || LinkLines.Reason(lines[i].Text) != "more-link")
            {
                continue;
            }
            for (var k = 0; k < 3 && i + 1 < lines.Count && lines[i + 1].Tweet is null && LinkLines.IsAddressPiece(lines[i + 1].Text); k++)
            {
                context.Remove(lines[i + 1], "more-link");
            }
        }
    }

    // «المصدر:» alone and the name on the line below («صحيفة الحياة»): one credit on two lines.
    private static void TakeCreditsOnTwoLines(CleaningContext context)
    {
        var lines = context.Lines;
        for (var i = lines.Count - 2; i >= 0; i--)
        {
            if (i + 1 < lines.Count && lines[i].Tweet is null && lines[i + 1].Tweet is null && lines[i + 1].Text.Length <= 50 && CreditLines.IsLabelAlone(lines[i].Text)
                && CreditLines.Who(lines[i].Text.Trim() + " " + lines[i + 1].Text.Trim()) is { } who)
            {
                context.Attribution ??= who;
                context.Remove(lines[i + 1], "attribution");
                context.Remove(lines[i], "attribution");
            }
        }
    }

    // A sentence with the wire's credit glued after its stop («والله من وراء القصد. — رويترز») is
    // judged by the sentence: the credit alone reads as a picture's (TrimGluedCredits cuts it).
    private static string SentenceBeforeCredit(string line) =>
        GluedCredit.Find(line) is { } credit && line[..credit.At].TrimEnd() is [.., '.' or '!' or '؟'] sentence ? sentence : line;

    private static void TrimGluedCredits(CleaningContext context)
    {
        foreach (var line in context.Lines.Where(l => l.Tweet is null))
        {
            if (GluedCredit.Find(line.Text) is { } credit)
            {
                context.Attribution ??= credit.Who;
                context.Removed.Add(new(line.Text[credit.At..].Trim(), "attribution", line.Line));
                line.Text = line.Text[..credit.At].TrimEnd();
            }
        }
    }

    // A story's last sentence with the page's link or share line glued after it («وبالله
    // التوفيق. تابع القراءة على …», «… المقبل. رابط مختصر: https://…»): the chrome goes on its
    // reason and the sentence stays, when the sentence alone is no chrome. Only the last stop
    // before the chrome is tried; asked only of lines a rule would take whole.
    private const int MaxGluedLine = 400;

    private static bool KeepsSentence(CleaningContext context, SourceLine line, string reason)
    {
        var text = line.Text;
        if (text.Length > MaxGluedLine)
        {
            return false;
        }
        for (var at = text.Length - 2; at > 0; at--)
        {
            // «د. هند»: a title's stop after one letter ends no sentence.
            if (text[at] is not ('.' or '!' or '؟') || text[at + 1] != ' ' || text[at - 1] == '.' || at >= 2 && text[at - 2] == ' ')
            {
                continue;
            }
            var (sentence, rest) = (text[..(at + 1)].Trim(), text[(at + 1)..].Trim());
            if (rest.Length == 0 || ReasonFor(rest) != reason || ReasonFor(sentence) is not null || !sentence.Contains(' ', StringComparison.Ordinal))
            {
                return false;
            }
            context.Removed.Add(new(rest, reason, line.Line));
            line.Text = sentence;
            return true;
        }
        return false;
    }

    public static string? ReasonFor(string line) =>
        FooterLines.Reason(line) ?? ShareLines.Reason(line) ?? LinkLines.Reason(line) ?? CounterLines.Reason(line) ?? CaptionLines.Reason(line)
            ?? PictographLines.Reason(line) ?? WidgetLines.Reason(line) ?? (PageFolio.Is(line) ? "folio" : null)
            ?? (DeviceSignature.Is(line) ? "mail-signature" : null) ?? InterfaceLines.Reason(line) ?? PastedMarks.Reason(line)
            ?? (VideoScriptLines.Is(line) ? "caption" : null) ?? (FooterLines.IsPressRequest(line) ? "chrome" : null) ?? MailQuoteLines.Reason(line);

    // A line that is a date and nothing else, between two paragraphs that read as prose, is
    // the page's: a story says what happened on a date, it does not stop to print one alone.
    // At the top or the foot a date may be a letter's or a statement's own; those are left to
    // the head and tail trimmers. A clock alone (a live blog's time stamp) goes wherever it stands.
    private static void TakeDates(CleaningContext context)
    {
        var lines = context.Lines;
        context.RemoveWhere(l => DateLines.IsClockStamp(l.Text) ? "timestamp" : null);
        for (var i = lines.Count - 2; i >= 1; i--)
        {
            // The date first: reading both neighbours for function words on every line was a sixth of
            // all cleaning.
            if (lines[i].Tweet is null && DateLines.IsDate(lines[i].Text) && ProseLine.IsParagraph(lines[i - 1]) && ProseLine.IsParagraph(lines[i + 1]))
            {
                context.Remove(lines[i], "dateline");
            }
        }
    }

    private static void TrimInlineMoreLinks(CleaningContext context)
    {
        foreach (var (line, cut) in context.Lines.Where(l => l.Tweet is null).Select(l => (l, LinkLines.ArrowLinkAfterCut(l.Text))).Where(x => x.Item2 > 0))
        {
            context.Removed.Add(new(line.Text[cut..].Trim(), "more-link", line.Line));
            line.Text = line.Text[..cut].TrimEnd();
        }
        foreach (var line in context.Lines.Where(l => l.Tweet is null && LinkLines.MayEndInMoreLink(l.Text)).ToList())
        {
            if (LinkLines.FindInlineMoreLink(line.Text) is { Success: true, Index: > 0 } match)
            {
                var cut = match.Value.Trim();
                var reason = TagLabel().IsMatch(cut) ? "tags" : "more-link";
                // Only marks before it (a record's opening quote) are no text of the story's: the line goes whole.
                if (!line.Text.AsSpan(0, match.Index).ContainsAnyExcept(QuoteMarks))
                {
                    context.Remove(line, reason);
                    continue;
                }
                context.Removed.Add(new(cut, reason, line.Line));
                line.Text = line.Text[..match.Index].TrimEnd();
            }
            else if (LinkLines.GluedMoreLinkStart(line.Text) is var at and > 0)
            {
                context.Removed.Add(new(line.Text[at..].Trim(), "more-link", line.Line));
                line.Text = line.Text[..at].TrimEnd();
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create(" \"'«»“”[({");

    [System.Text.RegularExpressions.GeneratedRegex(@"^(سمات|الكلمات|كلمات|وسوم|الوسوم|tags?|التصنيف|#)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TagLabel();
}
