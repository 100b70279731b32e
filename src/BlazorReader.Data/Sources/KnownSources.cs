namespace BlazorReader.Data.Sources;

// The papers a new store is told about: the corpus's fourteen (their keys as the SaudiNewsNet
// corpus spells them in "source") and the customer's seed paper. Names are the papers' own
// Arabic mastheads, never transliterations of the keys; site addresses are the papers' public
// home pages (the hosts the corpus's article addresses point at, now over https). The short
// name is what a narrow place (a facet, a one-line coverage row) shows; it is the masthead
// itself except where the masthead is long and the paper has a name readers know it by.
public static class KnownSources
{
    public static IReadOnlyList<NewsSource> All { get; } =
    [
        // Asharq Al-Awsat, the London-based pan-Arab daily.
        Paper("aawsat", "الشرق الأوسط", "https://aawsat.com"),
        // Al Eqtisadiah, the business daily; its site has always been aleqt.com.
        Paper("aleqtisadiya", "الاقتصادية", "https://www.aleqt.com"),
        // Al-Jazirah, the Riyadh daily (not the Qatari channel: see aljazeera below).
        Paper("aljazirah", "الجزيرة", "https://www.al-jazirah.com"),
        Paper("almadina", "المدينة", "https://www.al-madina.com"),
        Paper("alriyadh", "الرياض", "https://www.alriyadh.com"),
        Paper("alwatan", "الوطن", "https://www.alwatan.com.sa"),
        // Alweeam, an online paper.
        Paper("alweeam", "الوئام", "https://www.alweeam.com.sa"),
        // Al-Yaum, the Dammam daily.
        Paper("alyaum", "اليوم", "https://www.alyaum.com"),
        // Two sports papers with near names: Al-Riyadi and Al-Riyadiyah.
        Paper("arreyadi", "الرياضي", "https://www.arreyadi.com.sa"),
        // The corpus spells this key "arriyadiyah" (its README says "arreyadiyah").
        Paper("arriyadiyah", "الرياضية", "https://www.arriyadiyah.com"),
        Paper("okaz", "عكاظ", "https://www.okaz.com.sa"),
        // Sabq, an online paper.
        Paper("sabq", "سبق", "https://sabq.org"),
        // The Saudi Press Agency: its full name on the article, its initials (how papers
        // credit it) where space is short.
        Paper("was", "وكالة الأنباء السعودية", "https://www.spa.gov.sa", shortName: "واس"),
        // Ain Alyoum, an online paper.
        Paper("3alyoum", "عين اليوم", "https://www.3alyoum.com"),
        // Al Jazeera Net (Doha), the paper of the customer's seed article (its footer reads
        // «شبكة الجزيرة الاعلامية»). A .txt seed carries no source key: the importer finds
        // this one from that line (CopyrightOwner).
        Paper("aljazeera", "الجزيرة نت", "https://www.aljazeera.net"),
    ];

    private static NewsSource Paper(string key, string name, string siteUrl, string? shortName = null) =>
        new() { Key = key, Name = name, ShortName = shortName ?? name, SiteUrl = siteUrl };
}
