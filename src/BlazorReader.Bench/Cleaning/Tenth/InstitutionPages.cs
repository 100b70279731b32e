namespace BlazorReader.Bench.Cleaning.Tenth;

// The story re-posted by institutions and translators: a fatwa and religious-guidance site,
// a university's news page, a ministry's press page, and a copy translated from English that
// kept some of the English page's chrome.
public static class InstitutionPages
{
    private static readonly string[] Tools = ["طباعة", "أرسل لصديق", "حفظ", "PDF", "نسخ الرابط"];
    private static readonly string[] Portal = ["البوابة الإلكترونية", "البريد الجامعي", "دليل الهاتف", "خريطة الموقع"];

    public static void Fatwa(TenthPage page, TenthStory s, DressingRandom r)
    {
        var hijri = $"{Stamp.N(r.Between(1, 29))} {r.Pick("شوال", "رمضان", "ذو القعدة", "محرم", "صفر", "ربيع الأول")} {Stamp.N(r.Between(1436, 1447))} هـ";
        page.Top(page.Piece(NoiseKind.Dateline, Stamp.Digits(r, $"{r.Pick("تاريخ النشر", "التاريخ", "نشر بتاريخ")}: {hijri}{r.Pick("", " - " + s.Day.ToString("yyyy/M/d", System.Globalization.CultureInfo.InvariantCulture) + " م")}")));
        page.Top(page.Piece(NoiseKind.Counter, $"{r.Pick("رقم", "رقم المادة", "رقم الفتوى")}: {r.Number(r.Between(1000, 400_000))}{r.Pick("", "  |  " + r.Pick("مرات القراءة", "الزيارات") + ": " + Stamp.Count(r))}"));
        page.Tail(page.Piece(NoiseKind.Share, string.Join(r.Pick(" | ", "  ", " - "), Tools.OrderBy(_ => r.Next(9)).Take(r.Between(2, 4)))));
        if (r.Chance(0.5))
        {
            page.Tail(page.Piece(NoiseKind.Footer, $"{r.Pick("جميع الحقوق محفوظة", "حقوق الطبع محفوظة")} {r.Pick("لموقع", "لـ")} {r.Pick("الإرشاد", "الفتاوى", "دار الإفتاء", "الأوقاف")}{r.Pick("", " " + Stamp.Digits(r, Stamp.N(r.Between(1998, 2026))))}"));
        }
    }

    public static void University(TenthPage page, TenthStory s, DressingRandom r)
    {
        var uni = r.Pick("جامعة السلطان قابوس", "جامعة قطر", "جامعة الكويت", "جامعة بغداد", "جامعة صلاح الدين", "جامعة طرابلس", "جامعة نواكشوط العصرية", "جامعة الموصل");
        page.Top(page.Piece(NoiseKind.Byline, $"{r.Pick("المركز الإعلامي", "إدارة العلاقات العامة والإعلام", "قسم الإعلام", "مكتب الاتصال")}{r.Separator("-", "|", "/")}{uni}"));
        page.Top(page.Piece(NoiseKind.Dateline, $"{r.Pick("نشر في", "آخر تحديث", "تاريخ الخبر")}: {s.Date(r)}"));
        page.Tail(page.Piece(NoiseKind.Footer, $"© {Stamp.Digits(r, Stamp.N(r.Between(2015, 2026)))} {uni}{r.Pick(". جميع الحقوق محفوظة", " - عمادة تقنية المعلومات", "")}",
            string.Join(" | ", Portal.Take(r.Between(2, 4)))));
    }

    // Breadcrumbs and the «was this page useful» widget of government portals.
    public static void Ministry(TenthPage page, TenthStory s, DressingRandom r)
    {
        var ministry = r.Pick("وزارة الإعلام", "وزارة الداخلية", "وزارة الصحة", "وزارة التربية", "وزارة الخارجية", "الأمانة العامة لمجلس الوزراء");
        var sep = r.Pick(" › ", " > ", " / ", " » ", " ← ");
        page.Head(page.Piece(NoiseKind.Tags, string.Join(sep, new[] { r.Pick("الرئيسية", "Home"), r.Pick("المركز الإعلامي", "الأخبار"), r.Pick("أخبار الوزارة", "البيانات الصحفية", "أخبار") })));
        page.Top(page.Piece(NoiseKind.Byline, $"{ministry}{r.Pick("", " - " + s.Outlet.Country)}"));
        page.Tail(page.Piece(NoiseKind.Footer, r.Chance(0.5)
            ? [r.Pick("هل كانت هذه الصفحة مفيدة؟", "هل كان المحتوى مفيداً؟"), r.Pick("نعم  لا", "نعم | لا", "👍 نعم 👎 لا")]
            : [$"{r.Pick("آخر تعديل", "تاريخ آخر تحديث")}: {s.Date(r)}", $"{r.Pick("عدد الزوار", "الزوار")}: {Stamp.Count(r, 5_000_000)}"]));
    }

    // English chrome a translation left: the original credit, a caption, a share prompt.
    public static void Translated(TenthPage page, TenthStory s, DressingRandom r)
    {
        var original = r.Pick("The Guardian", "Reuters", "Bloomberg", "Al-Monitor", "The National", "Middle East Eye", "Financial Times");
        var credit = r.Pick($"{r.Pick("ترجمة", "ترجمة وتحرير", "ترجمة خاصة")}: {s.Paper}{r.Pick("", " - المصدر: " + original)}",
            $"{r.Pick("This article was translated from", "Originally published in", "Translated from")} {original}",
            $"{r.Pick("المقال الأصلي", "النص الأصلي")}{r.Pick(" (بالإنجليزية)", "")}: {original}");
        page.Bottom(page.Piece(NoiseKind.Credit, credit) with { Credit = original });
        if (r.Chance(0.5))
        {
            page.Between(page.Piece(NoiseKind.Caption, $"{r.Pick("Photo", "Image", "Picture")}: {r.Pick(DressingPools.LatinAgencies)}{r.Pick("", " via " + original, "/" + r.Pick(DressingPools.LatinLast))}"));
        }
        if (r.Chance(0.5))
        {
            page.Tail(page.Piece(NoiseKind.Share, r.Pick("Share this:", "Share this article", "Share on Facebook  Share on Twitter", "Click to share") + r.Pick("", " ✉", " (Opens in new window)")));
        }
        if (r.Chance(0.4))
        {
            var words = r.Pick("Read more:", "Read the original article", "Continue reading on", "Read more at");
            page.Tail(new NoisePiece(NoiseKind.MoreLink, TenthStory.WrapLink($"{words} {r.Pick(original, s.Outlet.Link(r))}", r)));
        }
    }
}
