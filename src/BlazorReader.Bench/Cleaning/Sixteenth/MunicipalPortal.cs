using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Sixteenth;

// The story on a Saudi municipal or regional portal's media centre: the body's name, the
// page tools, the news number, Hijri and Gregorian dates and visits, then «was this page
// useful?», the portal's own service numbers (chrome, unlike a hotline the story gives),
// related news and the rights line.
internal static class MunicipalPortal
{
    private static readonly string[] Bodies =
    [
        "أمانة منطقة الرياض", "أمانة محافظة جدة", "بلدية محافظة الخرج", "إمارة منطقة القصيم", "أمانة المنطقة الشرقية", "بلدية محافظة الزلفي",
        "أمانة منطقة عسير", "إمارة منطقة تبوك", "أمانة العاصمة المقدسة",
    ];

    private static readonly UmAlQuraCalendar Calendar = new();

    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    public static void Write(Page page)
    {
        var r = page.R;
        var body = r.Pick(Bodies);
        if (r.Chance(0.7))
        {
            page.Add(new NoisePiece(NoiseKind.Credit, [body + r.Pick("", " - المركز الإعلامي", " | الأخبار", " › المركز الإعلامي")]) { Credit = body });
        }
        if (r.Chance(0.4))
        {
            page.Add(NoiseKind.Share, r.Pick("تكبير الخط | تصغير الخط | طباعة", "A+ A- طباعة إرسال", "🖨 طباعة  ✉ إرسال لصديق", "حجم الخط: أ أ أ"));
        }
        if (page.Title.Length > 0 && r.Chance(0.6))
        {
            page.Add(NoiseKind.Headline, page.Title);
        }
        var pieces = new List<(NoiseKind Kind, string Line)>();
        if (r.Chance(0.5))
        {
            pieces.Add((NoiseKind.Counter, r.Pick("رقم الخبر: ", "رقم الخبر ", "News No. ") + r.Number(r.Between(1000, 60000))));
        }
        if (r.Chance(0.7))
        {
            pieces.Add((NoiseKind.Dateline, r.Pick("تاريخ الخبر: ", "التاريخ: ", "") + Hijri(Dates.Of(page), r) + r.Pick(" الموافق ", " - ", " | ") + Dates.Any(Dates.Of(page), r)));
        }
        if (r.Chance(0.5))
        {
            pieces.Add((NoiseKind.Counter, r.Pick("عدد المشاهدات: ", "عدد الزيارات ", "القراءات: ", "👁 ") + r.Number(r.Between(12, 40000))));
        }
        if (pieces.Count > 1 && r.Chance(0.4))
        {
            // One bar of the page: the pieces on one line, each still its own kind.
            var line = string.Join(r.Pick(" | ", "  ", " - "), pieces.Select(p => p.Line));
            page.Plain(line);
            pieces.ForEach(p => page.Noise.Add(new NoisePiece(p.Kind, [p.Line])));
        }
        else
        {
            pieces.ForEach(p => page.Add(p.Kind, p.Line));
        }
        StoryWriter.Write(page);
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Share, r.Pick("هل كانت هذه الصفحة مفيدة؟ نعم لا", "هل كان المحتوى مفيداً؟", "Was this page helpful? Yes No", "قيّم هذه الصفحة"));
        }
        if (r.Chance(0.5) && OtherStories.Titles(page, r.Between(1, 3)) is { Count: > 0 } related)
        {
            page.Add(new NoisePiece(NoiseKind.Teaser, [r.Pick("أخبار ذات علاقة", "أخبار مشابهة", "الأخبار ذات الصلة"), .. related]) { Teasers = related });
        }
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Footer, r.Pick("بلاغات ", "مركز البلاغات ", "الرقم الموحد ") + r.Number(940) + r.Pick("", " | تطبيق بلدي", " - خدمة العملاء"));
        }
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Footer, "جميع الحقوق محفوظة " + r.Pick("لـ", "© ") + body + " " + Dates.Year(Calendar.GetYear(Dates.Of(page).ToDateTime(TimeOnly.MinValue)), r) + "هـ");
        }
    }

    // The story's own date in the Umm al-Qura calendar the portals print beside the Gregorian.
    private static string Hijri(DateOnly date, DressingRandom r)
    {
        var at = date.ToDateTime(TimeOnly.MinValue);
        return Dates.Year(Calendar.GetDayOfMonth(at), r) + " " + HijriMonths[Calendar.GetMonth(at) - 1] + " " + Dates.Year(Calendar.GetYear(at), r) + r.Pick("هـ", " هـ", "");
    }
}
