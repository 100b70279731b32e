namespace BlazorReader.Core.Cleaning;

// Names that credit lines, captions and datelines are made of: news agencies as Arabic and
// Latin copy prints them, and the generic credits («وكالات»). Kept as regex alternations.
internal static partial class NewsSources
{
    public const string Agencies =
        @"واس|رويترز|أ\s?\.?\s?ف\s?\.?\s?ب|ا\s?ف\s?ب|د\s?\.?\s?ب\s?\.?\s?أ|أ\s?\.?\s?ب|يو\s?بي\s?آي|الأناضول|الاناضول|كونا|وام|بنا|قنا|سبأ|سانا|واج|ومع|معا|الفرنسية|الألمانية|إرنا|ارنا|تاس|شينخوا|وكالات|وكالات\s+الأنباء|وكالة\s+الأنباء\s+\S+|مواقع\s+إلكترونية|مواقع\s+الكترونية|الجزيرة\s+نت|العربية\s+نت|سكاي\s+نيوز(\s+عربية)?|بي\s?بي\s?سي|سي\s?إن\s?إن|الحرة|فرانس\s?24";

    public const string LatinAgencies =
        @"reuters|afp|ap|epa|spa|dpa|upi|getty(\s+images)?|anadolu|xinhua|ap\s+photo|shutterstock|bbc|cnn";

    // Newspapers and news sites of the region whose names are not also places or words («عكاظ»,
    // not «الرياض» or «اليوم»), as bylines and credits name them.
    public const string Papers =
        @"عكاظ|الشرق\s+الأوسط|الاقتصادية|سبق|الوئام|عين\s+اليوم|الحياة|المواطن|تواصل|الندوة|القبس|الأهرام|الاهرام|المصري\s+اليوم|السفير|القدس\s+العربي|إيلاف|ايلاف|العربية\s+نت|الجزيرة\s+نت";

    // An agency written as two or three spaced or dotted initials: «أ ف ب», «د ب أ», «أ.ش.أ».
    public const string Initials = @"([\u0621-\u064A](\.\s?|\s)){1,3}[\u0621-\u064A]\.?";

    // A part that is a source and nothing else: «واس», «(د.ب.أ)», «"سبق"», «عين اليوم».
    public static bool IsSource(string part) => SourceAlone().IsMatch(part.Trim());

    // The text with every agency's name blanked: its letters («وام», «يو بي آي») are no words of a sentence.
    public static string WithoutAgencies(string text) => AgencyWord().Replace(text, " ");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\p{L})(" + Agencies + "|" + LatinAgencies + @")(?!\p{L})", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AgencyWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[«""(\[]?\s*(" + Agencies + "|" + LatinAgencies + "|" + Papers + "|" + Initials + @")\s*[»"")\]]?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SourceAlone();
}
