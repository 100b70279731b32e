namespace BlazorReader.Bench.Cleaning.Eighth;

// Other stories as widgets list them: a recommendation block with or without its header, a
// sponsored block naming the advertiser, a related-video playlist with durations, a print
// page's «in this issue» box; and «اقرأ أيضاً» lines, alone or as a short block. Items are
// numbered or bulleted or bare; a reader expects each listed by its own text.
internal static class EighthTeasers
{
    private static readonly string[] Headers =
    [
        "قد يعجبك أيضاً", "قد يهمك أيضا", "مقترحات لك", "ننصحك بقراءة", "الأكثر استماعاً", "الأكثر مشاركة اليوم",
        "في العدد نفسه", "عناوين العدد", "من القسم نفسه", "المزيد من الأخبار", "تابع أيضاً", "إقرأ في هذا الملف",
        "Recommended", "You may also like", "مواضيع مقترحة", "آخر ما نشر في",
    ];

    public static Chrome? Block(DressingRandom r, OtherStories others, EighthContext c)
    {
        var style = r.Next(10);
        // A playlist lists videos by their titles, never by a story's lead.
        var items = others.Take(r, r.Between(1, 6), titlesOnly: style is >= 2 and < 4);
        if (items.Count == 0)
        {
            return null;
        }
        var header = style switch
        {
            < 2 => $"{r.Pick("محتوى مدعوم", "محتوى مموّل", "إعلان", "Sponsored", "من الويب", "برعاية " + r.Pick(EighthWords.Advertisers))}{r.Pick("", ":", " |")}",
            < 4 => $"{r.Pick("فيديوهات ذات صلة", "شاهد أيضاً", "قائمة التشغيل", "الأكثر مشاهدة", "فيديو")}{r.Pick("", ":", " ▶")}",
            < 7 when r.Chance(0.7) => r.Pick(Headers) + r.Pick("", ":", " »", " ▼") + (r.Chance(0.15) ? " " + r.Pick(EighthWords.Sections) : ""),
            _ => null,
        };
        var marker = Marker(r);
        var lines = new List<string>();
        if (header is not null)
        {
            lines.Add(header);
        }
        for (var i = 0; i < items.Count; i++)
        {
            lines.Add(marker(i) + Decorate(r, style, items[i], c));
        }
        return new(new NoisePiece(NoiseKind.Teaser, lines) { Teasers = items }, lines);
    }

    // Sponsored items name their advertiser, videos their length, news items their age.
    private static string Decorate(DressingRandom r, int style, string item, EighthContext c) => style switch
    {
        < 2 when r.Chance(0.7) => item + r.Pick(" | ", " - ", " — ", " · ") + r.Pick(r.Pick(EighthWords.Advertisers), "برعاية " + r.Pick(EighthWords.Advertisers), "إعلان"),
        < 4 => r.Chance(0.5) ? $"{r.Pick("▶ ", "► ", "")}{EighthDates.Duration(r)} {r.Pick("|", "-", "")} {item}".Replace("  ", " ", StringComparison.Ordinal) : $"{item} ({EighthDates.Duration(r)})",
        _ when r.Chance(0.2) => item + r.Separator("-", "|", "،") + r.Pick(EighthDates.Day(r, c.Day), $"منذ {r.Number(r.Between(2, 11))} ساعات", "أمس"),
        _ => item,
    };

    private static Func<int, string> Marker(DressingRandom r) => r.Next(8) switch
    {
        0 => i => $"{i + 1}. ",
        1 => i => DressingRandom.ToArabicIndic($"{i + 1}") + r.Pick("- ", ") ", ". "),
        2 => i => $"({i + 1}) ",
        3 => _ => r.Pick("▪ ", "◂ ", "○ ", "■ ", "» ", "- "),
        _ => _ => "",
    };

    public static Chrome? ReadAlso(DressingRandom r, OtherStories others)
    {
        var label = r.Pick("اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضاً", "طالع أيضاً", "ذو صلة", "اقرأ كذلك", "مواضيع ذات صلة", "شاهد أيضاً", "Read also");
        if (r.Chance(0.65))
        {
            var item = others.Next(r, titlesOnly: true);
            if (item is null)
            {
                return null;
            }
            var line = $"{label}{r.Separator(":", "←", "-", "»", "|")}{item}";
            return new(new NoisePiece(NoiseKind.ReadAlso, [line]) { Teasers = [item] }, [line]);
        }
        var items = others.Take(r, r.Between(2, 4), titlesOnly: true);
        if (items.Count == 0)
        {
            return null;
        }
        var marker = Marker(r);
        var lines = items.Select((t, i) => marker(i) + t).Prepend(label + r.Pick(":", "", " :", " ▼")).ToList();
        return new(new NoisePiece(NoiseKind.ReadAlso, lines) { Teasers = items }, lines);
    }
}
