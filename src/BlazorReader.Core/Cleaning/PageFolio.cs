using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Where a printed, paged or split page says which page this is: «صفحة ٢ من ٣», «Page 2 of 3»,
// «ص 1 / 4», «الصفحة 3 من أصل 5», in either language and digits. No story line is only that.
// It stands between a story's parts as often as at its end, so it says nothing of where the page ends.
internal static partial class PageFolio
{
    public static bool Is(string line) => line.Length <= 40 && (Folio().IsMatch(line) || Break().IsMatch(line));

    [GeneratedRegex(@"^[\W_]*(?:(?:ال)?صفحة|ص\.?|Page|Pages|P\.|Pg\.?)\s*:?\s*[\d٠-٩]{1,3}\s*(?:/|من(?:\s+أصل)?|of)\s*[\d٠-٩]{1,3}[\W_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Folio();

    // A page break printed as a label between rules or in brackets: «--- فاصل صفحة ---»,
    // «— Page Break —», «=== نهاية الصفحة ===», «[فاصل صفحات]».
    [GeneratedRegex(@"^\s*(?:[-=—–_~*]{2,}|[—–]|\[)\s*(?:(?:ال)?(?:فاصل|نهاية|بداية)\s+(?:ال)?(?:صفحة|صفحات|الصفحة)|(?:page|section)\s+break|end\s+of\s+page|(?:ال)?صفحة\s+(?:التالية|جديدة)|new\s+page)\s*(?:[-=—–_~*]{2,}|[—–]|\])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Break();
}
