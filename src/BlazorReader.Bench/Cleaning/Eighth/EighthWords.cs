namespace BlazorReader.Bench.Cleaning.Eighth;

// The vocabularies of the copy paths this catalogue draws on: papers of Kuwait, Oman, Bahrain,
// Qatar, Libya, Algeria and Mauritania (as their e-paper and feed chrome names them), their
// agencies with the service codes wire desks append, ministries that issue press releases,
// advertisers of sponsored widgets, and the sections a CMS files a story under.
internal static class EighthWords
{
    // A paper's name as printed, and the Latin slug its site and feed use.
    public static readonly (string Name, string Slug)[] Papers =
    [
        ("القبس", "alqabas"), ("الراي", "alraimedia"), ("الأنباء الكويتية", "alanba"), ("الجريدة", "aljarida"),
        ("عُمان", "omandaily"), ("الوطن العمانية", "alwatan-om"), ("الرؤية", "alroya"), ("الشبيبة", "shabiba"),
        ("الأيام", "alayam"), ("أخبار الخليج", "akhbar-alkhaleej"), ("الوطن البحرينية", "alwatannews"), ("البلاد", "albiladpress"),
        ("الراية", "raya"), ("الشرق القطرية", "al-sharq"), ("العرب", "alarab-qa"), ("الوسط الليبية", "alwasat-ly"),
        ("ليبيا المستقبل", "libya-al-mostakbal"), ("الشروق اليومي", "echoroukonline"), ("الخبر الجزائرية", "elkhabar"),
        ("النهار الجديد", "ennaharonline"), ("الأخبار إنفو", "alakhbar-info"), ("السراج الموريتانية", "essirage"),
    ];

    public static readonly (string Name, string Short)[] Agencies =
    [
        ("وكالة الأنباء الكويتية", "كونا"), ("وكالة الأنباء العمانية", "العمانية"), ("وكالة أنباء البحرين", "بنا"),
        ("وكالة الأنباء القطرية", "قنا"), ("وكالة الأنباء الليبية", "وال"), ("وكالة الأنباء الجزائرية", "واج"),
        ("الوكالة الموريتانية للأنباء", "ومأ"), ("وكالة الأنباء السعودية", "واس"),
    ];

    public static readonly string[] Ministries =
    [
        "وزارة الصحة", "وزارة التربية والتعليم", "وزارة الداخلية", "وزارة الإسكان", "وزارة التجارة والصناعة",
        "وزارة الشؤون الاجتماعية", "هيئة الطيران المدني", "وزارة البلديات", "وزارة النقل والاتصالات", "وزارة الإعلام",
    ];

    public static readonly string[] Sections =
    [
        "محليات", "اقتصاد", "رياضة", "دوليات", "ثقافة وفنون", "منوعات", "برلمان", "صحة", "تعليم", "مجتمع",
        "سياسة", "عربي ودولي", "الخليج", "تقنية", "أسواق", "حوادث وقضايا", "الدوري المحلي",
    ];

    public static readonly string[] Advertisers =
    [
        "بنك الخليج المتحد", "شركة زاد للعقار", "مجموعة النخبة للسيارات", "طيران الواحة", "شركة أفق للاتصالات",
        "منتجع رمال الذهبية", "صيدليات الشفاء", "معهد المستقبل للغات", "Gulf Motors", "Oasis Travel", "TechNova",
    ];

    public static readonly string[] MonthsArabic =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    // The month names of Algerian and Tunisian papers, and of Levantine and Iraqi ones.
    public static readonly string[] MonthsMaghreb =
        ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] MonthsLevant =
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    public static readonly string[] MonthsEnglish =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static readonly string[] TopLevelDomains = [".com", ".net", ".com.kw", ".om", ".bh", ".qa", ".ly", ".dz", ".mr", ".info"];

    // A host built from a paper's slug, as its feed and share links print it.
    public static string Host(DressingRandom r, string slug) => r.Pick("", "", "www.", "m.") + slug + r.Pick(TopLevelDomains);

    public static string ArticlePath(DressingRandom r) => r.Pick(
        $"/article/{r.Between(100000, 999999)}",
        $"/news/2015/07/{r.Between(10, 31)}/{r.Letters(r.Between(5, 12), "abcdefghijklmnopqrstuvwxyz")}",
        $"/?p={r.Between(10000, 99999)}",
        $"/index.php?option=com_content&view=article&id={r.Between(1000, 99999)}",
        $"/2015/07/{r.Letters(r.Between(6, 14), "abcdefghijklmnopqrstuvwxyz-")}.html",
        $"/node/{r.Between(10000, 999999)}");
}
