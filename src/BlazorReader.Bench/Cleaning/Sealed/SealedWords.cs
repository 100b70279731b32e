namespace BlazorReader.Bench.Cleaning.Sealed;

// The sealed catalogue's own vocabulary: portals, agencies and towns of the Nile, Yemen, Libya,
// Mauritania, Oman, Kuwait, Jordan and Palestine, sports and market sites, channels and pages
// that repost news. Shapes combine these at random; none is a whole line on its own.
internal static class SealedWords
{
    public static readonly string[] Towns =
    [
        "الخرطوم", "أم درمان", "بورتسودان", "كسلا", "صنعاء", "عدن", "تعز", "المكلا", "الحديدة", "مأرب", "طرابلس", "بنغازي",
        "مصراتة", "سبها", "نواكشوط", "نواذيبو", "مسقط", "صلالة", "صحار", "نزوى", "الجهراء", "الأحمدي", "إربد", "الزرقاء",
        "العقبة", "رام الله", "غزة", "نابلس", "الخليل", "جنين", "بيت لحم", "أريحا",
    ];

    // Agencies as their datelines print them, with the short form a credit would carry.
    public static readonly string[] Agencies = ["سونا", "سبأ", "وال", "وما", "العمانية", "كونا", "بترا", "وفا", "ومع", "لانا", "سانا"];

    public static readonly string[] Portals =
    [
        "باج نيوز", "السوداني", "التيار", "الانتباهة", "المصدر أونلاين", "عدن الغد", "يمن مونيتور", "الموقع بوست", "بوابة الوسط",
        "عين ليبيا", "ليبيا الأحرار", "الأخبار إنفو", "صحراء ميديا", "الرؤية العمانية", "أثير", "القبس", "الراي", "الجريدة",
        "عمون", "خبرني", "الغد الأردنية", "السبيل", "معا", "سما الإخبارية", "فلسطين أون لاين", "كووورة", "الملاعب", "أرقام",
        "مباشر", "السوق المالي اليوم", "منبر الأوقاف", "صوت المحراب", "زاجل نيوز", "مرصد الخليج", "النيلين",
    ];

    public static readonly string[] Domains =
    [
        "bajnews.sd", "alsudani.sd", "almasdaronline.com", "adengad.net", "ymonitor.net", "alwasat.ly", "libyaalahrar.tv",
        "alakhbar.info", "saharamedias.net", "alroya.om", "atheer.om", "alqabas.com", "alraimedia.com", "ammonnews.net",
        "khaberni.com", "maannews.net", "samanews.ps", "kooora.com", "argaam.com", "mubasher.info", "zajelnews.net", "alnilin.com",
    ];

    public static readonly string[] Networks = ["تلغرام", "تيليجرام", "تليجرام", "فيسبوك", "فيس بوك", "واتساب", "واتس آب", "يوتيوب", "إنستغرام", "انستجرام", "تويتر", "سناب شات", "تيك توك"];

    public static readonly string[] Given =
    [
        "عثمان", "الطيب", "مصعب", "عوض", "هاشم", "عبدالباقي", "منصور", "وضاح", "صدام", "عبدالسلام", "نجيب", "مختار", "الشيخ",
        "سيدي", "أحمدو", "بلال", "حمود", "راشد", "جاسم", "مبارك", "رائد", "عمر", "إياد", "سامر", "ليلى", "آمنة", "رحاب", "هديل",
    ];

    public static readonly string[] Family =
    [
        "الأمين", "عبدالقادر", "الحضرمي", "العولقي", "المقطري", "الورفلي", "الزنتاني", "ولد محمد", "ولد الشيخ", "البلوشي",
        "الحارثي", "الرواحي", "العجمي", "الرشيدي", "الخوالدة", "العبادي", "أبو زيد", "الشوبكي", "عوض الله", "البرغوثي", "الكرد",
    ];

    public static readonly string[] LatinGiven = ["Moath", "Rania", "Tarek", "Dina", "Khalid", "Hiba", "Samir", "Yara", "Nizar", "Amal"];

    public static readonly string[] LatinFamily = ["Bashir", "Qasem", "Elmahdi", "Zubairi", "Ould Ahmed", "Abbadi", "Khoury", "Harthy"];

    public static string Person(DressingRandom r) => r.Chance(0.15)
        ? r.Pick(Given) + " " + r.Pick(Given) + " " + r.Pick(Family)
        : r.Pick(Given) + " " + r.Pick(Family);

    public static string LatinPerson(DressingRandom r) => r.Pick(LatinGiven) + " " + r.Pick(LatinFamily);

    // An icon a page puts before a piece of chrome, or none.
    public static string Icon(DressingRandom r, params string[] icons) => r.Chance(0.4) ? r.Pick(icons) + r.Pick(" ", "", " ") : "";

    // A separator between a label and what it labels; never nothing at all, so words stay apart.
    public static string Sep(DressingRandom r, params string[] marks)
    {
        var separator = r.Separator(marks);
        return separator.Trim().Length == 0 ? " " : separator;
    }

    // Another story's title or lead: not the article's own, which would read as its text.
    public static bool IsOther(string story, string? ownTitle, IReadOnlyList<string> body) =>
        story != TextReferee.Normalize(ownTitle ?? "") && !body.Any(l => l.Contains(story, StringComparison.Ordinal) || story.Contains(l, StringComparison.Ordinal));

    public static string OtherTitle(DressingRandom r, DressingPools pools, string? ownTitle, IReadOnlyList<string> body)
    {
        var title = pools.RelatedTitle(r, ownTitle) ?? r.Pick(pools.Titles);
        for (var tries = 0; tries < 20 && !IsOther(title, ownTitle, body); tries++)
        {
            title = r.Pick(pools.Titles);
        }
        return title;
    }

    public static string Year(DressingRandom r) => r.Number(r.Between(2013, 2016));
}
