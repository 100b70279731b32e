namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// The chrome every copy path carries round a story, built from parts: the paper's name by the
// title, bylines, glued datelines, credits and captions. Each call returns a piece for the
// frame to write where its format puts such a line.
internal static class StoryChrome
{
    public static string Paper(DressingRandom r) => r.Pick(DressingPools.Papers) switch
    {
        var p when r.Chance(0.4) => r.Pick("صحيفة ", "جريدة ", "موقع ", "") + p,
        var p => p,
    };

    public static NoisePiece Headline(DressingRandom r, Sheet s)
    {
        var title = TextReferee.Normalize(s.Article.Title ?? r.Pick("خبر", "تقرير", "متابعة") + " " + r.Pick("محلي", "اقتصادي", "عاجل"));
        var paper = Paper(r);
        var sep = r.Separator("|", "-", "–", "::", "»", "·", "—");
        return new(NoiseKind.Headline, [r.Chance(0.6) ? title + sep + paper : paper + sep + title]);
    }

    public static NoisePiece Byline(DressingRandom r, Sheet s)
    {
        var name = DressingPools.PersonName(r);
        var city = r.Pick(DressingPools.Cities);
        var line = r.Next(6) switch
        {
            0 => r.Pick("بقلم", "كتب", "كتبت", "تحرير") + r.Pick(": ", " ", " - ") + name,
            1 => r.Pick("مراسلة ", "مراسل ") + Paper(r) + r.Pick(" في ", " - ") + city + r.Pick(": ", " / ", "، ") + name,
            2 => name + r.Pick(" و", " و ", " - ", "، ") + DressingPools.PersonName(r),
            3 => name + r.Separator("—", "|", "،") + city + r.Separator("—", "|", "،") + Calendar.Gregorian(r, Calendar.Day(r, s)),
            4 => r.Pick("الكاتب الصحفي ", "الزميل ", "المحرر ", "الدكتور ") + name,
            _ => city + " - " + r.Pick("فريق التحرير", "المحرر الاقتصادي", "قسم الأخبار") + (r.Chance(0.5) ? " (" + name + ")" : ""),
        };
        return new(NoiseKind.Byline, [line]);
    }

    // A dateline glued before the lead, its parts in an order a page would not be read for:
    // the date first, the agency between, the weekday last.
    public static string Dateline(DressingRandom r, Sheet s)
    {
        var d = Calendar.Day(r, s);
        var agency = r.Pick(DressingPools.Agencies);
        var parts = new List<string> { r.Pick(DressingPools.Cities) };
        if (r.Chance(0.7))
        {
            parts.Add(r.Chance(0.5) ? "(" + agency + ")" : r.Chance(0.5) ? "[" + agency + "]" : agency);
        }
        if (r.Chance(0.6))
        {
            parts.Add(r.Chance(0.3) ? Calendar.Hijri(r, d) : Calendar.Gregorian(r, d, r.Chance(0.3)));
        }
        if (r.Chance(0.25))
        {
            parts.Add(Calendar.Weekday(d));
        }
        var ordered = parts.OrderBy(_ => r.Next(100)).ToList();
        var joint = r.Pick(" ", " — ", " / ", " | ", " • ", "، ");
        return string.Join(joint, ordered) + r.Pick(" — ", ": ", " / ", " | ", " • ", " ", "- ", "ـ ");
    }

    public static NoisePiece Credit(DressingRandom r)
    {
        var source = r.Chance(0.6) ? r.Pick(DressingPools.Agencies) : Paper(r);
        var line = r.Next(5) switch
        {
            0 => r.Pick("المصدر", "مصدر الخبر", "المرجع") + r.Pick(": ", " : ", " - ") + source,
            1 => r.Pick("نقلاً عن ", "نقلا عن ", "منقول عن ") + source,
            2 => r.Pick("بتصرف عن ", "(بتصرف) ", "بتصرف - ") + source,
            3 => r.Pick("ترجمة", "ترجمة وتحرير", "إعداد وترجمة") + r.Pick(": ", " - ") + DressingPools.PersonName(r) + r.Pick(" عن ", " نقلاً عن ") + source,
            _ => r.Pick("خدمة ", "وكالة ") + source + r.Pick(" للأنباء", " الإخبارية", ""),
        };
        return new(NoiseKind.Credit, [line]) { Credit = source };
    }

    public static NoisePiece Caption(DressingRandom r)
    {
        var scene = r.Chance(0.3)
            ? r.Pick("صورة أرشيفية", "صورة تعبيرية", "صورة من الأرشيف")
            : r.Pick("لقطة من", "جانب من", "من موقع", "من أجواء") + " " + r.Pick("الاجتماع", "الحادث", "اللقاء", "الفعالية", "المؤتمر الصحفي", "الجولة");
        var by = r.Chance(0.5) ? r.Pick(DressingPools.LatinAgencies) : r.Pick(DressingPools.Agencies);
        var line = r.Next(4) switch
        {
            0 => "(" + scene + r.Pick(" / ", " - ", "، ") + by + ")",
            1 => scene + r.Separator("—", "-") + r.Pick("تصوير: ", "عدسة ", "") + DressingPools.PersonName(r),
            2 => r.Pick("📷 ", "▲ ", "◄ ") + scene + " (" + by + ")",
            _ => r.Pick("الصورة", "في الصورة") + ": " + scene + " — " + by,
        };
        return new(NoiseKind.Caption, [line]);
    }
}
