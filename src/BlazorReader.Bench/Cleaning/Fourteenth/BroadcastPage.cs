using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// A story on a TV channel's or a radio station's site: the news ticker read off the screen
// (other stories between arrows, a stretched «urgent»), now/next programme lines, the
// station's frequencies, the subtitle track of the story's video dumped as WebVTT, a live
// badge, and «watch also» under the video. The station's dateline is glued to the lead.
internal static class BroadcastPage
{
    private static readonly string[] Programmes = ["نشرة الثامنة", "حصاد اليوم", "الموجز", "صباح الخير يا وطن", "ملف الأسبوع", "المشهد الاقتصادي", "ما بعد الحدث", "نبض الشارع", "الملعب"];

    public static void Dress(PageDraft page)
    {
        var r = page.R;
        var station = Outlets.Station(r);
        if (r.Chance(0.6) && Ticker(page) is { } ticker)
        {
            if (r.Chance(0.6))
            {
                page.Top(ticker);
            }
            else
            {
                page.Foot(ticker);
            }
        }
        if (r.Chance(0.45))
        {
            page.GlueLead(PageRun.Glued(NoiseKind.Dateline, r.Pick(DressingPools.Cities) + r.Separator("-", "–", "/") + station + r.Pick(":", " -", "")), " ");
        }
        if (r.Chance(0.3))
        {
            page.Head(PageRun.Chrome(NoiseKind.Caption, r.Pick("● مباشر", "LIVE", "بث مباشر ●", "🔴 مباشر الآن", Ink.Stretch("مباشر", r))));
        }
        if (r.Chance(0.3))
        {
            page.Head(PageRun.Chrome(NoiseKind.Caption, Subtitles(r)));
        }
        if (r.Chance(0.45))
        {
            var script = r.Chance(0.4) ? 1 : 0;
            var now = r.Pick("يُعرض الآن: ", "الآن على الهواء: ", "على الشاشة الآن | ") + r.Pick(Programmes);
            var next = r.Pick("التالي: ", "البرنامج التالي: ", "بعد قليل: ") + r.Pick(Programmes) + " " + PageCalendar.Time(r, script, r.Chance(0.6)) + r.Pick("", " بتوقيت مكة المكرمة", " (غرينتش +٣)");
            page.Foot(PageRun.Chrome(NoiseKind.Footer, r.Chance(0.5) ? [now, next] : [now + r.Pick(" | ", "   ") + next]));
        }
        if (r.Chance(0.35))
        {
            page.Foot(PageRun.Chrome(NoiseKind.Footer, Frequencies(r, station)));
        }
        if (r.Chance(0.3) && page.Others.Title(r) is { } watch)
        {
            page.Between(PageRun.Naming(NoiseKind.ReadAlso, [r.Pick("شاهد أيضًا: ", "▶ شاهد: ", "فيديو ذو صلة | ") + watch + r.Pick("", " (" + Duration(r) + ")")], [watch]));
        }
    }

    // One line with the stories between arrows, or one story a line, as an OCR of the crawl.
    private static PageRun? Ticker(PageDraft page)
    {
        var r = page.R;
        var titles = page.Others.Titles(r, r.Between(2, 4));
        if (titles.Count == 0)
        {
            return null;
        }
        var urgent = r.Pick("عاجل", Ink.Stretch("عاجل", r), "شريط الأخبار", "آخر الأخبار");
        if (r.Chance(0.5))
        {
            var mark = r.Pick(" ◄ ", " ◀ ", " | ", " •• ", " ✦ ");
            return PageRun.Naming(NoiseKind.Teaser, [urgent + r.Separator(":", "|") + string.Join(mark, titles)], titles);
        }
        return PageRun.Naming(NoiseKind.Teaser, titles.Select(t => urgent + r.Pick(" | ", ": ", " ◄ ", " - ") + t), titles);
    }

    private static string Duration(DressingRandom r) =>
        Ink.Digits(r.Between(0, 4).ToString(CultureInfo.InvariantCulture) + ":" + r.Between(10, 59).ToString(CultureInfo.InvariantCulture), r.Chance(0.4) ? 1 : 0);

    // The video's subtitle track, cue by cue, as the player's markup left it in the page.
    private static List<string> Subtitles(DressingRandom r)
    {
        var lines = new List<string>();
        if (r.Chance(0.6))
        {
            lines.Add("WEBVTT");
        }
        var at = Cue(r.Between(0, 3), r);
        var second = 3;
        for (var i = 0; i < r.Between(1, 2); i++)
        {
            second += r.Between(2, 5);
            var end = Cue(second, r);
            lines.Add(at + " --> " + end);
            lines.Add(r.Pick("[موسيقى]", "[موسيقى حماسية]", "[تصفيق]", "[أصوات]", "(موسيقى)", "[♪♪♪]"));
            at = end;
        }
        return lines;
    }

    private static string Cue(int second, DressingRandom r) =>
        "00:00:" + second.ToString("00", CultureInfo.InvariantCulture) + "." + r.Between(0, 999).ToString("000", CultureInfo.InvariantCulture);

    private static List<string> Frequencies(DressingRandom r, string station)
    {
        var script = r.Chance(0.4) ? 1 : 0;
        var cities = DressingPools.Cities.Take(7).OrderBy(_ => r.Next(100)).Take(r.Between(2, 4));
        var freq = cities.Select(c => c + " " + Ink.Digits(r.Between(88, 107).ToString(CultureInfo.InvariantCulture) + (r.Chance(0.5) ? "." + r.Between(0, 9).ToString(CultureInfo.InvariantCulture) : ""), script) + r.Pick("", " FM", " إف إم"));
        var list = string.Join(r.Pick(" | ", " - ", "، "), freq);
        return r.Chance(0.5)
            ? [r.Pick("استمع إلى البث المباشر", "▶ استمع الآن", "البث الحي لـ") + (r.Chance(0.5) ? " " + station : ""), r.Pick("الترددات: ", "تردداتنا: ", "") + list]
            : [station + r.Separator("|", "-") + list];
    }
}
