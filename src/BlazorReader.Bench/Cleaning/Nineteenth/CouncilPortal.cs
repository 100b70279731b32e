namespace BlazorReader.Bench.Cleaning.Nineteenth;

// A council's or parliament's portal carrying a news item: the session's reference line,
// the vote tally box, the minutes to download and the agenda's other items (other stories).
public static class CouncilPortal
{
    private static readonly string[] Councils = ["مجلس الشورى", "المجلس البلدي", "مجلس المنطقة", "مجلس الأمة", "المجلس الوطني الاتحادي", "مجلس النواب"];

    public static void SessionLine(PageSheet s)
    {
        var r = s.R;
        var parts = new List<string>
        {
            r.Pick(Councils),
            r.Pick("الجلسة", "الجلسة العادية", "الاجتماع") + " " + r.Number(r.Between(3, 64)),
            r.Pick("الدورة", "السنة") + " " + r.Pick("الأولى", "الثانية", "الثالثة", "السادسة"),
        };
        if (r.Chance(0.5))
        {
            parts.Add(Ink.Hijri(r, s.Story.Day));
        }
        s.Piece(NoiseKind.Tags, string.Join(r.Separator("|", "·", "/", "—"), parts));
    }

    public static void VoteTally(PageSheet s)
    {
        var r = s.R;
        var yes = r.Between(40, 120);
        var lines = new List<string>
        {
            r.Pick("نتيجة التصويت", "التصويت على البند", "قرار المجلس") + r.Pick(":", "", " ▾"),
            r.Pick("موافق", "مع") + " " + r.Number(yes) + r.Separator("|", "·", "  ") + r.Pick("معارض", "ضد") + " " + r.Number(r.Between(0, 40)) + r.Separator("|", "·", "  ") + r.Pick("ممتنع", "امتناع") + " " + r.Number(r.Between(0, 9)),
        };
        if (r.Chance(0.5))
        {
            lines.Add(r.Pick("الحضور", "عدد الحاضرين") + ": " + r.Number(yes + r.Between(10, 40)) + r.Pick(" عضواً", " من " + r.Number(150)));
        }
        s.Piece(NoiseKind.Counter, lines);
    }

    public static void Minutes(PageSheet s)
    {
        var r = s.R;
        var size = r.Number(r.Between(90, 2400)) + r.Pick(" ك.ب", " KB", " كيلوبايت");
        s.Piece(NoiseKind.Footer, r.Next(3) switch
        {
            0 => r.Pick("المرفقات", "الملفات المرفقة") + ":\n" + r.Pick("محضر الجلسة", "جدول الأعمال", "نص القرار") + " (PDF، " + size + ")" + r.Pick(" ⬇", " تحميل", ""),
            1 => "📄 " + r.Pick("تحميل المحضر", "تنزيل جدول الأعمال") + r.Separator("|", "·") + "PDF " + size,
            _ => r.Pick("البث المباشر للجلسات", "أرشيف الجلسات") + r.Separator("|", "·") + r.Pick("المحاضر", "القرارات") + r.Separator("|", "·") + r.Pick("الأعضاء", "اللجان"),
        });
    }

    public static void Agenda(PageSheet s)
    {
        var r = s.R;
        var titles = s.Story.Others.Titles(r, r.Between(2, 3));
        if (titles.Count == 0)
        {
            return;
        }
        var lines = new List<string> { r.Pick("بنود أخرى على جدول الأعمال", "من أخبار المجلس", "أخبار الجلسة") };
        var indic = r.Chance(0.5);
        var mark = r.Pick(") ", "- ", ". ");
        lines.AddRange(titles.Select((t, i) => (indic ? DressingRandom.ToArabicIndic($"{i + 1}") : $"{i + 1}") + mark + t));
        s.Piece(NoiseKind.Teaser, lines, titles);
    }
}
