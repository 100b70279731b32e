using static BlazorReader.Bench.Cleaning.Seventh.SeventhWords;

namespace BlazorReader.Bench.Cleaning.Seventh;

// Lines that point elsewhere: credits (an aggregator's «المصدر» block, «نقلا عن», a forum's
// «منقول من»), more-links with the story's address broken where a narrow column wrapped it,
// «اقرأ أيضا» lines, and the captions of pictures, videos and podcasts.
internal static class SeventhLinks
{
    public static NoisePiece Credit(SeventhPage p, bool glued = false)
    {
        var r = p.R;
        var source = r.Chance(0.85) ? r.Pick(DressingPools.Papers) : r.Pick(DressingPools.LatinAgencies);
        var named = r.Pick(source, source, "صحيفة " + source, "جريدة " + source);
        var mark = r.Pick(":", " :", ": ", " : ", "");
        if (glued)
        {
            var text = r.Pick($"(المصدر{mark}{named})", $"المصدر{mark}{named}", $"- نقلا عن {named}", $"[{r.Pick("المصدر", "نقلاً عن")}{mark}{named}]");
            return new NoisePiece(NoiseKind.Credit, [text], Glued: true) { Credit = source };
        }
        List<string> lines = r.Next(5) switch
        {
            0 => [$"المصدر{mark}{named}"],
            1 => [r.Pick("المصدر:", "مصدر الخبر:", "المصدر :"), r.Pick("صحيفة ", "جريدة ", "موقع ") + source],
            2 => [$"{r.Pick("نقلا عن", "نقلاً عن", "عن", "منقول عن", "منقول من")} {named}"],
            3 => [$"{r.Pick("ترجمة", "ترجمة خاصة")}{r.Separator(":", "-")}{DressingPools.PersonName(r)}", $"{r.Pick("المصدر", "عن")}{mark}{named}"],
            _ => [$"{r.Pick("المصدر", "Source")}{mark}{named}{r.Pick("", " - " + Date(r, SomeDay(r)))}"],
        };
        return new NoisePiece(NoiseKind.Credit, [.. lines.Select(l => r.Scuff(l))]) { Credit = source };
    }

    public static NoisePiece MoreLink(SeventhPage p, bool glued = false)
    {
        var r = p.R;
        var site = r.Pick(r.Pick(DressingPools.Papers), r.Pick(Portals));
        var words = r.Next(5) switch
        {
            0 => r.Pick("اقرأ الخبر كاملا من المصدر", "اقرأ الخبر كاملاً من المصدر", "إقرأ الخبر كاملا من " + site),
            1 => r.Pick("عرض الخبر من المصدر", "عرض الخبر كاملا", "اعرض الخبر في موقع " + site),
            2 => r.Pick("للمزيد اضغط هنا", "لمزيد من التفاصيل", "التفاصيل كاملة على موقع " + site, "تابع القراءة") + r.Pick("", " ←", " »", "..."),
            3 => r.Pick("رابط الخبر", "رابط المصدر", "الرابط", "رابط الموضوع") + r.Pick(":", " :", ""),
            _ => r.Pick("المزيد", "للمزيد", "التفاصيل") + r.Pick(" ...", "…", " »", " ←"),
        };
        if (glued)
        {
            return new NoisePiece(NoiseKind.MoreLink, [words], Glued: true);
        }
        if (p.Article.SourceUrl is not { Length: > 20 } url || !r.Chance(0.55))
        {
            return new NoisePiece(NoiseKind.MoreLink, [r.Scuff(words)]);
        }
        var link = BrokenLink(r, url, shortest: 8);
        return new NoisePiece(NoiseKind.MoreLink, r.Chance(0.5) ? [words.TrimEnd(':', ' '), .. link] : [words + " " + link[0], .. link.Skip(1)]);
    }

    // A link cut at any character, into two or three lines, as a narrow column wraps it. The
    // scorer finds a labelled line inside what was left, so a label's parts keep a few letters.
    public static List<string> BrokenLink(DressingRandom r, string url, int shortest = 1)
    {
        if (url.Length < 2 * shortest + 2 || r.Chance(0.25))
        {
            return [url];
        }
        var cuts = Enumerable.Range(0, r.Between(1, 2)).Select(_ => r.Between(shortest, url.Length - shortest)).Distinct().Order().ToList();
        cuts = [.. cuts.Where((c, i) => i == 0 || c - cuts[i - 1] >= shortest)];
        var parts = new List<string>();
        var from = 0;
        foreach (var cut in cuts)
        {
            parts.Add(url[from..cut]);
            from = cut;
        }
        parts.Add(url[from..]);
        return parts;
    }

    public static NoisePiece? ReadAlso(SeventhPage p)
    {
        var r = p.R;
        var titles = Enumerable.Range(0, r.Chance(0.7) ? 1 : r.Between(2, 3)).Select(_ => p.OtherStory(lead: false)).OfType<string>().ToList();
        if (titles.Count == 0)
        {
            return null;
        }
        var head = r.Pick("اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "طالع أيضا", "شاهد أيضا", "ذات صلة", "اقرأ المزيد");
        List<string> lines = titles.Count == 1 && r.Chance(0.8)
            ? [$"{r.Pick("", "» ", "◄ ")}{head}{r.Separator(":", "-", "")}{r.Pick(titles[0], "«" + titles[0] + "»")}"]
            : [head + r.Pick("", ":"), .. titles.Select(t => r.Pick("", "- ", "• ") + t)];
        return new NoisePiece(NoiseKind.ReadAlso, [.. lines.Select(l => r.Scuff(l))]);
    }

    // A picture's caption and credit, or a video or podcast embed flattened into its words.
    public static NoisePiece Caption(SeventhPage p)
    {
        var r = p.R;
        var length = $"{r.Number(r.Between(0, 12))}:{Two(r.Between(0, 59))}";
        List<string> lines = r.Next(6) switch
        {
            0 => [r.Pick("(صورة أرشيفية)", "صورة أرشيفية", "صورة من الأرشيف", "(أرشيفية)")],
            1 => [$"{r.Pick("الصورة", "صورة", "تصوير")}{r.Separator(":", "-", "|")}{r.Pick(r.Pick(DressingPools.Agencies), r.Pick(DressingPools.LatinAgencies), DressingPools.PersonName(r))}"],
            2 => [r.Pick("شاهد الفيديو ▶", "▶ شاهد الفيديو", "فيديو ▶", "شاهد بالفيديو:"), length],
            3 => [$"{r.Pick("▶", "►", "")} {r.Pick("شاهد", "تشغيل")} {r.Pick("الفيديو", "المقطع")} ({length})".Trim()],
            4 => [$"{r.Pick("🎧 ", "")}{r.Pick("استمع إلى", "استمع")} {r.Pick("الحلقة", "البودكاست", "التقرير")}{r.Separator("|", "-")}{length} {r.Pick("دقيقة", "د", "")}".Trim()],
            _ => [$"{r.Pick(DressingPools.Cities)}{r.Separator(":", "-")}{r.Pick("جانب من", "لقطة من", "مشهد من")} {r.Pick("الاجتماع", "الحفل", "الموقع", "الحادث", "المؤتمر الصحفي")}{r.Pick("", " (" + r.Pick(DressingPools.LatinAgencies) + ")")}"],
        };
        return new NoisePiece(NoiseKind.Caption, [.. lines.Select(l => r.Scuff(l))]);
    }
}
