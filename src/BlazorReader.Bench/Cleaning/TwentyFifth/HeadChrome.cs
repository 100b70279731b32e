using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// What stands above a story and in it on any of these pages: its headline, bylines with
// several authors and their roles, datelines in new orders, a picture's caption and credit.
internal static class HeadChrome
{
    public static void Headline(PageDraft page)
    {
        var r = page.R;
        if (page.Title.Length == 0)
        {
            return;
        }
        var line = r.Next(5) switch
        {
            0 => page.Title,
            1 => page.Title + r.Pick(" | ", " - ", " – ") + r.Pick(DressingPools.Papers),
            2 => r.Pick("عاجل: ", "خاص | ", "محليات — ", "اقتصاد ◂ ") + page.Title,
            3 => page.Title + "\u200F",
            _ when !page.Title.Contains('«') && !page.Title.Contains('"') => "«" + page.Title + "»",
            _ => page.Title + " ",
        };
        page.Headline(line);
    }

    // One to three authors, with the roles papers print beside them, on one line or several.
    public static void Byline(PageDraft page)
    {
        var r = page.R;
        var names = Enumerable.Range(0, r.Pick(1, 1, 2, 3)).Select(_ => DressingPools.PersonName(r)).Distinct().ToList();
        var role = r.Pick("محرر", "مراسل", "كاتب", "محررة الشؤون المحلية", "مراسل الصحيفة في " + r.Pick(DressingPools.Cities), "تحرير", "إعداد");
        List<string> lines = r.Next(5) switch
        {
            0 => [r.Pick("كتب: ", "تحرير: ", "بقلم ") + string.Join(r.Pick(" و", " ، ", " - "), names)],
            1 => [.. names.Select(n => n + r.Separator("-", "|", "،") + role)],
            2 => [role + ": " + string.Join(" و", names), r.Pick("تدقيق: ", "مراجعة: ", "تصوير: ") + DressingPools.PersonName(r)],
            3 => [string.Join(" · ", names) + r.Pick(" (" + role + ")", "")],
            _ => [r.Pick("إعداد وتحرير: ", "شارك في التغطية: ", "تقرير: ") + string.Join(r.Pick(" و", "، "), names)],
        };
        var slot = r.Chance(0.85) ? 0 : page.End;
        page.Noise(slot, NoiseKind.Byline, [.. lines.Select(l => r.Scuff(l))]);
        // A date printed under the names is the page's dateline, not part of the byline.
        if (r.Chance(0.25))
        {
            page.Noise(slot, NoiseKind.Dateline, Date(r, page.Date) + r.Pick("", " - " + Clock(r, page.Date)));
        }
    }

    // Agency, city and date in orders the usual «city - agency» does not take: the date
    // first, the agency in brackets after the city, a stamp in Latin letters.
    public static void Dateline(PageDraft page, bool glued)
    {
        var r = page.R;
        var city = r.Pick(DressingPools.Cities);
        var agency = r.Pick(DressingPools.Agencies);
        var line = r.Next(6) switch
        {
            0 => $"{Date(r, page.Date)}{r.Separator()}{city} ({agency})",
            1 => $"{city} [{agency}] {Date(r, page.Date)}",
            2 => $"{agency} | {city} | {Clock(r, page.Date)}",
            3 => $"{city}، {Date(r, page.Date)}{r.Separator("/", "-")}{agency}",
            4 => $"{r.Pick("RIYADH", "JEDDAH", "DUBAI", "CAIRO", "LONDON")} ({r.Pick(DressingPools.LatinAgencies)}) —",
            _ => $"({city}) — {agency} —",
        };
        if (glued && page.Own.Count > 0)
        {
            // A line that already ends in a dash runs straight into the lead.
            page.GlueBefore(0, NoiseKind.Dateline, line + (line.EndsWith('—') ? " " : r.Pick(": ", " ", " – ", ":")));
        }
        else
        {
            page.Noise(0, NoiseKind.Dateline, r.Scuff(line));
        }
    }

    // A picture's caption and its credit: the credit sometimes in the caption's brackets,
    // sometimes a line of its own, in Arabic or Latin.
    public static void Caption(PageDraft page)
    {
        var r = page.R;
        var what = r.Pick("جانب من", "لقطة من", "صورة أرشيفية لـ", "مشهد عام من", "من الموقع خلال");
        var subject = r.Pick("الاجتماع", "أعمال الصيانة", "الموقع", "الحادث", "الفعالية", "الجولة الميدانية", "المؤتمر الصحفي");
        var credit = r.Pick(DressingPools.Agencies.Concat(DressingPools.LatinAgencies).ToArray());
        List<string> lines = r.Next(4) switch
        {
            0 => [$"{what} {subject} ({r.Pick("تصوير", "عدسة", "صورة")}: {credit})"],
            1 => [$"{what} {subject}", $"{r.Pick("©", "Photo:", "الصورة:", "📷")} {credit}"],
            2 => [$"▲ {what} {subject} {Date(r, page.Date)}"],
            _ => [$"{r.Pick("صورة", "الصورة")} {Digits(r, N(r.Between(1, 9)))} من {Digits(r, N(r.Between(9, 20)))}: {what} {subject}", credit + "/" + r.Pick("أرشيف", "خاص", "Getty")],
        };
        page.Noise(r.Chance(0.6) ? page.Inside() : 0, NoiseKind.Caption, lines);
    }
}
