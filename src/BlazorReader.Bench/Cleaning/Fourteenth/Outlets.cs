namespace BlazorReader.Bench.Cleaning.Fourteenth;

// The invented outlets, partners, stations and institutions whose furniture dresses a page,
// named by the grammar such names follow, and web addresses spelled from syllables so that
// no address in this catalogue is a real site.
internal static class Outlets
{
    private static readonly string[] PortalHeads = ["بوابة", "منصة", "شبكة", "موقع", "وكالة", "صحيفة", "نافذة", "مرصد"];

    private static readonly string[] MasculineHeads = ["موقع", "مرصد"];

    private static readonly string[] PortalNouns = ["الساحل", "الخليج اليوم", "المشرق", "الأفق", "النيلين", "الصحراء", "البادية", "الرافدين", "الجنوب", "القرن الإفريقي", "الشمال", "الحدث المحلي", "الواحة", "البحر الأحمر"];

    private static readonly string[] PortalTails = ["الإخبارية", "نت", "24", "الإلكترونية", "للأنباء", "الإعلامية", ""];

    private static readonly string[] MasculineTails = ["الإخباري", "نت", "24", "الإلكتروني", "الإعلامي", ""];

    private static readonly string[] LatinPortals = ["Sahel Info", "Gulf Today Arabic", "MENA Daily", "Horizon News", "Nile Post AR", "Red Sea Wire", "Arab Digest"];

    private static readonly string[] Syllables = ["al", "sa", "hel", "na", "ba", "dar", "khab", "ar", "sha", "ma", "ra", "wa", "ha", "qa", "lu", "mi", "zi", "ne", "tor", "ya"];

    private static readonly string[] Tlds = [".net", ".com", ".info", ".org", ".news", ".td", ".km", ".sy", ".iq"];

    public static string Portal(DressingRandom r, string? noun = null)
    {
        var head = r.Pick(PortalHeads);
        var tail = r.Pick(MasculineHeads.Contains(head) ? MasculineTails : PortalTails);
        return noun is null && r.Chance(0.12) ? r.Pick(LatinPortals) : head + " " + (noun ?? r.Pick(PortalNouns)) + (tail.Length > 0 ? " " + tail : "");
    }

    // A paper's own newsletter or station takes the name of a corpus paper or a portal.
    public static string Paper(DressingRandom r) => r.Chance(0.6) ? r.Pick(DressingPools.Papers) : Portal(r);

    public static string Slug(DressingRandom r)
    {
        var parts = Enumerable.Range(0, r.Between(2, 4)).Select(_ => r.Pick(Syllables));
        return string.Concat(parts) + (r.Chance(0.3) ? r.Pick("-news", "24", "-ar", "press") : "");
    }

    public static string Address(DressingRandom r, string? path = null)
    {
        var host = (r.Chance(0.6) ? "https://" : r.Chance(0.5) ? "http://" : "") + (r.Chance(0.5) ? "www." : "") + Slug(r) + r.Pick(Tlds);
        return host + "/" + (path ?? r.Pick("ar/", "news/", "article/", "?p=", "archives/") + r.Between(10000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static string Club(DressingRandom r) => "نادي " + r.Pick("الوحدة", "الفيصلي", "النهضة", "الخليج", "الرائد", "الفتح", "الشعلة", "الأمل", "الساحل", "الرياضي");

    public static string University(DressingRandom r) => r.Pick("جامعة ", "جامعة الملك ", "جامعة الأمير ") + r.Pick("الملك فهد", "الجوف", "حائل", "تبوك", "الباحة", "نجران", "جازان", "القصيم", "الحدود الشمالية", "بيشة");

    public static string Charity(DressingRandom r) => r.Pick("جمعية", "مؤسسة", "هيئة") + " " + r.Pick("البر", "إطعام", "سقيا الماء", "رعاية الأيتام", "تحفيظ القرآن الكريم", "الإحسان", "الأمل") + r.Pick("", " الخيرية", " بمحافظة " + r.Pick("الخرج", "عنيزة", "القطيف", "ينبع", "الأحساء", "خميس مشيط"));

    public static string Station(DressingRandom r) => r.Pick("إذاعة", "راديو", "قناة", "تلفزيون") + " " + r.Pick("الساحل", "الوطن", "البادية", "الأمل", "الرافدين", "صوت الشعب", "المستقبل", "الخليج");

    private static readonly string[] Men = [.. DressingPools.FirstNames.Except(["سارة", "نورة", "هند", "منيرة", "ريم", "مها"])];

    // A man's name, where the sentence around it is in the masculine.
    public static string ManName(DressingRandom r) => r.Pick(Men) + " " + r.Pick(DressingPools.FamilyNames);

    public static string LatinName(DressingRandom r) => r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast);
}
