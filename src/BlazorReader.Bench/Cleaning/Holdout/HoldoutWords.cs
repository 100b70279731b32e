namespace BlazorReader.Bench.Cleaning.Holdout;

// The held-out catalogue's own small vocabularies, chosen apart from the first catalogue's:
// other towns, other outlets, other names. Only the articles' own titles and leads (teasers
// are other stories) come from the shared corpus pools.
internal static class HoldoutWords
{
    public static readonly string[] Towns =
    [
        "بريدة", "عنيزة", "ينبع", "القطيف", "الأحساء", "الجبيل", "خميس مشيط", "الباحة", "سكاكا", "عرعر",
        "القريات", "رابغ", "المنامة", "الدوحة", "مسقط", "صنعاء", "عدن", "الخرطوم", "تونس", "الرباط", "أنقرة", "جنيف",
    ];

    // Outlets as they sign their copy; several are not in any list a cleaner could hold.
    public static readonly string[] Outlets =
    [
        "البلاد", "مكة", "الندوة", "صدى", "المرصد", "أنباء الخليج", "الخبر الآن", "صوت الجنوب", "نبض الشمال",
        "الساحل", "أخبار 24", "المشهد", "الميدان", "البوابة", "الراصد", "منبر الحدث",
    ];

    // Credited sources: agencies and outlets, some unknown to any list.
    public static readonly string[] Sources =
    [
        "واس", "وكالة الأنباء السعودية", "سي إن إن عربية", "فرانس برس", "رويترز", "الأناضول", "وكالات",
        "البلاد", "صحيفة مكة", "المرصد", "موقع الخبر الآن", "أنباء الخليج", "وكالة الأنباء الكويتية", "بي بي سي عربي",
    ];

    public static readonly string[] Given =
    [
        "عبدالإله", "مشاري", "نواف", "راكان", "وليد", "هشام", "عادل", "زياد", "لمى", "عبير", "أمل", "جواهر",
        "طلال", "مساعد", "حمد", "شادي", "رنا", "دانة", "ثامر", "بندر",
    ];

    public static readonly string[] Family =
    [
        "الخالدي", "الثبيتي", "البلوي", "الرويلي", "اليامي", "الأحمري", "العسيري", "الفهيد", "النعيمي", "الصاعدي",
        "القرني", "الشريف", "باعشن", "بامحسون", "الحازمي", "التميمي",
    ];

    public static readonly string[] LatinGiven = ["Khalid", "Reem", "Tom", "Yara", "Michael", "Dana", "Samir", "Laura", "Faisal", "Mona"];

    public static readonly string[] LatinFamily = ["Otaibi", "Jones", "Mansour", "Clark", "Farouk", "Evans", "Qahtani", "Wright"];

    // Platforms as share bars print them, in Arabic spellings and in Latin.
    public static readonly string[] Platforms = ["تويتر", "الفيسبوك", "واتس آب", "سناب", "انستغرام", "تلقرام", "يوتيوب", "تيك توك"];

    public static readonly string[] LatinPlatforms = ["Twitter", "Facebook", "WhatsApp", "Telegram", "Pinterest", "Reddit", "Tumblr", "Messenger"];

    public static readonly string[] Emoji = ["📲", "🔔", "📢", "✅", "👈", "⬅️", "🔗", "📌", "▪️", "🔴"];

    public static string Person(DressingRandom r) => r.Chance(0.75)
        ? r.Pick(Given) + " " + r.Pick(Family)
        : r.Pick("د. ", "م. ", "أ.د ") + r.Pick(Given) + " " + r.Pick(Family);

    public static string LatinPerson(DressingRandom r) => r.Pick(LatinGiven) + " " + r.Pick(LatinFamily);

    // Digits as this page prints them: one script for the whole line, chosen per line.
    public static string Digits(DressingRandom r, string text) => r.Chance(0.4) ? DressingRandom.ToArabicIndic(text) : text;

    public static string Num(DressingRandom r, int value) => Digits(r, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
