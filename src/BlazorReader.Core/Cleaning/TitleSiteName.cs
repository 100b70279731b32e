using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A page's title field carries the site's name past a mark: «… | الوئام», «صحيفة سبق - …»,
// «… — العربية نت». The headline is what is left. A name that is also a place or a word
// («الرياض», «اليوم») is the site's only past a mark no headline uses between its own words
// («|», «—», «::», «•», an unpaired «»»): «رحلة حائل - الرياض» is a route, «… «الدرع» اليوم» a day.
internal static partial class TitleSiteName
{
    private const int MinHeadline = 12;

    public static string Strip(string title) => Split(title)?.Headline ?? title;

    // The headline and the site's name it was printed with, or null when no site's name is there.
    public static (string Headline, string Site)? Split(string title)
    {
        var match = AtEnd().Match(title);
        if (!match.Success || !IsSite(match))
        {
            match = AtStart().Match(title);
            if (!match.Success || !IsSite(match))
            {
                return null;
            }
        }
        var headline = match.Groups["headline"].Value.Trim();
        return headline.Length >= MinHeadline ? (headline, match.Groups["site"].Value.Trim()) : null;
    }

    private static bool IsSite(Match m)
    {
        var site = m.Groups["site"].Value.Trim();
        var mark = m.Groups["mark"].Value.Trim();
        if (mark == "»" && m.Value.Contains('«', StringComparison.Ordinal))
        {
            return false;
        }
        return NewsSources.IsSource(site) || SiteForm().IsMatch(site) || mark is not ("-" or "/" or "ـ" or "–") && PaperWord().IsMatch(site);
    }

    [GeneratedRegex(@"^(?<headline>.+?)\s*(?<mark>\||—|::|•|»|\s[-–ـ/]\s|[-–ـ/]\s|\s[-–ـ/])\s*(?<site>[^|—•»:\-–ـ/]{2,30})$", RegexOptions.CultureInvariant)]
    private static partial Regex AtEnd();

    [GeneratedRegex(@"^(?<site>[^|—•»:\-–ـ/]{2,30}?)\s*(?<mark>\||—|::|•|»|\s[-–ـ/]\s|[-–ـ/]\s|\s[-–ـ/])\s*(?<headline>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AtStart();

    // «صحيفة سبق», «جريدة الرياض», «بوابة الأهرام», «سبق الإلكترونية», «العربية نت».
    [GeneratedRegex(@"^(صحيفة|جريدة|موقع|بوابة|مجلة|شبكة)\s+\S+(\s+\S+)?$|^\S+(\s+\S+)?\s+(نت|الإلكترونية|الالكترونية|أونلاين|اونلاين|online|net)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteForm();

    // Papers whose names are places or words as well.
    [GeneratedRegex(@"^(الرياض|اليوم|المدينة|الوطن|الجزيرة|الخليج|البيان|الأنباء|الانباء|الرياضية|الرياضي|الشرق|النهار|الدستور|الغد|الراية|الشروق)$", RegexOptions.CultureInvariant)]
    private static partial Regex PaperWord();
}
