using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// A traffic or civil-defence incident feed that a news item was copied from: incident
// numbers, status chips, closed lanes, «آخر تحديث» stamps. The story's own hour of the
// call-out and the numbers of injured are told in sentences and stay body.
internal static class IncidentFeed
{
    public static void Dress(PageDraft page)
    {
        var r = page.R;
        var id = r.Next(3) switch
        {
            0 => $"INC-{page.Date.Year}-{r.Between(1000, 99999):000000}",
            1 => $"بلاغ رقم {Digits(r, N(r.Between(10000, 999999)))}",
            _ => $"#{Digits(r, N(r.Between(100, 9999)))} {r.Pick("حادث مروري", "حريق", "احتجاز", "تسرب غاز")}",
        };
        var status = r.Pick("● قيد المعالجة", "✓ تم الإغلاق", "⚠ نشط", "◐ تحت السيطرة", "الحالة: مباشَر", "[مغلق]");
        List<string> chip = r.Chance(0.5) ? [Row(r, id, status)] : [id, status];
        page.Noise(0, NoiseKind.Footer, chip, first: r.Chance(0.5));
        if (r.Chance(0.55))
        {
            var lanes = r.Next(3) switch
            {
                0 => $"المسارات المغلقة: {Digits(r, N(r.Between(1, 3)))} من {Digits(r, N(r.Between(3, 5)))} — باتجاه {r.Pick(DressingPools.Cities)}",
                1 => $"الطريق: {r.Pick("طريق الملك فهد", "الدائري الشرقي", "طريق مكة السريع", "طريق الخرج")} | {r.Pick("إغلاق جزئي", "تحويلة", "حركة بطيئة")}",
                _ => $"🚧 {r.Pick("المسار الأيمن مغلق", "المسار الأوسط مغلق", "جميع المسارات مغلقة")} · {r.Pick("تأخير متوقع", "زحام")} {Digits(r, N(r.Between(5, 45)))} د",
            };
            page.Noise(r.Chance(0.5) ? 0 : page.Inside(), NoiseKind.Footer, lanes);
        }
        var when = page.Date.AddMinutes(r.Between(5, 200));
        var stamp = r.Next(3) switch
        {
            0 => $"آخر تحديث: {Clock(r, when)}{r.Pick(" • منذ " + Digits(r, N(r.Between(2, 50))) + " دقيقة", "")}",
            1 => $"تم التحديث {Date(r, when)} - {Clock(r, when)}",
            _ => $"↻ {r.Pick("حُدّث", "تحديث")} {Clock(r, when)}",
        };
        page.Noise(r.Chance(0.5) ? 0 : page.End, NoiseKind.Dateline, stamp);
        if (r.Chance(0.4))
        {
            var units = r.Between(2, 9);
            page.Noise(page.End, NoiseKind.Counter, Row(r, $"الفرق المباشرة: {Digits(r, N(units))}", $"البلاغات اليوم: {Digits(r, N(r.Between(20, 400)))}"));
        }
        if (r.Chance(0.45))
        {
            var source = r.Pick("المديرية العامة للدفاع المدني", "الإدارة العامة للمرور", "الهلال الأحمر السعودي");
            page.Noise(page.End, NoiseKind.Credit, r.Pick("المصدر: ", "عن ", "بيان ") + source, credit: source);
        }
        if (r.Chance(0.5))
        {
            page.Story(page.Inside(), r.Pick(
                $"وتلقت غرفة العمليات البلاغ عند الساعة {Digits(r, $"{page.Date.Hour}:{page.Date.Minute:00}")} وباشرته الفرق على الفور.",
                $"وأسفر الحادث عن إصابة {Digits(r, N(r.Between(2, 9)))} أشخاص نقلوا إلى المستشفى.",
                "الحالة: مستقرة، بحسب ما أكده المتحدث.",
                $"وأُغلق المسار الأيمن لمدة {Digits(r, N(r.Between(20, 90)))} دقيقة قبل أن يعاد فتحه."));
        }
    }
}
