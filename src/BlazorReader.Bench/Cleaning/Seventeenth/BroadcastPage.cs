using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Seventeenth;

// A television channel's page copied with what its player and screen carried: the channel's
// menu and live button, the video's subtitle track as cues (number, times, text of the
// bulletin), the news ticker's crawl of other headlines, tonight's schedule beside it. Cues
// are Caption, the crawl a Teaser of the titles it shows, the schedule a Teaser box.
internal static class BroadcastPage
{
    private static readonly string[] Shows = ["نشرة الأخبار الرئيسية", "موجز الأخبار", "حديث الساعة", "المجلة الاقتصادية", "ملعب اليوم", "صباح الخير يا وطن", "وثائقي: رحلة في التاريخ", "برنامج الأسرة", "ما وراء الخبر", "الحصاد الرياضي"];

    public static void Dress(PageDraft page, DressingRandom r)
    {
        page.Head.Add(Segment.Furniture(NoiseKind.Tags, [.. Marks.Row(Marks.Some(["الرئيسية", "البث المباشر ▶", "البرامج", "جدول البث", "المذيعون", "فيديو", "الأخبار", "تردد القناة"], 4, 7, r), r)]));
        if (page.Others.Titles(r, r.Between(2, 4)) is { Count: > 0 } crawl)
        {
            var label = r.Pick("عاجل | ", "عاجل: ", "شريط الأخبار: ", "🔴 ", "");
            var sep = r.Pick(" ••• ", " ◆ ", " | ", " ✦ ");
            string[] lines = r.Chance(0.5) ? [label + string.Join(sep, crawl)] : [.. crawl.Select((t, i) => (i == 0 ? label : "") + t)];
            (r.Chance(0.6) ? page.Head : page.Tail).Add(Segment.Furniture(NoiseKind.Teaser, lines, crawl));
        }
        if (r.Chance(0.75))
        {
            var cues = new List<string>();
            var at = TimeSpan.FromSeconds(r.Between(0, 40));
            var count = r.Between(2, 5);
            for (var i = 1; i <= count && page.Others.Sentence(r) is { } said; i++)
            {
                var end = at + TimeSpan.FromMilliseconds(r.Between(1800, 6500));
                cues.Add(Stamps.N(i));
                cues.Add($"{Cue(at)} --> {Cue(end)}");
                cues.AddRange(Wrap(said, r));
                at = end + TimeSpan.FromMilliseconds(r.Between(40, 900));
            }
            if (cues.Count > 0)
            {
                cues.Insert(0, r.Pick("ترجمة الفيديو", "النص المصاحب للفيديو:", "WEBVTT", "الترجمة (عربي)", "▶ شاهد التقرير"));
                page.Inside(r).Add(Segment.Furniture(NoiseKind.Caption, [.. cues]));
            }
        }
        if (r.Chance(0.5))
        {
            page.Under.Add(Segment.Furniture(NoiseKind.MoreLink, r.Pick("شاهد الحلقة كاملة", "شاهد التقرير كاملاً", "لمشاهدة الفيديو اضغط هنا", "تابع البث المباشر") + Marks.Trailer(r)));
        }
        if (r.Chance(0.6))
        {
            var lines = new List<string> { r.Pick("جدول البرامج اليوم", "على الشاشة الليلة", "دليل البرامج", "يُعرض الليلة") };
            var hour = r.Between(16, 19);
            var digits = Stamps.Script(r);
            var sep = r.Pick(" ", " - ", " | ", "  ");
            foreach (var show in Marks.Some(Shows, 2, 5, r).TakeWhile(_ => hour <= 23))
            {
                lines.Add(digits($"{Stamps.N(hour)}:{Stamps.N2(r.Pick(0, 15, 30, 45))}") + sep + show);
                hour += r.Between(1, 2);
            }
            page.Tail.Add(Segment.Furniture(NoiseKind.Teaser, lines, []));
        }
        var year = Stamps.Digits(Stamps.N(page.When.Year), r);
        page.Tail.Add(Segment.Furniture(NoiseKind.Footer, r.Next(3) switch
        {
            0 => r.Pick("جميع الحقوق محفوظة للقناة © ", "© حقوق البث محفوظة ") + year,
            1 => "تردد القناة على " + r.Pick("نايل سات", "عرب سات") + ": " + Stamps.Digits(r.Pick("11861", "12226", "11785"), r) + r.Pick(" أفقي", " عمودي"),
            _ => "جميع البرامج محمية بحقوق النشر",
        }));
    }

    private static string Cue(TimeSpan t) => t.ToString(@"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture);

    // A cue holds a line or two of about forty letters.
    private static IEnumerable<string> Wrap(string sentence, DressingRandom r)
    {
        if (sentence.Length < 60 || r.Chance(0.3))
        {
            return [sentence];
        }
        var cut = sentence.IndexOf(' ', sentence.Length / 2);
        return cut < 0 ? [sentence] : [sentence[..cut], sentence[(cut + 1)..]];
    }
}
