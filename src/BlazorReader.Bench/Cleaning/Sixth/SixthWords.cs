namespace BlazorReader.Bench.Cleaning.Sixth;

// The small vocabularies the shapes draw from: names by region, emoji, bullets, section
// names, the stems invented addresses are made of.
internal static class SixthWords
{
    public static readonly string[] HostStems =
        ["akhbar", "sawt", "nabaa", "watan", "chourouk", "sabah", "rasid", "hadath", "mashhad", "alyawm", "tariq", "nour", "manar", "bawaba"];

    public static readonly string[] MaghrebFirst = ["يونس", "هشام", "سعيد", "كريم", "أمين", "نادية", "فاطمة الزهراء", "رشيد", "مراد", "سمير", "إيمان", "عبد الإله"];

    public static readonly string[] MaghrebLast = ["بنعلي", "العلوي", "الإدريسي", "بوزيد", "بن سالم", "الشريف", "المرابط", "بلحاج", "الطرابلسي", "بوعزة"];

    public static readonly string[] EastFirst = ["حيدر", "مصطفى", "علي حسين", "جورج", "ميشال", "ريتا", "نجيب", "دلال", "عمرو", "شيماء", "محمود", "جاسم", "مريم", "عبدالله"];

    public static readonly string[] EastLast = ["الربيعي", "الجبوري", "العبيدي", "خوري", "حداد", "نصار", "عبد الفتاح", "السيد", "الصباح", "المري", "الكعبي", "البنعلي", "الهاشمي"];

    public static readonly string[] Bullets = ["•", "-", "◀", "◄", "»", "🔹", "🔸", "▪", "*", "✅", "📌", "←", "○"];

    public static readonly string[] Alarm = ["🔴", "🚨", "⚡", "📢", "🔵", "‼️", "🟥"];

    public static readonly string[] Sections =
        ["محليات", "اقتصاد", "رياضة", "دوليات", "سياسة", "مجتمع", "ثقافة وفنون", "أخبار وطنية", "عربي ودولي", "حوادث", "منوعات", "الصفحة الأولى"];

    public static readonly string[] HashWords =
        ["عاجل", "أخبار", "السعودية", "الخليج", "المغرب", "العراق", "لبنان", "مصر", "الكويت", "اقتصاد", "رياضة", "ترند", "خبر_اليوم", "متابعات"];

    public static string Person(DressingRandom r, SixthSite site) => site.Family == SixthFamily.Maghreb || r.Chance(0.15)
        ? r.Pick(MaghrebFirst) + " " + r.Pick(MaghrebLast)
        : r.Chance(0.7) ? r.Pick(EastFirst) + " " + r.Pick(EastLast) : DressingPools.PersonName(r);

    public static string LatinPerson(DressingRandom r) => r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast);

    // A site or agency name as chrome quotes it: bare, in guillemets, in quotes or brackets.
    public static string Quoted(DressingRandom r, string name) => r.Pick(name, name, "«" + name + "»", "\"" + name + "\"", "(" + name + ")", "“" + name + "”");

    // French creeps into Maghreb chrome: the word comes in one language or the other.
    public static string Say(DressingRandom r, SixthSite site, string arabic, string french) => site.French && r.Chance(0.45) ? french : arabic;
}
