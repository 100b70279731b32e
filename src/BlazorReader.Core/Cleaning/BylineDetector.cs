using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// After chrome, on the first lines: a byline line («عين اليوم – متابعات», «الرياضي ـ جدة»),
// an agency dateline («الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس») or a dateline
// prefix on the lead («واس- الرياض: توقعت …», «لندن: قال …»), which is cut off the paragraph.
internal sealed partial class BylineDetector : ICleaningStep
{
    private static readonly HashSet<string> SpeechVerbs =
        ["قال", "قالت", "أكد", "اكد", "أكدت", "أوضح", "أضاف", "ذكر", "ذكرت", "أشار", "كتب", "صرح", "أعلن", "تابع", "سأل", "أجاب", "وقال", "المصدر"];

    public void Apply(CleaningContext context)
    {
        if (context.Raw.Author is { Length: > 0 } author)
        {
            var a = LineSplitter.Normalize(author).Trim(':', ' ', '*');
            context.Byline = a.Length > 0 ? a : null;
        }
        if (context.Lines.Count == 0 || context.Lines[0].Tweet is not null)
        {
            return;
        }
        var first = context.Lines[0];
        var hasBodyAfter = context.Lines.Count > 1;
        if (hasBodyAfter && AgencyDateline().IsMatch(first.Text))
        {
            context.Dateline = first.Text;
            context.Remove(first, "dateline");
        }
        else if (hasBodyAfter && BylineLine().IsMatch(first.Text) && first.Text.Length <= 60)
        {
            context.Byline ??= first.Text;
            context.Remove(first, "byline");
        }
        else if (DatelinePrefix().Match(first.Text) is { Success: true } m && IsPlace(m.Groups["where"].Value) && m.Groups["rest"].Length >= 40)
        {
            context.Dateline = m.Groups["where"].Value.Trim();
            context.Removed.Add(new(m.Groups["where"].Value.Trim() + ":", "dateline", first.Line));
            first.Text = m.Groups["rest"].Value.Trim();
        }
    }

    private static bool IsPlace(string prefix)
    {
        var words = prefix.Split([' ', '-', '–', 'ـ'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 6 && !SpeechVerbs.Contains(words[0])
            && (words.Length <= 2 || prefix.IndexOfAny(['-', '–', 'ـ', '(']) >= 0);
    }

    // Two to six words each side of a dash, nothing that ends a sentence.
    [GeneratedRegex(@"^[^\s.!?؟:،]{2,}(?:\s+[^\s.!?؟:،]+){0,3}\s*[-–—ـ]+\s*[^\s.!?؟:،]{2,}(?:\s+[^\s.!?؟:،]+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineLine();

    [GeneratedRegex(@"^\S+(\s+\S+)?\s+[\d٠-٩]{1,2}\s+\S+(\s+\S+)?\s+[\d٠-٩]{4}\s*هـ.{0,40}(واس|الموافق).{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDateline();

    [GeneratedRegex(@"^(?<where>[^:.!?؟،""«]{2,45}?)\s*:\s*(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix();
}
