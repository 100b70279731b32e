namespace BlazorReader.Core.Cleaning;

// After the lead has lost its dateline (a copy of the lead has none), before teasers: text
// printed twice is a scraping slip or a page's device, not something a writer meant. Either a
// paragraph printed again (a page's lead repeated, a block copied), or a sentence of one pulled
// out between paragraphs as a quote: in guillemets or quotation marks or bare, behind a mark,
// cut short. Both are found by the text alone, whatever marks dress them (PrintedAgain).
// Short lines are left alone: a repeated «(واس)» or a one-line subheading can be deliberate.
internal sealed partial class RepeatedParagraphRemover : ICleaningStep
{
    private const int MinLength = 40;
    private const int MaxIntroduction = 60;

    public void Apply(CleaningContext context)
    {
        RemoveEchoedEnds(context);
        var lines = context.Lines.Where(l => l.Tweet is null && l.Text.Length >= MinLength).ToList();
        if (lines.Count < 2)
        {
            return;
        }
        var cores = lines.ToDictionary(l => l, l => PrintedAgain.Core(l.Text));
        // A short line closed by a colon introduces what follows: a Q&A's «ويجيب عن هذا السؤال
        // أيضاً قسم التثقيف الصحي:» recurs before each answer by right (the corpus as it is).
        // An interview's answer sits right under its question, and two answers may say the same
        // words; a pulled quote never sits under a question.
        var answers = Answers(context.Lines);
        // An interviewer may ask one question twice; it stays where it was asked.
        lines.RemoveAll(l => !PrintedAgain.IsProse(l.Text) || l.Text.Length < MaxIntroduction && l.Text.TrimEnd()[^1] == ':' || answers.Contains(l)
            || l.Text.Length <= MaxQuestion && l.Text.TrimEnd()[^1] is '؟' or '?');
        // Of copies with the same words, the least dressed, then one not under a label, then the
        // first is the paragraph: the others go, as does a pulled sentence wherever it sits, since
        // the paragraph it was cut from holds it whole.
        var kept = lines.GroupBy(l => cores[l], StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.First() : g.OrderBy(l => PrintedAgain.Dressing(l.Text)).ThenBy(l => UnderLabel(context, l)).First()).ToHashSet();
        var keptCores = kept.Select(l => cores[l]).ToList();
        var labelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var match = kept.Contains(line) ? PrintedAgain.Find(line.Text, keptCores) : PrintedAgain.Match.None;
            if (!kept.Contains(line) || match == PrintedAgain.Match.Pulled)
            {
                context.Remove(line, "repeat");
            }
            else if (match == PrintedAgain.Match.Labelled)
            {
                labelled.Add(cores[line]);
            }
        }
        // The labelled copy loses its label; the bare one goes. A lead printed again, bare, below
        // the page's foot would otherwise be the story's only copy, in the teasers' place.
        foreach (var line in lines.Where(l => kept.Contains(l) && context.Lines.Contains(l)))
        {
            // The bare copy may be gone already, taken as a copy of another labelled one: that
            // one holds the words, and this line is a copy of it.
            if (labelled.FirstOrDefault(c => cores[line].Length > c.Length && cores[line].EndsWith(c, StringComparison.Ordinal)) is { } core
                && (lines.Find(l => l != line && cores[l] == core && context.Lines.Contains(l))
                    ?? lines.Find(l => l != line && cores[l].EndsWith(core, StringComparison.Ordinal) && context.Lines.Contains(l))) is { } bare)
            {
                TakeLabel(context, line, bare);
            }
        }
        RemoveBoxLabels(context);
    }

    // A question on a line of its own; a paragraph that ends asking one is no interview.
    private const int MaxQuestion = 120;

    // The lines right under a question, found in one pass rather than by a search per line. A
    // line behind a mail client's «>» quotes a message: under a reader's question in a thread
    // («هل من تفاصيل…؟») it is the story quoted again, not an answer.
    private static HashSet<SourceLine> Answers(List<SourceLine> lines) =>
        [.. lines.Skip(1).Where((line, i) => lines[i].Text.TrimEnd() is { Length: > 0 and <= MaxQuestion } above && above[^1] is '؟' or '?'
            && !PrintedAgain.IsMailQuote(line.Text))];

    // «النقاط الرئيسية:», «باختصار ⚡», «En bref ▾» over two or more points pulled from the story:
    // a summary box's label, gone with its points. One pulled quote under a subheading leaves
    // the subheading, which heads the story's paragraphs below the quote.
    private const int MaxBoxLabel = 40;

    private static void RemoveBoxLabels(CleaningContext context)
    {
        // Labels are found before any goes: a label's removal puts nothing under the line above it.
        var lines = context.Lines;
        var labels = new List<SourceLine>();
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var text = lines[i].Text.TrimEnd();
            if (lines[i].Tweet is not null || text.Length is 0 or > MaxBoxLabel || text.Count(c => c == ' ') > 4 || text[^1] is '.' or '؟' or '!')
            {
                continue;
            }
            var below = i + 1 < lines.Count ? lines[i + 1].Line : int.MaxValue;
            var between = context.Removed.Where(r => r.Line > lines[i].Line && r.Line < below).ToList();
            if (between.Count >= 2 && between.TrueForAll(r => r.Reason == "repeat"))
            {
                labels.Add(lines[i]);
            }
        }
        labels.ForEach(l => context.Remove(l, "repeat"));
    }

    // A paragraph's last words printed again just below it (screenshots of a page read one
    // after another overlap; a page repeats a closing clause): the echo goes, however short a
    // line it makes, and the paragraph stays whole. Eight words at least, as for a pulled
    // sentence: a decree's signature («سلمان بن عبدالعزيز آل سعود») ends the line above it
    // by right. Words after a label's mark («واس:») are a lead printed again under its
    // dateline, which the copies' rules below decide.
    private const int EchoWords = 8;
    private const int EchoReach = 6;

    private static void RemoveEchoedEnds(CleaningContext context)
    {
        var echoes = new List<SourceLine>();
        // Every line is asked: cores are compared where they stand, not copied.
        var cores = context.Lines.Select(l => l.Tweet is null ? PrintedAgain.CoreRange(l.Text) : default).ToArray();
        for (var i = 1; i < context.Lines.Count; i++)
        {
            var core = context.Lines[i].Text.AsSpan(cores[i].Start, cores[i].Length);
            if (core.Count(' ') < EchoWords - 1)
            {
                continue;
            }
            for (var j = i - 1; j >= Math.Max(0, i - EchoReach); j--)
            {
                var above = context.Lines[j].Text.AsSpan(cores[j].Start, cores[j].Length);
                if (above.Length <= core.Length || !above.EndsWith(core, StringComparison.Ordinal))
                {
                    continue;
                }
                var before = above[..^core.Length];
                if (before.Length > 0 && char.IsWhiteSpace(before[^1]) && before.TrimEnd().ToString() is { Length: > 0 } words
                    && (char.IsLetterOrDigit(words[^1]) ? !PrintedAgain.IsLabel(words) : PrintedAgain.EndsClause(words[^1])))
                {
                    echoes.Add(context.Lines[i]);
                    break;
                }
            }
        }
        echoes.ForEach(e => context.Remove(e, "repeat"));
    }

    // «اقتباس:», «المشاركة الأصلية كتبت بواسطة …», «كتب فلان:»: a short line that introduces a
    // quote, above a copy inside the story, says the page quotes it there. A subheading or a
    // caption above a copy says nothing: the story's own paragraphs stand under them.
    private static bool UnderLabel(CleaningContext context, SourceLine line)
    {
        var at = context.Lines.IndexOf(line);
        if (at <= 0)
        {
            return false;
        }
        var above = context.Lines[at - 1];
        // A mail client's line over a quoted reply («في … كتب فلان:») went with the chrome (MailQuoteLines).
        if (context.RemovedBetween(above.Line, line.Line, r => r.Reason == "reply-to" && MailQuoteLines.Reason(r.Text) is not null))
        {
            return true;
        }
        var text = above.Text.TrimEnd();
        // The lead stands under the page's head (a date, a kicker): a label only counts inside the story.
        return above.Tweet is null && text.Length is > 0 and < MaxIntroduction && (text[^1] == ':' || QuoteLabel().IsMatch(text)) && context.Lines.Take(at - 1).Any(l => l.Tweet is null && l.Text.Length >= MinLength && PrintedAgain.IsProse(l.Text));
    }

    // The label is the dateline or byline the page printed on the lead. Only on the first prose
    // line, and only where the labelled copy stands above the bare one: else the labelled copy goes.
    private static void TakeLabel(CleaningContext context, SourceLine labelled, SourceLine bare)
    {
        var at = labelled.Text.LastIndexOf(bare.Text, StringComparison.Ordinal);
        var first = context.Lines.First(l => l.Tweet is null && PrintedAgain.IsProse(l.Text) && l.Text.Length >= MinLength);
        if (labelled != first || bare.Line < labelled.Line || at <= 0 || at + bare.Text.Length != labelled.Text.Length)
        {
            context.Remove(labelled, "repeat");
            return;
        }
        context.Removed.Add(new(labelled.Text[..at].Trim(), "dateline", labelled.Line));
        labelled.Text = bare.Text;
        context.Remove(bare, "repeat");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"اقتباس|المشاركة\s+الأصلية|(كتب|كتبت|كتبه|كتبها)\s+بواسطة|\bquote\b|originally\s+posted", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex QuoteLabel();
}
