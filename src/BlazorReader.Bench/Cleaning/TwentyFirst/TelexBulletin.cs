namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// An agency bulletin as it comes off a fax or telex line: sender and addressee lines, the
// reference and the transmission stamp, page marks where the sheets break, and the end mark.
internal static class TelexBulletin
{
    public static void Dress(PageDraft d)
    {
        var r = d.R;
        var agency = r.Pick("وكالة الأنباء السعودية", "مكتب رويترز", "وكالة الصحافة الفرنسية", "وكالة الأناضول", "وكالة الأنباء الكويتية");
        var sheets = r.Between(2, 3);
        d.Head(new NoisePiece(NoiseKind.Credit, [r.Pick($"من: {agency} / مكتب {r.Pick(DressingPools.Cities)}", $"FROM: {agency}", $"المرسل — {agency}")]) { Credit = agency });
        d.Head(NoiseKind.Footer, r.Pick("إلى: جميع المشتركين — نشرة عربية", "TO: ALL SUBSCRIBERS", $"إلى: مكتب التحرير / {d.Paper}"));
        if (r.Chance(0.6))
        {
            d.Head(NoiseKind.Counter, r.Pick($"الرقم: {r.Number(1436)}/{r.Number(r.Between(1, 12))}/{r.Number(r.Between(100, 999))}", $"REF {r.Letters(3, "ABCDEFGHJKLMNPQRSTUVWXYZ")}-{r.Between(1000, 9999)}", $"رقم الإرسال {r.Number(r.Between(10, 99))}"));
        }
        var stamp = r.Next(3) switch
        {
            0 => $"{r.Between(0, 23):00}{r.Between(0, 59):00} GMT {d.Date.Day:00} {PageWords.LatinMonths[d.Date.Month - 1]} {d.Date.Year % 100:00}",
            1 => $"ت/ {PageWords.Clock(r)} — {PageWords.Date(r, d.Date)}",
            _ => $"{PageWords.Date(r, d.Date)} {PageWords.Clock(r)} {r.Pick("عاجل", "عادي", "مهم")}",
        };
        d.Head(NoiseKind.Dateline, stamp);
        for (var i = 1; i < sheets && r.Chance(0.8); i++)
        {
            d.Between(NoiseKind.Counter, r.Pick($"صفحة {r.Number(i + 1)} من {r.Number(sheets)}", $"-- {r.Number(i + 1)}/{r.Number(sheets)} --", $"(يتبع ص{r.Number(i + 1)})"));
        }
        d.Tail(NoiseKind.Signature, r.Pick("نهاية الرسالة", "// نهاية //", "ن ر ن ر ن ر", "END MSG", $"نهاية البث {PageWords.Clock(r)}"));
        if (r.Chance(0.3))
        {
            d.Tail(NoiseKind.Footer, r.Pick("يرجى تأكيد الاستلام على الرقم 0114567890", "إذا لم تستلم جميع الصفحات يرجى الاتصال فوراً", "PLS ACK"));
        }
    }
}
