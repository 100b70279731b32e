namespace BlazorReader.Bench.Cleaning.Holdout;

// Held-out pieces made of other stories or about this one: teaser runs (other articles' lead
// sentences, sometimes cut off mid-word), «اقرأ أيضا»-like lines and blocks, credit lines,
// photo captions.
internal static class HoldoutStory
{
    public static NoisePiece Teasers(DressingRandom r, DressingPools p, int count)
    {
        var lines = new List<string>();
        var texts = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var lead = r.Pick(p.Leads);
            // Sites cut a teaser at a fixed length, wherever that falls.
            if (r.Chance(0.25) && lead.Length > 90)
            {
                lead = lead[..r.Between(70, Math.Min(lead.Length - 5, 160))].TrimEnd() + r.Pick("…", " ...", "[...]", "..");
            }
            texts.Add(TextReferee.Normalize(lead));
            lines.Add(r.Scuff(lead, 0.2));
        }
        return new(NoiseKind.Teaser, lines) { Teasers = texts };
    }

    public static NoisePiece ReadAlso(DressingRandom r, DressingPools p, bool block)
    {
        var head = r.Pick("اقرأ ايضاً", "طالع أيضا", "شاهد أيضا", "إقرأ أيضاً", "ذات علاقة", "اقرأ أيضا");
        var titles = Enumerable.Range(0, block ? r.Between(2, 4) : 1).Select(_ => r.Pick(p.Titles)).ToList();
        if (!block)
        {
            var line = r.Next(3) switch
            {
                0 => $"{head}{r.Pick(" ← ", " » ", ":: ")}{titles[0]}",
                1 => $"[{head}: {titles[0]}]",
                _ => $"{r.Pick(HoldoutWords.Emoji)} {head}{r.Pick(": ", " - ")}{titles[0]}",
            };
            return new(NoiseKind.ReadAlso, [r.Scuff(line, 0.2)]) { Teasers = titles };
        }
        var mark = r.Pick("▪️ ", "◀ ", "+ ", "○ ", "");
        var lines = new List<string> { r.Scuff(r.Pick("", r.Pick(HoldoutWords.Emoji) + " ") + head + r.Pick("", " :", ":", " ⬇️"), 0.2) };
        lines.AddRange(titles.Select(t => r.Scuff(mark + t, 0.1)));
        return new(NoiseKind.ReadAlso, lines) { Teasers = titles };
    }

    public static NoisePiece Credit(DressingRandom r)
    {
        var who = r.Pick(HoldoutWords.Sources);
        var line = r.Next(7) switch
        {
            0 => $"المصدر{r.Pick(" : ", ":", " :", ": ")}{who}",
            1 => $"المصدر{r.Pick("| ", " / ", "/ ")}{who}",
            2 => $"{r.Pick("مصدر الخبر", "المصدر")}{r.Pick(" ← ", " ⬅ ")}{who}",
            3 => $"المصدر: {who}{r.Pick(" - بتصرف", " (بتصرف)", " + وكالات")}",
            4 => $"{r.Pick(HoldoutWords.Emoji)} المصدر: {who}",
            5 => $"نقلاً عن {who}",
            _ => $"(المصدر{r.Pick(" : ", ": ")}{who})",
        };
        if (line.Contains("+ وكالات", StringComparison.Ordinal))
        {
            who += " + وكالات";
        }
        return new(NoiseKind.Credit, [r.Scuff(line, 0.25)]) { Credit = who };
    }

    public static NoisePiece Caption(DressingRandom r, DressingPools p, string? ownTitle)
    {
        var words = (ownTitle ?? r.Pick(p.Titles)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var what = string.Join(' ', words.Take(r.Between(2, Math.Max(2, Math.Min(6, words.Length)))));
        var line = r.Next(7) switch
        {
            0 => $"(الصورة: {HoldoutWords.Person(r)})",
            1 => $"(صورة: {r.Pick("أرشيف", "أرشيفية", "من الحدث", r.Pick(HoldoutWords.Sources))})",
            2 => $"[{what} - صورة {r.Pick("أرشيفية", "من المصدر")}]",
            3 => $"📸 {r.Pick(":", "|")} {HoldoutWords.Person(r)}",
            4 => $"{what} (تصوير{r.Pick(": ", " / ")}{HoldoutWords.Person(r)})",
            5 => $"{r.Pick("الصورة لـ", "الصور بعدسة")} {HoldoutWords.Person(r)}",
            _ => $"{what} {r.Pick("—", "|")} {r.Pick("Getty", "AFP Photo", "Reuters")}",
        };
        return new(NoiseKind.Caption, [r.Scuff(line, 0.25)]);
    }
}
