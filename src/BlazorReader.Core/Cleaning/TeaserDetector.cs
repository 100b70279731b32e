using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// After chrome and attribution, which mark where the page's footer began. Two kinds:
// «اقرأ أيضا: …» lines anywhere, and a block of other stories' leads pasted after the body and
// before a site footer. News paragraphs after the lead almost always open with a connective
// («و…», «من جهتها», «بيد أن»); a run of lines that open like leads instead is that block.
internal sealed partial class TeaserDetector : ICleaningStep
{
    private const int MinBlock = 3;
    private const int MaxBlock = 10;
    private const int MinBodyLeft = 3;

    public void Apply(CleaningContext context)
    {
        TakeReadAlsoLines(context);
        if (!HadFooter(context))
        {
            return;
        }
        var lines = context.Lines;
        var start = lines.Count;
        var misses = 0;
        for (var i = lines.Count - 1; i >= 0 && lines.Count - i <= MaxBlock + 1; i--)
        {
            if (lines[i].Tweet is not null || lines[i].Text.Length < 30)
            {
                break;
            }
            if (OpensLikeLead(lines[i].Text))
            {
                start = i;
                misses = 0;
            }
            else if (++misses == 2)
            {
                break;
            }
        }
        var count = lines.Count - start;
        if (count < MinBlock || count > MaxBlock || start < MinBodyLeft)
        {
            return;
        }
        foreach (var line in lines.Skip(start).ToList())
        {
            context.Teasers.Add(new Teaser(line.Text));
            context.Remove(line, "teaser");
        }
    }

    // A site footer (its copyright line) was removed after the last body line.
    private static bool HadFooter(CleaningContext context)
    {
        var lastBody = context.Lines.Count == 0 ? -1 : context.Lines[^1].Line;
        return context.Removed.Any(r => r.Line > lastBody && r.Reason == "copyright");
    }

    internal static bool OpensLikeLead(string text)
    {
        var firstWord = text.Split(' ', 2)[0];
        if (Connective().IsMatch(text) || !char.IsLetter(text[0]))
        {
            return false;
        }
        return !(firstWord.Length > 3 && firstWord[0] is 'و' or 'ف' && !Arabic.ArabicStemGuard.Protects(Arabic.ArabicNormalizer.Normalize(firstWord)));
    }

    private static void TakeReadAlsoLines(CleaningContext context)
    {
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var line = context.Lines[i];
            if (line.Tweet is not null || ReadAlso().Match(line.Text) is not { Success: true } m)
            {
                continue;
            }
            var rest = m.Groups["rest"].Value.Trim();
            context.Remove(line, "teaser");
            if (rest.Length > 0)
            {
                context.Teasers.Add(new Teaser(rest));
            }
            else if (i < context.Lines.Count && context.Lines[i].Tweet is null && context.Lines[i].Text.Length <= 150)
            {
                context.Teasers.Add(new Teaser(context.Lines[i].Text));
                context.Remove(context.Lines[i], "teaser");
            }
            i--;
        }
    }

    [GeneratedRegex(@"^(?:اقرأ|إقرأ|اقرا)\s+[أا]يض\u064B?ا\u064B?\s*[:：\-–]?\s*(?<rest>.*)$|^(?:شاهد|طالع)\s+[أا]يض\u064B?ا\u064B?\s*[:\-–]\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlso();

    [GeneratedRegex(@"^(من\s+(جهت|جانب|ناحي)|في\s+(غضون|سياق|المقابل|الأثناء|هذه\s+الأثناء|السياق)|بيد\s+أن|يذكر\s+أن|يُذكر|يشار|كما\s|إلى\s+ذلك|الى\s+ذلك|إلا\s+أن|غير\s+أن|لكن|ثم\s|أيضا|بدوره|بدورها|وفي|وقال|وأضاف|وتابع|فيما|بينما|وبحسب|حسب|وفق|على\s+صعيد)", RegexOptions.CultureInvariant)]
    private static partial Regex Connective();
}
