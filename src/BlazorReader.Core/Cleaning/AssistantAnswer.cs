using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A chat assistant's answer pasted with the story it quotes: who speaks («ChatGPT said:»,
// «Gemini», «المساعد:»), the sentence that presents the text («إليك نص الخبر كما نشرته صحيفة
// الرياض:»), citation marks after paragraphs («【3†source】», «[2][3]», «(المصدر ٢)»), a list of
// sources, the answer's buttons and its closing offer. A lead-in ending in a colon, a question
// at the foot or a list headed «المصادر» may be a story's own, so they go only from a page the
// assistant has signed: a speaker, a lenticular mark, a disclaimer, its buttons, or numbered
// marks closing two paragraphs.
internal sealed partial class AssistantAnswer : ICleaningStep
{
    private const int MaxLabelLength = 60;
    private const int HeadLines = 4;
    private const int FootLines = 12;
    private const int MaxSentence = 160;

    public void Apply(CleaningContext context)
    {
        // Read before the disclaimer goes, for it signs the page too.
        var signed = Signed(context.Lines.Where(l => l.Tweet is null).ToList());
        // A disclaimer under an answer is no story's sentence, signed or not.
        context.RemoveWhere(l => Disclaimer().IsMatch(l.Text) ? "footer" : null);
        if (!signed)
        {
            return;
        }
        context.RemoveWhere(l => l.Text.Length <= MaxLabelLength && Speaker().IsMatch(l.Text) ? "byline" : Buttons(l.Text) ? "share" : null);
        TrimMarks(context);
        TakeHead(context);
        TakeFoot(context);
    }

    private static bool Signed(List<SourceLine> lines) =>
        lines.Exists(l => l.Text.Length <= MaxLabelLength && Speaker().IsMatch(l.Text) || Lenticular().IsMatch(l.Text)
            || Disclaimer().IsMatch(l.Text) || Buttons(l.Text) && OwnButton().IsMatch(l.Text))
        || lines.Count(l => l.Text.Length >= 40 && Marks().IsMatch(l.Text)) >= 2;

    private static void TrimMarks(CleaningContext context)
    {
        foreach (var line in context.Lines.Where(l => l.Tweet is null))
        {
            var text = Lenticular().Replace(line.Text, m =>
            {
                context.Removed.Add(new(m.Value.Trim(), "citation", line.Line));
                return "";
            });
            if (text.Length >= 40 && Marks().Match(text) is { Success: true } m)
            {
                context.Removed.Add(new(m.Value.Trim(), "citation", line.Line));
                text = text[..m.Index].TrimEnd() + m.Groups["stop"].Value;
            }
            line.Text = text.TrimEnd();
        }
        context.Lines.RemoveAll(l => l.Tweet is null && l.Text.Length == 0);
    }

    // The speaker's presenting sentence or role label above the story's first paragraph.
    private static void TakeHead(CleaningContext context)
    {
        foreach (var line in context.Lines.Take(HeadLines).TakeWhile(l => !ProseLine.IsParagraph(l) || Presenting().IsMatch(l.Text)).ToList())
        {
            if (line.Text.Length <= MaxSentence && Presenting().IsMatch(line.Text) && line.Text.TrimEnd().EndsWith(':'))
            {
                if (Named().Match(line.Text) is { Success: true } named)
                {
                    context.Attribution ??= named.Groups["who"].Value.Trim();
                }
                context.Remove(line, "attribution");
            }
            else if (RoleLabel().IsMatch(line.Text))
            {
                context.Remove(line, "byline");
            }
        }
    }

    // Below the last paragraph: the list of sources (its header and items) and the offer to do more.
    private static void TakeFoot(CleaningContext context)
    {
        var lines = context.Lines;
        var from = Math.Max(lines.FindLastIndex(ProseLine.IsParagraph) + 1, lines.Count - FootLines);
        for (var i = Math.Max(from, 1); i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (lines[i].Tweet is not null)
            {
                continue;
            }
            if (SourcesHeader().IsMatch(text))
            {
                var end = i + 1;
                while (end < lines.Count && lines[end].Tweet is null && SourceItem().IsMatch(lines[end].Text))
                {
                    end++;
                }
                foreach (var line in lines.GetRange(i, end - i).ToList())
                {
                    context.Remove(line, "attribution");
                }
                i--;
            }
            else if (text.Length <= MaxSentence && Offer().IsMatch(text))
            {
                context.Remove(lines[i], "footer");
                i--;
            }
        }
    }

    // Nothing but a control's labels (copy, share, rate, regenerate) and icons between them.
    private static bool Buttons(string line) =>
        line.Length <= MaxLabelLength && ButtonWord().IsMatch(line)
        && ButtonWord().Replace(line, "").All(c => char.IsWhiteSpace(c) || char.IsSymbol(c) || char.IsPunctuation(c) || char.IsSurrogate(c) || c is '\u200e' or '\u200f' or '\ufe0f' or '\u200d');

