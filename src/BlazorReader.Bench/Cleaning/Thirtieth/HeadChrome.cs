using System.Globalization;
namespace BlazorReader.Bench.Cleaning.Thirtieth;

// The head of a story as pages print it: the title with the paper's name, bylines in new
// wordings, counters, and datelines whose parts come in orders a rule would not expect.
internal static class HeadChrome
{
    public static string Headline(StoryFacts f, string title)
    {
        var r = f.R;
        var paper = r.Pick(f.Paper, "صحيفة " + f.Paper, f.Paper + " نت", f.Paper + " الإلكترونية");
        var sep = r.Separator("|", "-", "—", "::", "»", "•", "/");
        return r.Chance(0.65) ? title + sep + paper : paper + sep + title;
    }

    public static string Byline(StoryFacts f)
    {
        var r = f.R;
        var name = StoryFacts.Name(r);
        var second = StoryFacts.Name(r);
        return r.Next(8) switch
        {
            0 => r.Pick("مراسلة ", "مراسل ") + f.Paper + " في " + f.City + r.Separator("—", "-", ":") + name,
            1 => r.Pick("كتب", "كتبت", "إعداد") + r.Pick(": ", " ") + name + r.Pick(" و", " و ", " - ", "، ") + second,
            2 => name + " (" + f.City + ")" + r.Separator("—", "|", "/") + f.AnyDate(),
            3 => r.Pick("المحرر الاقتصادي", "محرر الشؤون المحلية", "المحررة الثقافية", "قسم التحقيقات") + r.Separator("—", "|", ":") + name,
            4 => "By " + r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast) + r.Pick(" in ", ", ") + r.Pick("Riyadh", "Dubai", "Cairo", "London"),
            5 => r.Pick("تقرير", "متابعة", "حوار") + r.Pick(": ", " | ", " — ") + name + r.Pick("", " · " + f.City),
            6 => f.City + r.Separator("—", "-", "،") + r.Pick("خاص بـ", "خاص ") + f.Paper + r.Pick(" - ", " | ") + name,
            _ => "بقلم" + r.Pick(": ", " ") + r.Pick("الدكتور ", "د. ", "الأستاذة ", "") + name,
        };
    }

    // A dateline as written before the lead; glued to it or on its own line.
    public static string Dateline(StoryFacts f)
    {
        var r = f.R;
        var agency = r.Pick("(" + f.Agency + ")", "[" + f.Agency + "]", f.Agency);
        var date = r.Chance(0.4) ? f.Hijri(f.Day) : f.Gregorian(f.Day);
        var weekday = r.Chance(0.4) ? StoryFacts.Weekday(f.Day) + r.Pick(" ", "، ") : "";
        var sep = r.Pick(" — ", "—", ": ", " / ", " | ", " • ", " ");
        string[] parts = r.Next(6) switch
        {
            0 => [f.City, agency],
            1 => [agency, f.City],
            2 => [weekday + date, f.City],
            3 => [f.City, weekday + date],
            4 => [agency, f.City, date],
            _ => [date, agency, f.City],
        };
        var inner = r.Pick(" ", " ", "، ", " - ", " / ");
        return string.Join(inner, parts).Trim() + sep;
    }

    public static string Counter(StoryFacts f)
    {
        var r = f.R;
        var views = r.Number(r.Between(120, 98000));
        var minutes = f.Digits(r.Between(1, 9).ToString(CultureInfo.InvariantCulture));
        return r.Next(6) switch
        {
            0 => "👁 " + views + r.Pick(" مشاهدة", " قراءة") + r.Pick(" · ", "  ", " | ") + "💬 " + r.Number(r.Between(0, 300)),
            1 => r.Pick("وقت القراءة", "مدة القراءة", "تقرأ في") + ": " + minutes + r.Pick(" دقائق", " د", " دقيقة"),
            2 => r.Number(r.Between(0, 900)) + r.Pick(" تعليقًا", " تعليق") + r.Separator("·", "|", "-") + views + " مشاهدة",
            3 => "عدد القراءات" + r.Pick(": ", " ") + views,
            4 => "⏱ " + minutes + " min read · " + views + " views",
            _ => minutes + r.Pick(" دقائق للقراءة", " د قراءة") + r.Pick(" • ", " — ") + r.Pick("آخر تحديث ", "نُشر ") + f.Clock(),
        };
    }
}
