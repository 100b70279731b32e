namespace BlazorReader.Bench.Cleaning.Fifteenth;

// The listings portals set beside their news: tenders, vacancies and events, each with its
// dates, venue and button, as a side box among the paragraphs or a block after the story.
// They advertise other pages, not other stories, so they are the page's chrome, and their
// «see all» line is a more-link.
internal static class SideListings
{
    private static readonly string[] Tenders = ["توريد أجهزة حاسب آلي", "صيانة وتشغيل المباني", "تنفيذ أعمال سفلتة وإنارة", "توريد مستلزمات طبية", "تقديم خدمات النظافة", "إنشاء حدائق عامة"];

    private static readonly string[] Jobs = ["محاسب", "مهندس مدني", "أخصائي موارد بشرية", "مطوّر تطبيقات", "ممرض/ة", "مندوب مبيعات", "سكرتير تنفيذي"];

    private static readonly string[] Events = ["معرض الكتاب", "ملتقى ريادة الأعمال", "مهرجان التمور", "ليالي الشتاء", "مؤتمر التقنية المالية", "بطولة الرماية"];

    private static readonly string[] Venues = ["مركز المعارض", "قاعة المؤتمرات الكبرى", "الواجهة البحرية", "حديقة الملك عبدالله", "مركز الأمير سلطان الحضاري"];

    public static void Dress(PageDraft page, DressingRandom r, StorySubject subject)
    {
        var day = PageWords.Day(r, page.Article.PublishedAt);
        var kinds = Enumerable.Range(0, 3).OrderBy(_ => r.Next(10)).Take(r.Between(1, 2));
        foreach (var kind in kinds)
        {
            if (kind == 2 && subject.Grief)
            {
                continue; // no evening of entertainment beside a story of deaths
            }
            var box = kind switch
            {
                0 => Tender(r, day),
                1 => Job(r, day),
                _ => Event(r, day),
            };
            var where = r.Next(4);
            if (where == 0)
            {
                page.AddBetween(r, NoiseKind.Footer, box);
                continue;
            }
            var zone = where == 1 ? Zone.Top : where == 2 ? Zone.Tail : Zone.Footer;
            page.Add(zone, NoiseKind.Footer, box);
            if (r.Chance(0.5))
            {
                var more = box[0].Contains("وظائف", StringComparison.Ordinal) ? r.Pick("عرض كل الوظائف", "المزيد من الوظائف ←")
                    : box[0].Contains("فعاليات", StringComparison.Ordinal) || box[0].Contains("أجندة", StringComparison.Ordinal) ? r.Pick("المزيد من الفعاليات »", "كل الفعاليات")
                    : r.Pick("جميع المناقصات ←", "تصفّح كل المنافسات");
                page.Add(zone, NoiseKind.MoreLink, [more]);
            }
        }
    }

    private static List<string> Tender(DressingRandom r, DateOnly day) =>
    [
        r.Pick("مناقصات", "منافسات حكومية", "📋 مناقصات اليوم"),
        $"{r.Pick("منافسة", "مناقصة")} رقم {PageWords.Digits(r, $"{r.Between(10, 400)}/{day.Year}")}{r.Separator("–", ":")}{r.Pick(Tenders)}",
        $"{r.Pick("آخر موعد لتقديم العروض", "آخر موعد", "تاريخ الإغلاق")}: {PageWords.ArabicDate(r, day.AddDays(r.Between(10, 40)))}{r.Pick("", $" — قيمة الكراسة {r.Number(r.Pick(500, 1000, 2500))} ريال")}",
    ];

    private static List<string> Job(DressingRandom r, DateOnly day) =>
    [
        r.Pick("وظائف شاغرة", "فرص وظيفية", "💼 وظائف"),
        $"{r.Pick(Jobs)} — {r.Pick(DressingPools.Cities)} — {r.Pick("دوام كامل", "عقد سنوي", "عن بُعد")}",
        $"التقديم حتى {PageWords.ArabicDate(r, day.AddDays(r.Between(5, 30)))} {r.Pick("[قدّم الآن]", "قدّم الآن ←", "")}".TrimEnd(),
    ];

    private static List<string> Event(DressingRandom r, DateOnly day) =>
    [
        r.Pick("فعاليات", "فعاليات الأسبوع", "📅 أجندة المدينة"),
        $"{r.Pick(Events)} — {r.Pick(Venues)}، {r.Pick(DressingPools.Cities)}",
        $"{PageWords.ArabicDate(r, day.AddDays(r.Between(2, 25)))} {r.Pick("| ٤ م – ١١ م", "| من ٥ مساءً", "")} {r.Pick("احجز الآن", "[احجز تذكرتك]", "الدخول مجاني")}",
    ];
}
