namespace BlazorReader.Bench.Cleaning.Blind;

// Names of writers, correspondents and photographers from across the region, and the
// agencies and outlets a credit names.
public static class BlindPeople
{
    private static readonly string[] Given =
    [
        "مصطفى", "رنا", "أيمن", "كريم", "ليلى", "حسام", "زينب", "طارق", "دينا", "وائل", "هالة", "ياسين", "سامر", "لبنى",
        "عمرو", "جمانة", "مروان", "إيمان", "رضا", "شيماء", "بلال", "نادية", "حمزة", "سلوى", "قاسم", "أسماء",
    ];

    private static readonly string[] Family =
    [
        "عبد الفتاح", "الحلبي", "الصفدي", "بن عمر", "الخطيب", "السيد", "المصري", "الزعبي", "بوعزة", "الكبيسي", "الجبوري",
        "النعيمي", "المهيري", "الكعبي", "الفلاحي", "بن سالم", "حداد", "عيسى", "الإدريسي", "الطحان", "منصور", "العلوي",
    ];

    private static readonly string[] LatinGiven = ["Karim", "Yasmine", "Mehdi", "Rania", "Tarek", "Leila", "Sami", "Nadia"];

    private static readonly string[] LatinFamily = ["Benali", "El Amrani", "Haddad", "Saad", "Mansour", "Khoury", "Bouzid"];

    public static readonly string[] Outlets =
    [
        "وكالة الأنباء السعودية", "وكالة الأنباء الكويتية (كونا)", "وكالة أنباء الإمارات", "وكالة الأنباء القطرية", "وكالة أنباء الشرق الأوسط",
        "وكالة المغرب العربي للأنباء", "وكالة الأنباء الأردنية (بترا)", "الوكالة الوطنية للإعلام", "وكالة الأنباء العراقية", "سكاي نيوز عربية",
        "فرانس برس", "رويترز", "وكالة الأناضول", "أسوشيتد برس", "صحيفة الخليج", "موقع الجزيرة نت", "بي بي سي", "وكالات", "مواقع إلكترونية",
    ];

    public static readonly string[] ShortAgencies = ["واس", "كونا", "وام", "قنا", "بنا", "أ ش أ", "بترا", "و م ع", "أ ف ب", "أ.ف.ب", "رويترز", "د.ب.أ", "الأناضول", "وكالات"];

    public static readonly string[] LatinCredits = ["AFP", "Reuters", "Getty Images", "AP Photo", "EPA", "SPA", "WAM", "KUNA", "QNA", "MAP"];

    public static string Person(DressingRandom r) => r.Next(3) switch
    {
        0 => DressingPools.PersonName(r),
        1 => r.Pick(Given) + " " + r.Pick(Family),
        _ => r.Pick(Given) + " " + r.Pick(DressingPools.FirstNames) + " " + r.Pick(Family),
    };

    public static string Latin(DressingRandom r) => r.Pick(LatinGiven) + " " + r.Pick(LatinFamily);

    public static string City(DressingRandom r) => r.Chance(0.5) ? r.Pick(DressingPools.Cities) : r.Pick(
        "أبوظبي", "الدوحة", "المنامة", "مسقط", "الإسكندرية", "دمشق", "حلب", "البصرة", "أربيل", "الموصل", "الرباط", "الدار البيضاء",
        "تونس", "الجزائر", "وهران", "طرابلس", "الخرطوم", "صنعاء", "عدن", "القدس", "غزة", "رام الله", "إسطنبول", "جنيف", "نيويورك");
}
