using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// The source's credit printed at the end of a paragraph, as wire copy closes a story: an
// agency or a paper in brackets or after a dash («… (كونا).», «… - واج», «… (د ب أ)»). It is
// cut off the paragraph, which stays. «قال لـ(رويترز).» names the agency inside a sentence:
// not cut. Any other name in brackets after a full stop is the story's («(متفق عليه).», a
// book's title, «(ضحك)»), as the corpus shows.
internal static partial class GluedCredit
{
    // Where the credit starts and whom it names, or null.
    public static (int At, string Who)? Find(string line)
    {
        if (line.Length < MinSentence + 5 || line[^1] is not (')' or ']' or '.') && !char.IsLetter(line[^1]))
        {
            return null;
        }
        // Whether the line ends in a credit at all, read from its end: matched from the start, the
        // names were tried at every space of every paragraph (a twentieth of all cleaning).
        if (!NamedAtEnd().IsMatch(line))
        {
            return null;
        }
        var m = Named().Match(line);
        // A short line is a credit's own («الرياض - واس») unless a whole sentence stands before
        // the credit («والله من وراء القصد. — رويترز», a statement's closing).
        if (!m.Success || m.Index < MinSentence || m.Index < 30 && line[..m.Index].TrimEnd()[^1] is not ('.' or '!' or '؟') || Inside().IsMatch(line[..m.Index]))
        {
            return null;
        }
        // A sentence that itself reports a source («نقلت الخبر عن مصادر مطلعة (رويترز).») may
        // be naming it: kept whole, for a credit left in is a nuisance, a clause lost a defect.
        // «الحدود الفرنسية - الألمانية»: two «ال…» words either side of a dash are a pair, not a credit.
        var who = m.Groups["who"].Value.Trim();
        var lastWord = line[..m.Index].TrimEnd().Split(' ')[^1];
        if (!m.Value.Contains('(', StringComparison.Ordinal) && !m.Value.Contains('[', StringComparison.Ordinal)
            && who.StartsWith("ال", StringComparison.Ordinal) && lastWord.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }
        var before = line[..m.Index].TrimEnd().TrimEnd('.');
        var sentence = before[(before.LastIndexOfAny(['.', '!', '؟', '?']) + 1)..];
        return Reported().IsMatch(sentence) ? null : (m.Index, who);
    }

    private const int MinSentence = 12;

    private const string Source = NewsSources.Agencies + "|" + NewsSources.LatinAgencies + "|" + NewsSources.Initials;

    private const string NamedPattern = @"\s*(?:[(\[]\s*(?<who>" + Source + "|" + NewsSources.Papers + @")\s*[)\]]|\s[-–—ـ]\s*(?<who>" + Source + @"))\s*\.?\s*$";

    [GeneratedRegex(NamedPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    [GeneratedRegex(NamedPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NamedAtEnd();

    [GeneratedRegex(@"وكال|نقل|مصادر|مصدر|ذكرت|أفادت|افادت|أوردت|اوردت|بحسب|حسب|وفق|نسب", RegexOptions.CultureInvariant)]
    private static partial Regex Reported();

    // The word before the brackets makes the agency part of the sentence: «لـ», «لوكالة», «عن».
    [GeneratedRegex(@"(^|\s)(لـ|ل|لوكالة|وكالة|عن|مع|من|في|إلى|الى|لصحيفة|صحيفة|ذكرت|قالت|وقالت|أفادت|وأفادت|أوردت)\s*$|ـ\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Inside();
}
