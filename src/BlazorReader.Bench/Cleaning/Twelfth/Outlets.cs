namespace BlazorReader.Bench.Cleaning.Twelfth;

// Where a twelfth page comes from. Every name, domain and agency is invented; what is real is
// the family: a foreign state broadcaster's Arabic service, a pan-Arab paper printed abroad,
// or a paper of Sudan, Syria, Yemen, Kuwait, the Emirates, Libya, Mauritania, Somalia or
// Djibouti; or a site that is not a paper at all (an embassy, a federation, an exchange, a court).
internal enum Family
{
    Broadcaster,
    Abroad,
    Regional,
    Institution,
}

internal sealed record Outlet(Family Family, string Name, string Domain, string Agency, string[] Cities, bool French = false);

internal static class Outlets
{
    public static readonly Outlet[] All =
    [
        new(Family.Broadcaster, "إذاعة أوراسيا الدولية بالعربية", "ar.eurasiawave.ru", "وكالة أنباء الفولغا", ["موسكو", "سانت بطرسبورغ", "قازان"]),
        new(Family.Broadcaster, "راديو طريق الحرير - القسم العربي", "arabic.silkroute-radio.cn", "وكالة أنباء الشرق الأقصى", ["بكين", "شنغهاي", "قوانغتشو"]),
        new(Family.Broadcaster, "قناة الضفتين الدولية", "ar.deuxrives-tv.fr", "وكالة المتوسط للأنباء", ["باريس", "مرسيليا", "ليون"], French: true),
        new(Family.Broadcaster, "صوت البوسفور عربي", "arabi.bosporusvoice.com.tr", "وكالة أنباء الأناضول الجديدة", ["إسطنبول", "أنقرة", "غازي عنتاب"]),
        new(Family.Broadcaster, "شبكة الأطلسي العربية", "arabic.atlanticnet.co.uk", "وكالة التايمز للأنباء", ["لندن", "مانشستر"]),
        new(Family.Abroad, "الأفق العربي", "alofoq-arabi.co.uk", "الأفق العربي", ["لندن", "برمنغهام"]),
        new(Family.Abroad, "المنفى الجديد", "almanfa-aljadid.fr", "خدمة المنفى", ["باريس", "بروكسل"], French: true),
        new(Family.Abroad, "القنطرة الدولية", "alqantara-intl.com", "القنطرة", ["إسطنبول", "أنقرة"]),
        new(Family.Regional, "المقرن اليوم", "almogran-today.sd", "وكالة النيلين للأنباء", ["الخرطوم", "بورتسودان", "ود مدني", "الأبيض", "كسلا"]),
        new(Family.Regional, "نافذة بردى", "nafizat-barada.sy", "وكالة أنباء الشام الحرة", ["دمشق", "حلب", "حمص", "اللاذقية", "درعا"]),
        new(Family.Regional, "مرفأ عدن الإخباري", "marfa-aden.net", "وكالة أنباء سبأ الجديدة", ["عدن", "المكلا", "تعز", "صنعاء", "سيئون"]),
        new(Family.Regional, "الديوانية الجديدة", "aldiwaniya-new.com.kw", "وكالة أنباء الخليج الشمالي", ["الكويت", "الجهراء", "الأحمدي", "حولي"]),
        new(Family.Regional, "مرايا الساحل", "maraya-alsahel.ae", "وكالة أنباء الاتحاد", ["أبوظبي", "دبي", "الشارقة", "رأس الخيمة", "العين"]),
        new(Family.Regional, "بوابة الجبل الأخضر", "jabal-akhdar-gate.ly", "وكالة ليبيا الموحدة", ["طرابلس", "بنغازي", "مصراتة", "سبها", "البيضاء"]),
        new(Family.Regional, "أخبار آدرار", "akhbar-adrar.mr", "الوكالة الموريتانية الحرة", ["نواكشوط", "نواذيبو", "أطار", "كيفة"], French: true),
        new(Family.Regional, "منارة مقديشو", "manarat-muqdisho.so", "وكالة أنباء القرن", ["مقديشو", "هرجيسا", "كسمايو", "بوصاصو"]),
        new(Family.Regional, "صدى تاجورة", "sada-tadjourah.dj", "وكالة جيبوتي للإعلام", ["جيبوتي", "تاجورة", "علي صبيح"], French: true),
        new(Family.Institution, "سفارة جمهورية الساحل لدى المملكة", "emb-sahel-mission.org", "المكتب الإعلامي للسفارة", ["الرياض", "جدة"]),
        new(Family.Institution, "الاتحاد الوطني لكرة السلة", "basket-federation-nat.org", "المركز الإعلامي للاتحاد", ["الرياض", "الدمام", "جدة"]),
        new(Family.Institution, "سوق المال الإقليمية", "regional-exchange-hub.com", "إدارة الإفصاح", ["الرياض", "الكويت", "أبوظبي"]),
        new(Family.Institution, "البوابة القضائية الموحدة", "qada-portal.gov-example.org", "المكتب الإعلامي للمجلس الأعلى للقضاء", ["الرياض", "الخرطوم", "طرابلس"]),
    ];

    public static readonly string[] Reporters = ["مراسلنا", "مراسل", "مراسلة", "موفد", "موفدة"];

    // Latin handles for accounts that post beside the story: people, ministries, desks.
    public static string Handle(DressingRandom r)
    {
        var stem = r.Pick("nile", "sahel", "barada", "aden", "kw", "adrar", "hargeisa", "tadjourah", "benghazi", "sharjah", "mogran", "qasr", "darfur", "mukalla", "tripoli");
        var tail = r.Pick("_news", "desk", "_live", "24", "_ar", "info", "_gov", "press", "", "_official", "watch");
        var person = r.Pick("salma", "hadi", "rami", "nour", "taha", "lubna", "omar", "idris", "amina", "yasir", "fatou", "abdi");
        var handle = r.Chance(0.5) ? stem + tail : person + r.Pick("_", "", "_") + r.Pick("m", "k", "alhaj", "ould", "farah", "s") + (r.Chance(0.3) ? r.Between(1, 99).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        return handle.Length < 3 ? handle + "_ar" : handle;
    }

    public static string AccountName(DressingRandom r, Outlet o) => r.Next(4) switch
    {
        0 => o.Name,
        1 => r.Pick("وزارة الخارجية", "وزارة الصحة الاتحادية", "الهيئة العامة للطيران المدني", "بلدية المدينة", "مكتب الأمم المتحدة الإقليمي", "المتحدث باسم الحكومة"),
        _ => DressingPools.PersonName(r),
    };
}
