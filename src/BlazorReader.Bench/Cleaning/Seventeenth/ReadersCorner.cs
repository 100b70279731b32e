namespace BlazorReader.Bench.Cleaning.Seventeenth;

// Side boxes a paper sets beside a story: readers' letters (a title and who sent it), «on
// this day» from its own archive (a past year before each title), and listings of films and
// events. Letters and archive items are other stories: Teaser boxes that list them.
internal static class ReadersCorner
{
    private static readonly string[] Films = ["ليلة في الصحراء", "العودة", "آخر القوافل", "حكاية مدينة", "الطريق إلى البحر", "صيف لا ينسى", "رجال الظل", "مهمة مستحيلة", "الأسد الملك", "سر الجزيرة"];

    private static readonly string[] Halls = ["الصالة ١", "صالة 3", "قاعة الأمير", "IMAX", "المسرح الكبير", "قاعة المؤتمرات"];

    public static void Add(PageDraft page, DressingRandom r)
    {
        var box = r.Next(3) switch
        {
            0 => Letters(page, r),
            1 => OnThisDay(page, r),
            _ => Listings(page, r),
        };
        if (box is not null)
        {
            (r.Chance(0.7) ? page.Tail : page.Under).Add(box);
        }
    }

    private static Segment? Letters(PageDraft page, DressingRandom r)
    {
        var titles = page.Others.Titles(r, r.Between(2, 4));
        if (titles.Count == 0)
        {
            return null;
        }
        var lines = new List<string> { Marks.Stretch(r.Pick("بريد القراء", "رسائل إلى المحرر", "آراء القراء", "صوت القارئ", "قالوا لـ«الصحيفة»"), r) };
        foreach (var t in titles)
        {
            lines.Add(Marks.Bullet(r) + t);
            if (r.Chance(0.8))
            {
                lines.Add(r.Pick("— ", "بقلم القارئ: ", "رسالة من: ", "") + DressingPools.PersonName(r) + r.Pick("، ", " - ", " (") + r.Pick(DressingPools.Cities) + r.Pick("", "", ")"));
            }
        }
        if (r.Chance(0.4))
        {
            lines.Add(r.Pick("أرسل رسالتك إلى بريد القراء", "شاركنا رأيك عبر بريد القراء", "لنشر رسالتك راسلنا على ") + r.Pick("", " readers@" + Links.Host(r)));
        }
        return Segment.Furniture(NoiseKind.Teaser, lines, titles);
    }

    private static Segment? OnThisDay(PageDraft page, DressingRandom r)
    {
        var titles = page.Others.Titles(r, r.Between(2, 4));
        if (titles.Count == 0)
        {
            return null;
        }
        var lines = new List<string> { r.Pick("حدث في مثل هذا اليوم", "في مثل هذا اليوم", "من أرشيف الصحيفة: في مثل هذا اليوم", "ذاكرة اليوم") };
        var years = Enumerable.Range(1, 14).OrderBy(_ => r.Next(100)).Take(titles.Count).Order().Select(back => page.When.Year - back).ToList();
        var digits = Stamps.Script(r);
        var sep = r.Pick(": ", " – ", " | ", "م: ");
        lines.AddRange(titles.Select((t, i) => digits(Stamps.N(years[i])) + sep + t));
        return Segment.Furniture(NoiseKind.Teaser, lines, titles);
    }

    private static Segment Listings(PageDraft page, DressingRandom r)
    {
        var cinema = r.Chance(0.5);
        var lines = new List<string> { cinema ? r.Pick("دليل السينما", "يعرض الآن في الصالات", "أفلام الأسبوع") : r.Pick("فعاليات اليوم", "أجندة المدينة", "ماذا يحدث هذا الأسبوع") };
        var count = r.Between(2, 4);
        for (var i = 0; i < count; i++)
        {
            var time = Stamps.Digits($"{Stamps.N(r.Between(16, 23))}:{Stamps.N2(r.Pick(0, 30))}", r);
            lines.Add(cinema
                ? Marks.Bullet(r) + r.Pick(Films) + r.Pick(" — ", " | ", " - ") + r.Pick(Halls) + r.Pick(" — ", " | ", " ") + time
                : Marks.Bullet(r) + r.Pick("أمسية شعرية", "معرض الكتاب", "مهرجان الصيف", "ندوة ثقافية", "بطولة الأحياء", "سوق الأسر المنتجة") + r.Pick(" في ", " - ") + r.Pick(DressingPools.Cities) + r.Pick("، ", " | ") + time);
        }
        if (r.Chance(0.5))
        {
            lines.Add(r.Pick("احجز تذكرتك الآن", "للحجز اضغط هنا", "التفاصيل والحجز ←"));
        }
        return Segment.Furniture(NoiseKind.Teaser, lines, []);
    }
}
