namespace BlazorReader.Bench.Cleaning.Eleventh;

// Copies that wear another site's banner or a gate: a search engine's cached copy with its
// «this is a snapshot» notice, a page machine-translated (from French, for many Maghreb papers)
// with its «show original» bar, a paywalled page whose wall stands after the lead while the
// scraper kept the whole text, and a TV channel's site: its menu, live button, lead video,
// the programme credit and what is on next.
internal static class PageBanners
{
    private static readonly string[] Menu = ["الرئيسية", "الأخبار", "البرامج", "البث المباشر", "جدول البرامج", "المذيعون", "فيديو", "رياضة"];

    public static void Cache(Dressing s)
    {
        var r = s.R;
        var address = SourceLines.Link(s);
        var when = $"{CalendarWords.Day(s.When.AddDays(r.Between(1, 40)), s)} {CalendarWords.Time(s.When, s)}";
        var lines = new List<string>
        {
            $"هذه {r.Pick("هي النسخة المخبأة", "نسخة مخزنة مؤقتاً", "نسخة محفوظة")} من {address}. {r.Pick("وهي لقطة للصفحة كما ظهرت في", "تم التقاطها في")} {when}{r.Pick(" بتوقيت غرينتش.", " GMT.", ".")}",
        };
        lines.AddRange(new[] { r.Pick("ربما تغيرت الصفحة الحالية في الوقت الحالي.", "قد تكون الصفحة قد تغيرت منذ ذلك الحين. مزيد من المعلومات"),
            r.Pick("الإصدار الكامل  الإصدار النصي فقط  عرض المصدر", "النسخة النصية فقط", "Full version | Text-only version | View source") }.Take(r.Between(0, 2)));
        s.Sheet.Put(new Spot(Zone.Above, Order: Order.Start), NoiseKind.Footer, [.. lines]);
    }

    public static void Translated(Dressing s)
    {
        var r = s.R;
        var maghreb = s.Outlet.Country is Country.Algeria or Country.Tunisia or Country.Morocco;
        var from = maghreb && r.Chance(0.8) ? "الفرنسية" : r.Pick("الإنجليزية", "الفرنسية", "التركية");
        string[] banner = [$"تمت ترجمة هذه الصفحة{r.Pick("", " آلياً", " تلقائياً")} من {from}{r.Pick("", " إلى العربية")}",
            r.Pick("عرض الأصل", "إظهار النص الأصلي", "النص الأصلي", "Show original"), r.Pick("قيّم هذه الترجمة", "ترجمة آلية - قد تحتوي على أخطاء", "خيارات ▾")];
        s.Sheet.Put(new Spot(Zone.Above, Order: Order.Start), NoiseKind.Footer, banner[..r.Between(1, 3)]);
        if (r.Chance(0.3))
        {
            s.Sheet.Put(new Spot(Zone.Tail), NoiseKind.Footer, r.Pick("النص الأصلي", "Original text"), r.Pick("ساهم بترجمة أفضل", "Contribute a better translation"));
        }
    }

    public static void Paywall(Dressing s)
    {
        var r = s.R;
        var price = s.Digits(CalendarWords.Inv(r.Pick(1, 2, 3, 5, 10, 15, 29, 49)));
        string[] wall = [r.Pick("🔒 للمشتركين فقط", "هذا المحتوى حصري للمشتركين", "محتوى مدفوع", "Premium", "للمشتركين فقط"),
            $"اشترك الآن لمتابعة القراءة {r.Pick("بـ", "مقابل ")}{price} {s.Outlet.Currency} {r.Pick("شهرياً", "في الشهر", "فقط")}",
            r.Pick("لديك اشتراك؟ سجّل الدخول", "تسجيل الدخول", "اشترك الآن", "جرّب مجاناً لمدة شهر")];
        var gap = s.Sheet.Count >= 3 ? r.Between(1, 2) : s.LastGap;
        s.Sheet.Put(new Spot(Zone.Gap, gap, Order.Start), NoiseKind.MoreLink, wall[..r.Between(1, 3)]);
        if (r.Chance(0.4))
        {
            s.Sheet.Put(new Spot(Zone.Head, Order: Order.Start), NoiseKind.Tags, r.Pick("محتوى مميز", "حصري للمشتركين", "PREMIUM", "⭐ مميز"));
        }
        if (r.Chance(0.3))
        {
            s.Sheet.Put(new Spot(Zone.Foot), NoiseKind.Footer, $"هذا المقال متاح لمشتركي {s.OutletName()} فقط");
        }
    }

    public static void Channel(Dressing s)
    {
        var r = s.R;
        var menu = Menu.OrderBy(_ => r.Next(100)).Take(r.Between(3, 5));
        if (r.Chance(0.6))
        {
            s.Sheet.Put(new Spot(Zone.Above, Order: Order.Start), NoiseKind.Tags, string.Join(r.Pick(" | ", "  ", " • "), menu));
        }
        if (r.Chance(0.5))
        {
            s.Sheet.Put(new Spot(r.Chance(0.5) ? Zone.Above : Zone.Head), NoiseKind.MoreLink, r.Pick("شاهد البث المباشر", "🔴 البث المباشر", "مباشر الآن", "LIVE", "البث الحي ▶"));
        }
        MediaPieces.Video(s, new Spot(Zone.Head));
        var program = Program(s);
        if (r.Chance(0.5))
        {
            var name = s.Outlet.Arabic;
            s.Sheet.Put(new Spot(Zone.Foot), new NoisePiece(NoiseKind.Credit, [$"المصدر{s.Colon()}برنامج «{program}» على {name}"]) { Credit = name });
        }
        if (r.Chance(0.4))
        {
            s.Sheet.Put(new Spot(Zone.Foot), NoiseKind.MoreLink, r.Pick($"شاهد الحلقة كاملة على {s.OutletName()}", "شاهد الحلقة كاملة", $"الحلقة كاملة على منصة {s.Outlet.Latin}+"));
        }
        if (r.Chance(0.5))
        {
            // What is on next: other programmes, a teaser block that names no story.
            s.Sheet.Put(new Spot(Zone.Tail), NoiseKind.Teaser, r.Pick("يعرض الآن", "التالي على الشاشة", "جدول البرامج اليوم", "لاحقاً على " + s.OutletName()),
                $"{CalendarWords.Time(s.When.AddHours(1), s)} {Program(s)}", $"{CalendarWords.Time(s.When.AddHours(2), s)} {Program(s)}");
        }
    }

    private static string Program(Dressing s) =>
        $"{s.R.Pick("صباح", "مساء", "حديث", "ملف", "نبض", "عين", "ستوديو", "مع")} {s.R.Pick("الخير", "الساعة", "الأسبوع", "الناس", "الحدث", "المدينة", Outlets.CountryName(s.Outlet.Country))}";
}
