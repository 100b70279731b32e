namespace BlazorReader.Bench.Cleaning.Fourteenth;

// Arabic-language outlets of Chad and the Sahel, Eritrea's diaspora, the Comoros, Syria's
// opposition areas and the Kurdistan region: their own cities in datelines, «exclusive»
// and section badges, a WhatsApp number for the newsroom (a Latin run between direction
// marks), a licence line, read counts, «related» lines and the writers' disclaimer.
internal static class RegionalOutletCopy
{
    private static readonly (string[] Cities, string[] Names, string[] Sections, string Dial, MonthNames Months)[] Regions =
    [
        (["انجامينا", "أبشي", "موندو", "نيامي", "باماكو"], ["الساحل", "الصحراء", "بحيرة تشاد"], ["أخبار تشادية", "الساحل والصحراء", "Actualités | أخبار"], "+235", MonthNames.Gulf),
        (["أسمرا", "مصوع", "كرن"], ["القرن الإفريقي", "البحر الأحمر", "عدوليس"], ["الشأن الإرتري", "أخبار الجالية"], "+291", MonthNames.Gulf),
        (["موروني", "موتسامودو", "فومبوني"], ["القمر", "الجزر", "المحيط"], ["أخبار جزر القمر", "محليات"], "+269", MonthNames.Gulf),
        (["إدلب", "أعزاز", "غازي عنتاب", "الباب", "جرابلس"], ["الشمال", "الفرات", "الشام الحر"], ["الشمال السوري", "الداخل السوري", "تقارير ميدانية"], "+90", MonthNames.Levant),
        (["أربيل", "السليمانية", "دهوك", "القامشلي"], ["كوردستان", "الجبل", "دجلة"], ["إقليم كوردستان", "الشأن الكوردي", "أخبار الإقليم"], "+964", MonthNames.Levant),
    ];

    public static void Dress(PageDraft page)
    {
        var r = page.R;
        var (cities, names, sections, dial, months) = r.Pick(Regions);
        var outlet = Outlets.Portal(r, r.Pick(names));
        var city = r.Pick(cities);
        var dateline = r.Pick(city + r.Separator("-", "–", ":") + outlet, city + " - " + r.Pick("خاص", "مراسلنا", "خاص " + outlet, "مراسل " + outlet), outlet + r.Separator("-", "|") + city);
        if (r.Chance(0.55))
        {
            page.GlueLead(PageRun.Glued(NoiseKind.Dateline, dateline + r.Pick(":", "", " -")), " ");
        }
        else
        {
            page.Head(PageRun.Chrome(NoiseKind.Dateline, dateline, PageCalendar.Spoken(page.Day, r, r.Chance(0.3) ? 1 : 0, months)));
        }
        if (r.Chance(0.5))
        {
            var badge = r.Pick(Ink.Stretch("حصري", r), "خاص", r.Pick(sections), "تقرير");
            page.Top(PageRun.Chrome(NoiseKind.Tags, r.Chance(0.5) ? badge + r.Separator("|", "/", "›") + r.Pick(sections) : badge));
        }
        if (r.Chance(0.4))
        {
            var number = dial + " " + r.Between(60, 99) + " " + r.Between(10, 99) + " " + r.Between(10, 99) + " " + r.Between(10, 99);
            page.Foot(PageRun.Chrome(NoiseKind.Footer, r.Pick("للتواصل مع التحرير عبر واتساب: ", "أرسل أخبارك ومشاركاتك على الرقم: ", "واتساب الموقع ") + Ink.Isolate(r.Chance(0.3) ? DressingRandom.ToArabicIndic(number) : number, r)));
        }
        if (r.Chance(0.3))
        {
            page.Foot(PageRun.Chrome(NoiseKind.Footer, r.Pick("جميع المواد المنشورة تعبر عن رأي كتابها ولا تمثل بالضرورة رأي الموقع", "موقع مستقل مرخص برقم " + Ink.Digits(r.Between(100, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Chance(0.4) ? 1 : 0) + " لدى هيئة الإعلام", "يُسمح بالنقل مع ذكر المصدر")));
        }
        if (r.Chance(0.45))
        {
            page.Tail(PageRun.Chrome(NoiseKind.Counter, r.Next(4) switch { 0 => "عدد القراءات: " + r.Number(r.Between(12, 9000)), 1 => "📖 " + r.Number(r.Between(12, 9000)), 2 => "شوهد " + r.Number(r.Between(12, 9000)) + " مرة", _ => "القراءات (" + r.Number(r.Between(12, 9000)) + ")" }));
        }
        if (r.Chance(0.35) && page.Others.Title(r) is { } related)
        {
            page.Between(PageRun.Naming(NoiseKind.ReadAlso, [r.Pick("مواضيع قد تهمك: ", "ذو صلة ← ", "طالع كذلك | ", "أخبار ذات علاقة: ") + related], [related]));
        }
        if (r.Chance(0.3))
        {
            var tags = string.Join(r.Pick("، ", " - ", " | "), cities.Where(_ => r.Chance(0.5)).Append(r.Pick(sections)));
            page.Foot(PageRun.Chrome(NoiseKind.Tags, r.Pick("الوسوم: ", "الكلمات الدلالية: ", "Tags: ") + tags));
        }
    }
}