    private const string Assistants = @"chatgpt|gpt-?[0-9o.]+|gemini|bard|copilot|claude|perplexity|grok|deepseek|meta\s+ai|mistral|le\s+chat|assistant|ai\s+assistant|المساعد(\s+الذكي)?|مساعد\s+الذكاء\s+الاصطناعي|شات\s*جي\s*بي\s*تي|جيميني|كوبايلوت";

    [GeneratedRegex(@"^\W{0,4}(" + Assistants + @")(\s+(said|says|replied|responded|قال|يقول|أجاب|رد))?\s*:?\W{0,3}$|^\W{0,4}(قال|أجاب|رد|يقول)\s+(" + Assistants + @")\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Speaker();

    [GeneratedRegex(@"^\W{0,4}(الرد|الإجابة|الاجابة|الجواب|answer|response|reply)\s*:\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleLabel();

    // «【4†source】», «【3:1†news】»: no story prints these brackets.
    [GeneratedRegex(@"\s*【[^】\n]{1,24}】", RegexOptions.CultureInvariant)]
    private static partial Regex Lenticular();

    // A run of numbered marks closing a paragraph, its full stop kept: «… المصدر. [2][3]», «…(source 1)».
    [GeneratedRegex(@"\s*(\[[0-9٠-٩]{1,2}\]\s*|\((source|src|ref|المصدر|مصدر|المرجع|مرجع)\s*[0-9٠-٩]{1,2}\)\s*)+(?<stop>[.،؛])?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marks();

    // Addressed to whoever asked: «إليك نص الخبر», «Here is the article»; a statement's «فيما يلي نصه» is not.
    [GeneratedRegex(@"(إليك|اليك|إليكم|here\s+is|here's|here\s+are|below\s+is|sure|certainly|بالتأكيد|بكل\s+سرور|هذا\s+هو\s+نص|هذه\s+هي\s+تفاصيل|فيما\s+يلي\s+نص\s+(الخبر|المقال))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Presenting();

    [GeneratedRegex(@"(صحيفة|جريدة|موقع|وكالة|from)\s+(?<who>[^:،,()]{2,30}?)\s*([:،,(]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    [GeneratedRegex(@"^\W{0,4}(المصادر|المراجع|مصادر|مراجع|sources|references|citations|learn\s+more)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourcesHeader();

    // «[1] عكاظ - okaz.com.sa», «2. sabq.org», «- www.alwatan.com.sa/…»: short, numbered or a site.
    [GeneratedRegex(@"^\s*((\[[0-9٠-٩]{1,2}\]|[0-9٠-٩]{1,2}[.)-]|[-•*])\s*\S.{0,100}|\S*\w\.(com|net|org|sa|ae|eg|qa|kw|info|news)\b\S*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceItem();

    // The assistant offering more: «هل تريد أن ألخص لك …؟», «Would you like …», «يمكنني أيضاً …».
    [GeneratedRegex(@"^\W{0,3}(هل\s+(تريد|تريدين|تود|تودين|ترغب|ترغبين|تحب|تحتاج)|أتريد|اتريد|يمكنني\s+(أيضا|أيضاً|ايضا|كذلك|أن|ان)|إذا\s+(أردت|اردت|رغبت|كنت\s+تريد)|إن\s+(أردت|رغبت)|أخبرني|اخبرني|would\s+you\s+like|do\s+you\s+want|want\s+me\s+to|shall\s+i|i\s+can\s+also|if\s+you('d|\s+would)\s+like|let\s+me\s+know)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offer();

    // «ChatGPT can make mistakes. Check important info.», «قد يرتكب المساعد أخطاء»: the assistant's foot note.
    [GeneratedRegex(@"^\W{0,3}((" + Assistants + @"|ai)\s+(can|may)\s+make\s+mistakes|(قد\s+)?(يرتكب|يخطئ|يُخطئ)\s+(" + Assistants + @"|الذكاء\s+الاصطناعي)(\s+(أخطاء|اخطاء))?)[^\n]{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"regenerate|copy\s+code|good\s+response|bad\s+response|إعادة\s+التوليد|اعادة\s+التوليد|مشاركة\s+الإجابة|نسخ\s+الإجابة|قراءة\s+بصوت\s+عال[ٍي]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnButton();

    [GeneratedRegex(@"regenerate|copy(\s+code)?|edit|share|good\s+response|bad\s+response|read\s+aloud|retry|إعادة\s+التوليد|اعادة\s+التوليد|إعادة\s+المحاولة|مشاركة(\s+الإجابة)?|نسخ(\s+الإجابة)?|تعديل|قراءة\s+بصوت\s+عال[ٍي]?|👍|👎|📋|🔄|🔊|✏️|🔁", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ButtonWord();
}
