using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Thirteenth;

// The countries whose papers' page furniture this catalogue copies: each has its habits
// (French words in Maghreb chrome, Egyptian colloquial calls, Lebanese French and English).
internal enum Region
{
    Morocco,
    Algeria,
    Tunisia,
    Egypt,
    Iraq,
    Jordan,
    Lebanon,
    Palestine,
    Oman,
    Bahrain,
    Qatar,
}

// An invented outlet: its Arabic name, the Latin stem of its domain and handles, its country.
internal sealed record Outlet(string Name, string Stem, Region Region)
{
    public string Domain => Stem + Region switch
    {
        Region.Morocco => ".ma",
        Region.Algeria => ".dz",
        Region.Tunisia => ".tn",
        Region.Egypt => ".com.eg",
        Region.Iraq => ".iq",
        Region.Jordan => ".jo",
        Region.Lebanon => ".com.lb",
        Region.Palestine => ".ps",
        Region.Oman => ".om",
        Region.Bahrain => ".bh",
        _ => ".qa",
    };
}

internal static class Outlets
{
    public static readonly Outlet[] All =
    [
        new("صدى الأطلس", "sadaatlas", Region.Morocco), new("الرباط أربعة وعشرون", "rabat24news", Region.Morocco),
        new("مراكش بلوس", "marrakechplus", Region.Morocco), new("نبض الجزائر", "nabdaljazair", Region.Algeria),
        new("الوسيط الجزائري", "elwassitdz", Region.Algeria), new("قرطاج اليوم", "carthage-today", Region.Tunisia),
        new("صفاقس نيوز", "sfaxnews", Region.Tunisia), new("بوابة النيل اليوم", "nileportal", Region.Egypt),
        new("المحروسة نيوز", "elmahrousa-news", Region.Egypt), new("صدى الدلتا", "sadadelta", Region.Egypt),
        new("مرآة دجلة", "miratdijla", Region.Iraq), new("بريد الفرات", "baridalfurat", Region.Iraq),
        new("صوت البلقاء", "sawtalbalqa", Region.Jordan), new("عمّان الإخباري", "ammanikhbari", Region.Jordan),
        new("نداء الجبل", "nidaaljabal", Region.Lebanon), new("الأرز ديلي", "cedardaily", Region.Lebanon),
        new("شمس الكرمل", "shamsalkarmel", Region.Palestine), new("نبض الخليل", "nabdhebron", Region.Palestine),
        new("مسقط الآن", "muscatnow", Region.Oman), new("شرفة ظفار", "shurfatdhofar", Region.Oman),
        new("شبّاك البحرين", "shubbakbh", Region.Bahrain), new("اللؤلؤة اليوم", "lulutoday", Region.Bahrain),
        new("الدوحة ميديا", "dohamedia", Region.Qatar), new("الريان بوست", "rayyanpost", Region.Qatar),
    ];

    // Agencies named in credit lines, by country, beside the outlet's own name.
    public static string Agency(DressingRandom r, Region region) => region switch
    {
        Region.Morocco => r.Pick("وكالة المغرب العربي للأنباء", "و.م.ع", "لاماب"),
        Region.Algeria => r.Pick("وكالة الأنباء الجزائرية", "واج"),
        Region.Tunisia => r.Pick("وكالة تونس إفريقيا للأنباء", "وات", "(وات)"),
        Region.Egypt => r.Pick("وكالة أنباء الشرق الأوسط", "أ ش أ"),
        Region.Iraq => r.Pick("وكالة الأنباء العراقية", "واع"),
        Region.Jordan => r.Pick("وكالة الأنباء الأردنية", "بترا"),
        Region.Lebanon => r.Pick("الوكالة الوطنية للإعلام", "الوطنية"),
        Region.Palestine => r.Pick("وكالة الأنباء الفلسطينية", "وفا"),
        Region.Oman => r.Pick("وكالة الأنباء العمانية", "العمانية"),
        Region.Bahrain => r.Pick("وكالة أنباء البحرين", "بنا"),
        _ => r.Pick("وكالة الأنباء القطرية", "قنا"),
    };

    public static string City(DressingRandom r, Region region) => region switch
    {
        Region.Morocco => r.Pick("الرباط", "الدار البيضاء", "فاس", "طنجة", "أكادير", "وجدة"),
        Region.Algeria => r.Pick("الجزائر", "وهران", "قسنطينة", "عنابة", "سطيف"),
        Region.Tunisia => r.Pick("تونس", "صفاقس", "سوسة", "بنزرت", "القيروان"),
        Region.Egypt => r.Pick("القاهرة", "الإسكندرية", "المنصورة", "أسيوط", "طنطا"),
        Region.Iraq => r.Pick("بغداد", "البصرة", "الموصل", "النجف", "أربيل"),
        Region.Jordan => r.Pick("عمّان", "إربد", "الزرقاء", "العقبة"),
        Region.Lebanon => r.Pick("بيروت", "طرابلس", "صيدا", "صور", "زحلة"),
        Region.Palestine => r.Pick("رام الله", "غزة", "نابلس", "الخليل", "جنين"),
        Region.Oman => r.Pick("مسقط", "صلالة", "صحار", "نزوى"),
        Region.Bahrain => r.Pick("المنامة", "المحرق", "الرفاع"),
        _ => r.Pick("الدوحة", "الريان", "الوكرة", "الخور"),
    };

    public static readonly string[] LatinStems = ["karim", "salma", "youssef", "rania", "hamza", "lina", "nizar", "dounia", "walid", "maha", "anis", "ghada"];

    // A person's handle: invented, mixed case, digits or underscores as people pick them.
    public static string PersonHandle(DressingRandom r) =>
        r.Pick(LatinStems) + r.Pick("_", "", "__", "") + r.Pick("benali", "Haddad", "mansouri", "Khoury", "saadi", "trabelsi", "najjar", "obeidi", "rawas", "kuwari", "zayani")
            + (r.Chance(0.4) ? r.Between(1, 99).ToString(CultureInfo.InvariantCulture) : "");

    public static string OutletHandle(DressingRandom r, Outlet o) =>
        (r.Chance(0.5) ? o.Stem : char.ToUpperInvariant(o.Stem[0]) + o.Stem[1..]).Replace("-", "_", StringComparison.Ordinal) + r.Pick("", "", "_ar", "News", "_official");

    public static bool IsMaghreb(this Region region) => region is Region.Morocco or Region.Algeria or Region.Tunisia;

    public static bool IsLevant(this Region region) => region is Region.Lebanon or Region.Jordan or Region.Palestine or Region.Iraq;

    public static bool IsGulf(this Region region) => region is Region.Oman or Region.Bahrain or Region.Qatar;
}
