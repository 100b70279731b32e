namespace BlazorReader.Bench.Cleaning.Fresh;

// This catalogue's own vocabulary, gathered from how papers print their chrome from the Gulf
// to the Maghreb. Words only: every shape combines them, so no line is a fixed string.
internal static class FreshWords
{
    public static readonly string[] Cities =
    [
        "الرياض", "جدة", "الدمام", "بريدة", "الأحساء", "ينبع", "أبها", "مكة المكرمة", "المدينة المنورة", "القاهرة",
        "الإسكندرية", "عمّان", "بيروت", "دمشق", "الرباط", "الدار البيضاء", "تونس", "الجزائر", "دبي", "أبوظبي",
        "الدوحة", "المنامة", "الكويت", "مسقط", "بغداد", "الخرطوم", "جنيف", "إسطنبول", "نيويورك", "غزة", "رام الله",
    ];

    public static readonly string[] Agencies =
    [
        "واس", "رويترز", "أ ف ب", "أ.ش.أ", "الأناضول", "د ب أ", "كونا", "وام", "بنا", "قنا", "العمانية", "بترا",
        "ومع", "واج", "سانا", "وكالات", "وكالة الأنباء السعودية", "وكالة أنباء الإمارات", "سكاي نيوز عربية", "العربية.نت",
    ];

    public static readonly string[] Sites =
    [
        "سبق", "عكاظ", "الوطن", "اليوم", "المدينة", "الاقتصادية", "الحياة", "البيان", "الخليج", "القبس", "الراي",
        "اليوم السابع", "المصري اليوم", "الشروق", "مصراوي", "النهار", "الغد", "عمون", "هسبريس", "الخبر", "الصباح",
    ];

    public static readonly string[] Domains =
    [
        "alwatan.com.sa", "okaz.com.sa", "sabq.org", "alyaum.com", "al-madina.com", "aleqt.com", "alhayat.com", "albayan.ae",
        "alkhaleej.ae", "alqabas.com", "alraimedia.com", "youm7.com", "masrawy.com", "almasryalyoum.com", "shorouknews.com",
        "annahar.com", "alghad.com", "ammonnews.net", "hespress.com", "elkhabar.com", "assabah.com.tn", "raialyoum.com",
    ];

    public static readonly string[] FirstNames =
    [
        "محمود", "مصطفى", "عمرو", "هاني", "رامي", "زياد", "وليد", "كريم", "ياسين", "أمين", "سمير", "رشيد", "ليلى",
        "دينا", "رنا", "سلمى", "إيمان", "نادية", "هالة", "عادل", "طارق", "حسام", "عبدالإله", "مشعل", "نايف", "غادة",
    ];

    public static readonly string[] FamilyNames =
    [
        "عبدالحميد", "الصباغ", "حداد", "الخطيب", "بن علي", "العلوي", "الإدريسي", "بوزيد", "النجار", "السيد", "منصور",
        "الحسيني", "الزعبي", "القرشي", "باحارث", "العسيري", "الحازمي", "الخالدي", "البلوشي", "الكعبي", "المهيري", "الشريف",
    ];

    public static readonly string[] LatinFirst = ["ahmed", "mona", "fahad", "sara", "omar", "youssef", "rami", "leila", "karim", "noor", "majed", "dana"];

    public static readonly string[] LatinLast = ["alharbi", "qahtani", "zahrani", "saleh", "mansour", "haddad", "elmasry", "benali", "alami", "khatib", "najjar", "otaibi"];

    public static readonly string[] Sections =
    [
        "محليات", "اقتصاد", "رياضة", "دوليات", "ثقافة وفنون", "منوعات", "أخبار المملكة", "الشأن المحلي", "عربي ودولي",
        "مجتمع", "تقارير", "حوادث", "صحة", "تقنية", "سياسة", "أخبار مصر", "الخليج",
    ];

    public static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    public static readonly string[] MaghrebMonths = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    public static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] Weekdays = ["السبت", "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"];

    // Marks a page puts before a line of chrome; the camera belongs to captions alone.
    public static readonly string[] Icons = ["", "", "", "", "🔗 ", "► ", "◀ ", "■ ", "● ", "⬅️ ", "✦ ", "🔴 ", "▪ "];

    public static readonly string[] CameraIcons = ["", "", "📷 ", "📸 ", "■ "];

    public static string Name(DressingRandom r) => r.Chance(0.5)
        ? r.Pick(FirstNames) + " " + r.Pick(FamilyNames)
        : r.Pick(DressingPools.FirstNames) + " " + r.Pick(FamilyNames);

    public static string LatinName(DressingRandom r) => Capital(r.Pick(LatinFirst)) + " " + Capital(r.Pick(LatinLast));

    public static string Handle(DressingRandom r) => r.Next(5) switch
    {
        0 => r.Pick(LatinFirst) + "_" + r.Pick(LatinLast),
        1 => Capital(r.Pick(LatinFirst)) + Capital(r.Pick(LatinLast)),
        2 => r.Pick(LatinFirst)[0] + "_" + r.Pick(LatinLast) + r.Between(1, 99),
        3 => r.Pick("Saudi", "KSA", "Gulf", "Egypt", "Dubai", "Amman", "Rabat") + r.Pick("MOH", "News", "_Gov", "Police", "Sports", "Weather", "Now", "Traffic"),
        _ => r.Pick(LatinLast) + r.Pick("", "_", "") + r.Letters(3, "abcdefghijklmnopqrstuvwxyz0123456789"),
    };

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
