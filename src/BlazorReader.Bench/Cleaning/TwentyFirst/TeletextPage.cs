namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// A satellite channel's teletext page copied as text: the page header with its number, subpage
// and clock, the subpage marks between screens, the «continued on page» jump and the coloured
// keys' index at the foot.
internal static class TeletextPage
{
    public static void Dress(PageDraft d)
    {
        var r = d.R;
        var page = r.Between(101, 189);
        var subpages = r.Between(2, 4);
        var channel = r.Pick("نصوص القناة الأولى", "تلتكست الإخبارية", "خدمة النص المرئي", "TELETEXT");
        var header = r.Next(3) switch
        {
            0 => $"ص {r.Number(page)}  {channel}  {PageWords.Clock(r)}",
            1 => $"P{page} {r.Number(1)}/{r.Number(subpages)} {channel} {PageWords.Date(r, d.Date)}",
            _ => $"{r.Number(page)} ▌{channel}▐ {PageWords.Clock(r)}:{r.Between(10, 59)}",
        };
        d.Top(NoiseKind.Counter, header);
        if (r.Chance(0.5))
        {
            d.Head(NoiseKind.Tags, r.Pick("أخبار محلية", "الاقتصاد", "الخليج والعالم", "NEWS") + $" {r.Pick("»", "—", "::")} {r.Pick("عاجل", "تحديث", "موجز")}");
        }
        for (var i = 2; i <= subpages && r.Chance(0.7); i++)
        {
            d.Between(NoiseKind.Counter, r.Pick($"{r.Number(i)}/{r.Number(subpages)}", $"‹ {r.Number(i)} من {r.Number(subpages)} ›", $"صفحة فرعية {r.Number(i)}"));
        }
        if (r.Chance(0.5))
        {
            d.Tail(NoiseKind.MoreLink, r.Pick($"يتبع في الصفحة {r.Number(page + 1)} ◄", $"التفاصيل ص {r.Number(page + 1)}", $"المزيد ← {r.Number(page + 1)}"));
        }
        var keys = r.Chance(0.5)
            ? $"أحمر: رياضة {r.Number(r.Between(200, 299))}{PageWords.Dots(r)}أخضر: اقتصاد {r.Number(r.Between(300, 399))}{PageWords.Dots(r)}أصفر: الطقس {r.Number(r.Between(400, 499))}"
            : $"الفهرس {r.Number(100)} | رياضة {r.Number(r.Between(200, 299))} | مواقيت الصلاة {r.Number(r.Between(500, 599))}";
        d.Tail(NoiseKind.Footer, keys);
        if (r.Chance(0.3))
        {
            // A screen of the page that is another story, cut off where the page ends.
            if (InsideChrome.OtherTitle(d) is { } other)
            {
                d.Tail(new NoisePiece(NoiseKind.Teaser, [$"{r.Number(page + 1)} {other}"]) { Teasers = [other] });
            }
        }
    }
}
