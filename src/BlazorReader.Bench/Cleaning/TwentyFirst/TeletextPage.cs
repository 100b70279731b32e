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
            _ => $"{r.Number(page)} ▌{channel}▐ {r.Between(0, 23):00}:{r.Between(0, 59):00}:{r.Between(0, 59):00}",
        };
        d.Top(NoiseKind.Counter, header);
        if (r.Chance(0.5))
        {
            d.Head(NoiseKind.Tags, r.Pick("أخبار محلية", "الاقتصاد", "الخليج والعالم", "NEWS") + $" {r.Pick("»", "—", "::")} {r.Pick("عاجل", "تحديث", "موجز")}");
        }
        var style = r.Next(3);
        d.Spread([.. Enumerable.Range(2, subpages - 1).Select(i => new NoisePiece(NoiseKind.Counter, [style switch
        {
            0 => $"{r.Number(i)}/{r.Number(subpages)}",
            1 => $"‹ {r.Number(i)} من {r.Number(subpages)} ›",
            _ => $"صفحة فرعية {r.Number(i)}",
        }]))]);
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
        if (r.Chance(0.2))
        {
            // The story's own page references read like the page numbers above.
            d.StoryLine($"وأوضح أن التفاصيل الكاملة منشورة في الصفحة {r.Number(r.Between(2, 40))} من التقرير السنوي، الذي يقع في {r.Number(r.Between(50, 300))} صفحة.");
        }
    }
}
