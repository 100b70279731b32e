namespace BlazorReader.Bench.Cleaning.Eleventh;

// What photos and players leave in the text: captions with their credit, galleries that number
// their shots («٣ / ١٢»), video embeds with their length; and the story's own words again, as
// a pull quote, a summary box, a paragraph printed twice or a phone screenshot's overlap.
internal static class MediaPieces
{
    private static readonly string[] Events = ["الاجتماع", "المؤتمر الصحفي", "الحفل", "الزيارة", "حفل الافتتاح", "الجولة التفقدية", "ورشة العمل", "المعرض", "الملتقى", "اللقاء", "حفل التكريم", "توقيع الاتفاقية"];
    private static readonly string[] Roles = ["الوزير", "المتحدث الرسمي", "رئيس البلدية", "المدير العام", "المحافظ", "السفير", "رئيس اللجنة", "الأمين العام", "أمير المنطقة", "المشاركون"];

    public static string Caption(Dressing s)
    {
        var r = s.R;
        var ev = r.Pick(Events);
        return r.Next(7) switch
        {
            0 => $"جانب من {ev}",
            1 => $"{r.Pick(Roles)} خلال {ev}",
            2 => $"{r.Pick(Roles)} {s.Person()} {r.Pick("خلال", "أثناء", "في")} {ev}{r.Pick($" في {s.Outlet.City}", "", " أمس", " اليوم")}",
            3 => r.Pick("صورة أرشيفية", "صورة تعبيرية", "أرشيفية", "صورة من الأرشيف", "Archive photo"),
            4 => $"لقطة من {ev} في {s.Outlet.City}",
            5 => s.Person() + r.Pick(" (يمين)", " (وسط)", " متحدثاً", " (أرشيف)"),
            _ => $"من {ev}{r.Pick(" أمس", " الذي أقيم مؤخراً", "")}",
        };
    }

    public static string Credit(Dressing s)
    {
        var r = s.R;
        return r.Next(8) switch
        {
            0 => $"(تصوير{r.Pick(": ", " ـ ", " - ")}{s.Person()})",
            1 => $"({r.Pick(DressingPools.LatinAgencies)})",
            2 => $"Photo: {r.Pick(DressingPools.LatinAgencies)}",
            3 => $"© {s.Outlet.Latin}",
            4 => $"- {r.Pick(DressingPools.Agencies)}",
            5 => $"الصورة{r.Pick(": ", " من ")}{s.OutletName()}",
            6 => $"[{r.Pick(DressingPools.Agencies)}]",
            _ => $"عدسة: {s.Person()}",
        };
    }

    public static void Captions(Dressing s)
    {
        var r = s.R;
        for (var i = r.Chance(0.7) ? 1 : 2; i > 0; i--)
        {
            var caption = Caption(s);
            string[] lines = r.Next(4) switch { 0 => [caption], 1 => [caption, Credit(s)], 2 => [Credit(s)], _ => [caption + " " + Credit(s)] };
            var gap = r.Next(10) switch { < 4 => 0, < 8 => s.Sheet.InnerGap(), _ => s.LastGap };
            // A lead photo mostly under the title, now and then above it (a hero image).
            s.Sheet.Put(new Spot(Zone.Gap, gap, gap > 0 || r.Chance(0.25) ? Order.Start : Order.End), NoiseKind.Caption, lines);
        }
    }

