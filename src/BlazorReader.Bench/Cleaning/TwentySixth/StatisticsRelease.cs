namespace BlazorReader.Bench.Cleaning.TwentySixth;

// A statistics authority's release page carrying the story: release number and reference
// period over it, an indicator table beside it (rows with the annual change), the table's
// notes, download buttons and the authority's contact box under it.
internal static class StatisticsRelease
{
    private static readonly string[] Indicators = ["الرقم القياسي لأسعار المستهلك", "معدل البطالة", "الناتج المحلي الإجمالي الحقيقي", "الصادرات غير النفطية", "مؤشر أسعار الجملة", "عدد المنشآت العاملة"];

    public static void Dress(PageDraft p)
    {
        var r = p.R;
        var quarter = r.Pick("الربع الأول", "الربع الثاني", "يونيو", "النصف الأول");
        p.Head(Chunk.Noise(NoiseKind.Dateline, r.Next(3) switch
        {
            0 => $"النشرة رقم {r.Number(r.Between(10, 90))} · تاريخ الإصدار {Stamps.Date(r, Stamps.DayOf(r, p.Article))}",
            1 => $"الفترة المرجعية: {quarter} {r.Number(2015)} | موعد النشر القادم: {Stamps.Date(r, Stamps.DayOf(r, p.Article).AddDays(90))}",
            _ => $"إصدار {Stamps.Digits(r, $"{r.Between(1, 4)}/2015")} — {Stamps.Date(r, Stamps.DayOf(r, p.Article))}",
        }));
        if (r.Chance(0.7))
        {
            p.Inside(IndicatorTable(r, quarter));
        }
        p.Tail(Chunk.Noise(NoiseKind.Share, r.Pick("تحميل الجدول (XLSX) | تحميل النشرة (PDF) | مشاركة", "⬇ البيانات المفتوحة  ⬇ المنهجية  ⬇ النشرة كاملة", "طباعة · تنزيل CSV · إرسال بالبريد")));
        if (r.Chance(0.6))
        {
            p.Tail(Chunk.Noise(NoiseKind.Footer, "ملاحظات:", r.Pick("(*) بيانات أولية قابلة للتعديل.", "(ر) رقم معدل عن النشرة السابقة."), r.Pick("المصدر: المسوح الميدانية للهيئة.", "الأرقام مقربة إلى أقرب منزلة عشرية.")));
        }
        if (r.Chance(0.5))
        {
            p.Tail(Chunk.Noise(NoiseKind.Counter, $"عدد مرات التحميل: {r.Number(r.Between(40, 9000))}"));
        }
        if (r.Chance(0.5))
        {
            p.Tail(Chunk.Noise(NoiseKind.Signature, "للاستفسارات الإعلامية:", $"إدارة الاتصال المؤسسي · media@{r.Pick("stats", "gastat", "cdsi")}.gov.sa"));
        }
        if (r.Chance(0.4))
        {
            p.Inside(Chunk.Own($"وسجل {r.Pick(Indicators)} تغيراً سنوياً بنسبة {Stamps.Digits(r, $"{r.Between(1, 9)}.{r.Between(0, 9)}")} في المئة خلال {quarter} مقارنة بالفترة نفسها من العام الماضي."));
        }
    }

    // The side table flattened into lines: a heading, one row per indicator, the change column.
    private static Chunk IndicatorTable(DressingRandom r, string quarter)
    {
        var rows = Enumerable.Range(0, r.Between(2, 4)).Select(_ => r.Pick(Indicators)).Distinct()
            .Select(i => r.Next(3) switch
            {
                0 => $"{i}\t{Stamps.Digits(r, $"{r.Between(90, 140)}.{r.Between(0, 9)}")}\t{Stamps.Digits(r, $"{r.Pick("+", "-", "▲", "▼")}{r.Between(0, 9)}.{r.Between(0, 9)}%")}",
                1 => $"{i} | {quarter}: {r.Number(r.Between(100, 900))} | التغير السنوي {Stamps.Digits(r, $"{r.Between(0, 12)}.{r.Between(0, 9)}")}٪",
                _ => $"{i} ... {Stamps.Digits(r, $"{r.Between(1, 30)}.{r.Between(0, 9)}%")}",
            });
        string[] lines = [r.Pick("أبرز المؤشرات", "المؤشر | القيمة | التغير السنوي", "جدول (1): المؤشرات الرئيسية"), .. rows];
        return Chunk.Noise(NoiseKind.Footer, lines);
    }
}
