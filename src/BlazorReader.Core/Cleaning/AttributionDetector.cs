using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// After chrome, so the credit line is found at the true end of the text: «المصدر : الجزيرة +
// وكالات», «* خدمة «نيويورك تايمز»», «* وحدة التقارير الاقتصادية». Only the last lines.
internal sealed partial class AttributionDetector : ICleaningStep
{
    private const int LinesFromEnd = 3;

    public void Apply(CleaningContext context)
    {
        for (var i = Math.Max(0, context.Lines.Count - LinesFromEnd); i < context.Lines.Count; i++)
        {
            var line = context.Lines[i];
            if (line.Tweet is null && Credit().IsMatch(line.Text) && context.Lines.Count > 1)
            {
                context.Attribution ??= Credit().Match(line.Text).Groups["who"].Value.Trim();
                context.Remove(line, "attribution");
                i--;
            }
        }
    }

    [GeneratedRegex(@"^(?:(?:المصدر|مصدر\s+الخبر|source)\s*:\s*(?<who>.{2,80})|\*\s*(?<who>(?:خدمة|بالاتفاق|بالتعاون|وحدة|كاتب|كاتبة|باحث|باحثة|أستاذ|مراسل|مراسلة|ترجمة|نقلا|نقلاً)[^.!؟?]{0,60}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
