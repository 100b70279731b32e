namespace BlazorReader.Bench.Cleaning.TwentyThird;

// Think-tank and research-centre pages, and stock brokers' research notes, carrying a news
// story as their text: series kickers, executive-summary labels, download boxes, suggested
// citations, rating boxes, target prices and disclaimers.
internal static class ResearchPages
{
    public static void ThinkTank(PageSheet page, PageKit k)
    {
        var r = k.R;
        var centre = r.Pick("مركز الخليج للأبحاث", "مركز الملك فيصل للبحوث والدراسات", "مركز الدراسات الاستراتيجية", "معهد السياسات العامة", "مركز رؤى للدراسات");
        page.Top(CommonChrome.Piece(NoiseKind.Headline, k, $"{r.Pick("أوراق سياسات", "تقدير موقف", "تحليلات", "قراءات")}{r.Separator("|", "·", "-")}{r.Pick("العدد", "رقم")} {k.Num(r.Between(3, 140))}"));
        if (k.Title.Length >= 3)
        {
            page.Top(CommonChrome.Headline(k));
        }
        page.Top(r.Chance(0.5)
            ? CommonChrome.Piece(NoiseKind.Byline, k, $"{r.Pick("إعداد", "الباحث", "تأليف")}: {r.Pick("د. ", "أ. ", "")}{k.Person()}", $"{r.Pick("باحث أول", "زميل غير مقيم", "مدير البرنامج الاقتصادي")} في {centre}")
            : CommonChrome.Byline(k));
        page.Top(CommonChrome.Piece(NoiseKind.Dateline, k, $"{r.Pick("تاريخ النشر", "نُشر في", "صدر بتاريخ")}: {k.DateText()}"));
        if (r.Chance(0.6))
        {
            page.Top(CommonChrome.Piece(NoiseKind.Headline, k, r.Pick("ملخص تنفيذي", "الملخص التنفيذي", "Executive Summary", "ملخص الورقة")));
        }
        var size = DressingRandom.ToArabicIndic($"{r.Between(1, 9)}.{r.Between(1, 9)}");
        page.Bottom(CommonChrome.Piece(NoiseKind.MoreLink, k, r.Pick(
            $"تحميل الدراسة {r.Pick("PDF", "(PDF)")} – {size} م.ب",
            $"⬇ {r.Pick("تنزيل", "حمّل")} النص الكامل للورقة ({k.Num(r.Between(8, 60))} صفحة)",
            $"اقرأ الدراسة كاملة{r.Separator("|", "←")}PDF")));
        if (r.Chance(0.6))
        {
            page.Bottom(CommonChrome.Piece(NoiseKind.Footer, k, r.Pick("للاقتباس", "الاقتباس المقترح", "طريقة الاستشهاد") + ":",
                $"{k.Person()}، «{Cut(k.Title)}»، {centre}، {k.DateText()}."));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(CommonChrome.Piece(NoiseKind.Counter, k, $"{r.Pick("التنزيلات", "عدد مرات التحميل", "قراءات")}: {k.Num(r.Between(30, 12000))}"));
        }
        if (r.Chance(0.4))
        {
            page.Bottom(CommonChrome.Piece(NoiseKind.Footer, k, $"الآراء الواردة في {r.Pick("هذه الورقة", "هذا التحليل")} تعبر عن {r.Pick("كاتبها", "رأي الباحث")} ولا تعكس بالضرورة موقف {centre}."));
        }
        if (CommonChrome.TeaserBlock(k, r.Pick("إصدارات ذات صلة", "من إصدارات المركز", "أوراق أخرى في السلسلة")) is { } more)
        {
            page.Bottom(more);
        }
    }

    public static void BrokerNote(PageSheet page, PageKit k)
    {
        var r = k.R;
        var house = r.Pick("الراجحي المالية", "الأهلي كابيتال", "جدوى للاستثمار", "الجزيرة كابيتال", "السعودي الفرنسي كابيتال", "Riyad Capital");
        page.Top(CommonChrome.Piece(NoiseKind.Headline, k, $"{house}{r.Separator("|", "–")}{r.Pick("مذكرة بحثية", "تحديث سريع", "نظرة على القطاع", "Research Note")}"));
        page.Top(CommonChrome.Piece(NoiseKind.Dateline, k, r.Pick($"{k.DateText()} | {k.Time()}", $"التاريخ: {k.DateText()}", $"{k.DateText()}")));
        var price = $"{r.Between(12, 180)}.{r.Between(0, 99):00}";
        var box = new[]
        {
            $"التوصية: {r.Pick("شراء", "زيادة المراكز", "محايد", "احتفاظ", "خفض المراكز")}",
            $"السعر المستهدف: {r.Pick(price, DressingRandom.ToArabicIndic(price))} {r.Pick("ر.س", "ريال", "SAR")}",
            $"العائد المتوقع: {k.Num(r.Between(3, 35))}{r.Pick("%", "٪")}",
        };
        var boxLines = r.Chance(0.5) ? [string.Join(r.Pick(" | ", "  ", " · "), box)] : box;
        var rating = CommonChrome.Piece(NoiseKind.Counter, k, boxLines);
        if (r.Chance(0.6))
        {
            page.Top(rating);
        }
        else
        {
            page.Above(Math.Min(page.Count, r.Between(1, 2)), rating);
        }
        page.Bottom(CommonChrome.Piece(NoiseKind.Byline, k, r.Pick(
            $"المحلل: {k.Person()}، {r.Pick("CFA", "محلل أول", "رئيس الأبحاث")}",
            $"{k.Person()}{r.Separator("|", "-")}{r.Pick("إدارة الأبحاث", "فريق الأبحاث والمشورة")}")));
        if (r.Chance(0.5))
        {
            page.Bottom(CommonChrome.Piece(NoiseKind.Signature, k, $"{r.Pick("للتواصل", "البريد")}: research{r.Between(1, 9)}@{r.Pick("capital.com.sa", "invest.sa", "brokerage.sa")}"));
        }
        page.Bottom(CommonChrome.Piece(NoiseKind.Footer, k, r.Pick(
            $"إخلاء مسؤولية: هذا التقرير لأغراض إعلامية فقط ولا يعد توصية بالشراء أو البيع. {house} مرخصة من هيئة السوق المالية.",
            "تنويه: الأداء السابق لا يضمن النتائج المستقبلية.",
            $"{house} – ترخيص هيئة السوق المالية رقم {k.Plain(r.Between(10000, 99999))}-{k.Plain(r.Between(10, 99))}")));
    }

    private static string Cut(string title) => title.Length > 60 ? title[..60] + "…" : title;
}