    public static void Gallery(Dressing s)
    {
        var r = s.R;
        var n = r.Between(4, 24);
        var shown = r.Between(1, 3);
        var start = r.Between(1, n - shown + 1);
        var way = r.Next(4);
        var lines = new List<string>();
        if (r.Chance(0.6))
        {
            lines.Add(s.Digits(r.Pick("ألبوم الصور", "معرض الصور", $"شاهد الصور ({n})", "Gallery", $"{n} صور", $"الصور ({n})")));
        }
        for (var i = start; i < start + shown; i++)
        {
            var at = s.Digits(r.Pick($"{i} / {n}", $"{i}/{n}", $"{i} من {n}"));
            lines.AddRange(way switch
            {
                0 => [at, Caption(s)],
                1 => [$"({at}) {Caption(s)}"],
                2 => [s.Digits($"الصورة {i} من {n}") + r.Separator(":", "-", "|") + Caption(s)],
                _ => [$"{Caption(s)} {at}"],
            });
        }
        if (r.Chance(0.4))
        {
            lines.Add(r.Pick("‹ السابق | التالي ›", "السابق  التالي", "عرض الألبوم كاملاً", "◀  ▶  ⛶", "Previous | Next"));
        }
        s.Sheet.Put(new Spot(Zone.Gap, r.Chance(0.3) ? 0 : s.Sheet.InnerGap()), NoiseKind.Caption, [.. lines]);
    }

    public static void Video(Dressing s, Spot at)
    {
        var r = s.R;
        var seconds = r.Between(25, 1500);
        var caption = Caption(s) is var c && (c.Contains("صورة", StringComparison.Ordinal) || c.Contains("photo", StringComparison.Ordinal)) ? "لقطات من " + r.Pick(Events) : c;
        var length = s.Digits(r.Chance(0.5) ? $"{CalendarWords.Two(seconds / 60)}:{CalendarWords.Two(seconds % 60)}" : $"{CalendarWords.Inv(seconds / 60)}:{CalendarWords.Two(seconds % 60)}");
        string[] lines = r.Next(6) switch
        {
            0 => [$"▶ {caption} ({length})"],
            1 => [$"فيديو{r.Separator(":", "|", "-")}{caption}", $"مدة المقطع{s.Colon()}{length}"],
            2 => [s.Digits("00:00 / ") + length],
            3 => [$"شاهد{r.Pick(": ", " | ")}{caption} — {length}"],
            4 => [r.Pick("مشغل فيديو يوتيوب", "YouTube video player", "تشغيل الفيديو"), length],
            _ => [$"Watch: {caption} ({length})"],
        };
        s.Sheet.Put(at, NoiseKind.Caption, lines);
    }

    public static void Repeat(Dressing s)
    {
        var r = s.R;
        var paragraphs = s.Sheet.Paragraphs;
        var j = r.Next(paragraphs.Count);
        var p = paragraphs[j];
        var words = p.Split(' ');
        switch (r.Next(4))
        {
            case 0 when FirstSentence(p) is { Length: >= 25 and <= 220 } quote:
                var (open, close) = r.Pick(("«", "»"), ("\"", "\""), ("“", "”"), ("", ""), ("❝ ", " ❞"));
                s.Sheet.Put(new Spot(Zone.Gap, Math.Clamp(j + r.Between(0, 2), 1, s.LastGap)), NoiseKind.Repeat, open + quote + close);
                break;
            case 1 when p.Length >= 20:
                s.Sheet.Put(new Spot(Zone.Gap, j + 1, Order.Start), NoiseKind.Repeat, p);
                break;
            case 2 when words.Length >= 8:
                s.Sheet.Put(new Spot(Zone.Gap, j + 1, Order.Start), NoiseKind.Repeat, string.Join(' ', words[^r.Between(4, words.Length / 2)..]));
                break;
            default:
                var points = paragraphs.Take(3).Select(FirstSentence).Where(x => x.Length is >= 20 and <= 200).Select(x => r.Pick("• ", "- ", "▪ ", "") + x).ToList();
                if (points.Count == 0)
                {
                    break;
                }
                s.Sheet.Put(new Spot(r.Chance(0.6) ? Zone.Head : Zone.Gap, 1), NoiseKind.Repeat,
                    [r.Pick("باختصار", "أبرز ما جاء في الخبر", "النقاط الرئيسية", "ملخص", "In brief"), .. points]);
                break;
        }
    }

    private static string FirstSentence(string paragraph)
    {
        var end = paragraph.IndexOfAny(['.', '؟', '!']);
        return end > 20 ? paragraph[..(end + 1)] : paragraph;
    }
}
