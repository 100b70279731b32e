using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// The story's own numbers to call: a sentence announcing them («وخصصت وزارة الصحة الأرقام
// التالية للاستفسار:») and under it lines of a label and a number («هاتف الطوارئ: ١٩٩٣٧»,
// «واتساب: 0514678648»). A page's contact box prints the same lines, but not under a sentence
// of the story's that ends in a colon.
internal static partial class ContactList
{
    private const int MinAnnouncement = 15;

    public static HashSet<SourceLine> Of(List<SourceLine> lines)
    {
        var kept = new HashSet<SourceLine>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var text = lines[i].Text.TrimEnd();
            if (lines[i].Tweet is not null || text.Length < MinAnnouncement || !text.EndsWith(':') || !IsSentence(text))
            {
                continue;
            }
            for (var j = i + 1; j < lines.Count && lines[j].Tweet is null && Contact().IsMatch(lines[j].Text); j++)
            {
                kept.Add(lines[j]);
            }
        }
        return kept;
    }

    // «وخصصت وزارة الصحة الأرقام التالية …:»: a clause of four words or more, tied by a little
    // word or opening on «و»; a box's header («تواصل معنا:», «أرقام التواصل:») is a label.
    private static bool IsSentence(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4 && (FunctionWords.Count(text) > 0 || text.StartsWith('و'));

    [GeneratedRegex(@"^\W{0,3}[^\d٠-٩:\n]{2,30}\s*:\s*\+?[\d٠-٩][\d٠-٩\s\-]{1,18}$", RegexOptions.CultureInvariant)]
    private static partial Regex Contact();
}
