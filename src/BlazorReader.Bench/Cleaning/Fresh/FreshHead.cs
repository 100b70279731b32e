namespace BlazorReader.Bench.Cleaning.Fresh;

// What pages print above the story: the headline again, the writer, where and when it was
// filed, when it was published. Each is a line of its own, or glued before the lead.
internal static class FreshHead
{
    public static NoisePiece Headline(DressingRandom r, string title)
    {
        var line = r.Next(5) switch
        {
            0 => title + r.Pick(" ..", ".", " !"),
            1 => r.Pick("■ ", "◀ ", "") + title,
            _ => title,
        };
        return new NoisePiece(NoiseKind.Headline, [r.Scuff(line)]);
    }

    public static NoisePiece Byline(DressingRandom r)
    {
        var name = r.Chance(0.08) ? FreshWords.LatinName(r) : FreshWords.Name(r);
        var role = r.Pick("كتب", "كتبت", "بقلم", "إعداد", "متابعة", "تقرير", "حوار", "تحرير", "رصد", "تغطية", "من", "مراسلنا");
        var where = r.Next(5) switch
        {
            0 => r.Separator("-", "–", "|") + r.Pick(FreshWords.Cities),
            1 => " (" + r.Pick(FreshWords.Cities) + ")",
            2 => r.Separator("-", "/") + r.Pick("مراسل ", "محرر ", "") + r.Pick(FreshWords.Sites),
            _ => "",
        };
        if (r.Chance(0.12))
        {
            // The role on one line and the name under it, as two stacked page elements.
            return new NoisePiece(NoiseKind.Byline, [r.Scuff(role + r.Pick(":", " :", "")), r.Scuff(name + where)]);
        }
        var line = r.Next(12) switch
        {
            0 or 1 => r.Pick(FreshWords.Cities) + r.Separator("-", "–", "ـ") + name,
            2 or 3 => name + where,
            4 => "By " + FreshWords.LatinName(r),
            _ => role + r.Separator("-", ":", "/", " ") + name + where,
        };
        return new NoisePiece(NoiseKind.Byline, [r.Scuff(line)]);
    }

    public static NoisePiece Dateline(DressingRandom r)
    {
        var date = FreshDates.Printed(r, FreshDates.Any(r));
        var line = r.Next(6) switch
        {
            0 => r.Pick("نشر في", "نُشر في", "تاريخ النشر", "نشر بتاريخ", "آخر تحديث") + r.Separator(":", "-", " ") + date + (r.Chance(0.5) ? r.Pick(" - ", " | ", " ") + FreshDates.Time(r) : ""),
            1 => date + r.Pick(" | ", " - ", "  ") + FreshDates.Time(r),
            2 => r.Pick("آخر تحديث", "نشر") + r.Pick(": ", " ") + FreshDates.Age(r),
            3 => r.Pick(FreshWords.Cities) + r.Separator("-", "–", ":") + r.Pick(FreshWords.Agencies),
            4 => r.Pick(FreshWords.Cities) + r.Pick(" في ", "، ") + date,
            _ => r.Pick("🕒 ", "", "⏱ ") + date,
        };
        return new NoisePiece(NoiseKind.Dateline, [r.Scuff(line)]);
    }

    // Written before the lead on the same line; the text ends with its own separator.
    public static string GluedDateline(DressingRandom r)
    {
        var city = r.Pick(FreshWords.Cities);
        var from = r.Chance(0.6) ? r.Pick(FreshWords.Agencies) : r.Pick(FreshWords.Sites);
        return r.Next(7) switch
        {
            0 => city + r.Separator("-", "–", "ـ") + from + r.Pick(":", " -", " –", ""),
            1 => city + " (" + from + ")" + r.Pick(" -", " –", ":", ""),
            2 => city + " - «" + from + "»:",
            3 => "(" + from + ")" + r.Pick(" -", " –", ":"),
            4 => city + " " + FreshDates.Printed(r, FreshDates.Any(r)) + (r.Chance(0.5) ? " (" + from + ") -" : " - " + from + ":"),
            5 => city + r.Separator("-", ":") + FreshWords.Name(r) + ":",
            _ => city + r.Pick(":", " -", "–"),
        };
    }
}
