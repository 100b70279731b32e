using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// After the head and the foot are trimmed: an author box prints the writer's role on a line of
// its own beside the byline («محرر ومراسل ميداني», «كاتب مقيم في الكويت»). Alone such a line
// could be a story's (a list of who came), so it goes only where a byline went beside it.
internal sealed partial class BylineRoles : ICleaningStep
{
    private const int MaxLength = 50;

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var text = lines[i].Text.Trim();
            if (lines[i].Tweet is not null || text.Length is 0 or > MaxLength || text[^1] is '.' or '؟' or '!' or ':' || !RoleAlone().IsMatch(text))
            {
                continue;
            }
            // Right beside it: the raw line just above or just below went as a byline.
            var line = lines[i].Line;
            if (context.Removed.Exists(r => r.Reason == "byline" && (r.Line == line - 1 || r.Line == line + 1)))
            {
                context.Remove(lines[i], "byline");
            }
        }
    }

    [GeneratedRegex(@"^[\W_]*(ال)?(كاتب|كاتبة|صحفي|صحفية|صحافي|صحافية|محرر|محررة|مراسل|مراسلة|باحث|باحثة|محلل|محللة|إعلامي|إعلامية|مدون|مدونة|مصور|مصورة|journaliste|rédacteur|rédactrice|correspondant|correspondante|reporter|journalist|editor|writer)(\s+\S+){0,5}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleAlone();
}
