namespace BlazorReader.Bench.Cleaning.TwentyThird;

// UN agencies' and NGOs' situation reports, and hospital, patient and insurance portals'
// news corners, that carry a news story: sitrep numbers, reporting periods, highlights boxes,
// funding bars, cluster contacts, booking menus, medical disclaimers and feedback prompts.
internal static class ReliefPages
{
    public static void Sitrep(PageSheet page, PageKit k)
    {
        var r = k.R;
        var office = r.Pick("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)", "منظمة الصحة العالمية – المكتب الإقليمي", "برنامج الأغذية العالمي", "مركز الملك سلمان للإغاثة", "الهلال الأحمر", "UNICEF");
        page.Top(CommonChrome.Piece(NoiseKind.Headline, k, $"{r.Pick("تقرير الحالة", "تقرير الوضع", "نشرة الوضع الإنساني", "Situation Report")} {r.Pick("رقم", "رقم:", "#", "No.")} {k.Num(r.Between(2, 60))}"));
        page.Top(CommonChrome.Piece(NoiseKind.Dateline, k, r.Pick(
            $"الفترة المشمولة: {k.DateText(k.Date.AddDays(-r.Between(5, 14)))} – {k.DateText()}",
            $"{k.DateText()}{r.Separator("|", "·")}{r.Pick("الإصدار", "الطبعة")} {k.Num(r.Between(1, 9))}")));
        if (r.Chance(0.5) && page.Count > 0)
        {
            // The highlights box repeats the lead's first sentence under its own label.
            var lead = DressingPools.LeadSentence(page.Paragraphs[0]);
            if (lead.Length >= 20)
            {
                page.Top(new NoisePiece(NoiseKind.Repeat, [k.Scuff(r.Pick("أبرز النقاط", "أهم المستجدات", "Highlights")), $"{r.Pick("• ", "- ", "")}{lead}"]));
            }
        }
        var bar = new string('█', r.Between(2, 8)) + new string('░', r.Between(2, 8));
        var funding = CommonChrome.Piece(NoiseKind.Counter, k, r.Pick(
            $"التمويل المطلوب: {k.Num(r.Between(2, 900))} مليون دولار | المستلم: {k.Num(r.Between(5, 80))}{r.Pick("%", "٪")}",
            $"{bar} {k.Num(r.Between(5, 80))}{r.Pick("%", "٪")} {r.Pick("ممول", "من النداء")}",
            $"الأشخاص المحتاجون: {k.Num(r.Between(100, 9000))} ألف · المستهدفون: {k.Num(r.Between(50, 900))} ألف"));
        page.Above(Math.Min(page.Count, r.Between(0, 2)), funding);
        page.Bottom(CommonChrome.Piece(NoiseKind.Signature, k, r.Pick("للتواصل", "جهات الاتصال", "لمزيد من المعلومات"),
            $"{k.Person()}، {r.Pick("مسؤول الإعلام", "منسق المجموعة", "مسؤولة التواصل")}{r.Separator("|", "،")}{r.Letters(r.Between(4, 8), "abcdefghijklmnop")}@{r.Pick("un.org", "who.int", "wfp.org", "ksrelief.org")}"));
        page.Bottom(CommonChrome.Piece(NoiseKind.Footer, k, r.Pick(
            $"أُعدّ هذا التقرير من قبل {office} بالتعاون مع الشركاء في المجال الإنساني.",
            $"{office} | {r.Pick("تنسيق الاستجابة الإنسانية", "ينقذ الأرواح")}",
            "التسميات المستخدمة في هذا التقرير لا تعني التعبير عن أي رأي بشأن الوضع القانوني لأي بلد.")));
        if (r.Chance(0.4))
        {
            page.Bottom(CommonChrome.Piece(NoiseKind.MoreLink, k, $"{r.Pick("التقرير الكامل", "لوحة البيانات")}: {r.Pick("reliefweb.int/report/", "www.unocha.org/", "response.ksrelief.org/")}{r.Between(100000, 999999)}"));
        }
    }

    public static void PatientPortal(PageSheet page, PageKit k)
    {
        var r = k.R;
        var site = r.Pick("مدينة الملك فهد الطبية", "مستشفى الملك فيصل التخصصي", "بوابة موعد", "تطبيق صحتي", "بوبا العربية", "التعاونية للتأمين");
        page.Top(CommonChrome.Piece(NoiseKind.Headline, k, $"{site}{r.Separator("|", "›", "-")}{r.Pick("ركن الأخبار", "المركز الإعلامي", "أخبار صحية", "التوعية الصحية")}"));
        if (k.Title.Length >= 3 && r.Chance(0.7))
        {
            page.Top(CommonChrome.Headline(k));
        }
        if (r.Chance(0.6))
        {
            page.Top(CommonChrome.Piece(NoiseKind.Footer, k, $"{r.Pick("احجز موعداً", "مواعيدي")} | {r.Pick("نتائج التحاليل", "تقاريري")} | {r.Pick("وصفاتي الطبية", "الإجازات المرضية")} | {r.Pick("ابحث عن طبيب", "فروعنا")}"));
        }
        page.Top(CommonChrome.Piece(NoiseKind.Dateline, k, $"{r.Pick("آخر تحديث", "تاريخ الخبر", "نُشر")}: {k.DateText()}{r.Pick("", " - " + k.Time())}"));
        page.Bottom(CommonChrome.Piece(NoiseKind.Share, k, r.Pick(
            "هل كانت هذه الصفحة مفيدة؟ نعم | لا",
            $"هل وجدت ما تبحث عنه؟ 👍 {k.Num(r.Between(1, 300))}  👎 {k.Num(r.Between(0, 40))}",
            "قيّم المحتوى ★★★★☆")));
        if (r.Chance(0.7))
        {
            page.Bottom(CommonChrome.Piece(NoiseKind.Footer, k, r.Pick(
                "المعلومات الواردة للتوعية العامة ولا تغني عن استشارة الطبيب المختص.",
                $"في الحالات الطارئة اتصل بالرقم {r.Pick("997", "٩٩٧", "911")}{r.Pick("", " فوراً")} — هذا المحتوى ليس بديلاً عن التشخيص.",
                $"© {site} {k.Plain(r.Between(2013, 2015))}")));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(CommonChrome.Piece(NoiseKind.Footer, k, $"{r.Pick("حمّل التطبيق", "متوفر على")}: App Store | Google Play{r.Pick("", " | AppGallery")}"));
        }
    }
}
