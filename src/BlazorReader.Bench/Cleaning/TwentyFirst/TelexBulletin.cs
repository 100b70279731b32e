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
        // The routing lines head the sheet, over anything the story's own page put there.
        List<NoisePiece> routing =
        [
            new(NoiseKind.Credit, [r.Pick($"من: {agency} / مكتب {r.Pick(DressingPools.Cities)}", $"FROM: {agency}", $"المرسل — {agency}")]) { Credit = agency },
            new(NoiseKind.Footer, [r.Pick("إلى: جميع المشتركين — نشرة عربية", "TO: ALL SUBSCRIBERS", $"إلى: مكتب التحرير / {d.Paper}")]),
        ];
        if (r.Chance(0.6))
        {
            routing.Add(new NoisePiece(NoiseKind.Counter, [r.Pick($"الرقم: {r.Number(1436)}/{r.Number(r.Between(1, 12))}/{r.Number(r.Between(100, 999))}", $"REF {r.Letters(3, "ABCDEFGHJKLMNPQRSTUVWXYZ")}-{r.Between(1000, 9999)}", $"رقم الإرسال {r.Number(r.Between(10, 99))}")]));
        }
        var stamp = r.Next(3) switch
        {
            0 => $"{r.Between(0, 23):00}{r.Between(0, 59):00} GMT {d.Date.Day:00} {PageWords.LatinMonths[d.Date.Month - 1]} {d.Date.Year % 100:00}",
            1 => $"ت/ {PageWords.Clock(r)} — {PageWords.Date(r, d.Date)}",
            _ => $"{PageWords.Date(r, d.Date)} {PageWords.Clock(r)} {r.Pick("عاجل", "عادي", "مهم")}",
        };
        routing.Add(new NoisePiece(NoiseKind.Dateline, [stamp]));
        d.Top(routing);
        var style = r.Next(3);
        d.Spread([.. Enumerable.Range(2, sheets - 1).Select(i => new NoisePiece(NoiseKind.Counter, [style switch
        {
            0 => $"صفحة {r.Number(i)} من {r.Number(sheets)}",
            1 => $"-- {r.Number(i)}/{r.Number(sheets)} --",
            _ => $"(يتبع ص{r.Number(i)})",
        }]))]);
        d.Tail(NoiseKind.Signature, r.Pick("نهاية الرسالة", "// نهاية //", "ن ر ن ر ن ر", "END MSG", $"نهاية البث {PageWords.Clock(r)}"));
        if (r.Chance(0.3))
        {
            d.Tail(NoiseKind.Footer, r.Pick("يرجى تأكيد الاستلام على الرقم 0114567890", "إذا لم تستلم جميع الصفحات يرجى الاتصال فوراً", "PLS ACK"));
        }
        if (r.Chance(0.2))
        {
            // The story quoting a cable is the story.
            d.StoryLine($"وجاء في نص البرقية: «نؤكد وقوفنا إلى جانب الأشقاء»، {r.Pick("وفق ما نقلته الوكالة.", "بحسب البيان.", "كما أوردت المصادر.")}");
        }
    }
}
