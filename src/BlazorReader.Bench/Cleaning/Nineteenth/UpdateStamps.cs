namespace BlazorReader.Bench.Cleaning.Nineteenth;

// When a page says it was published and changed: a stamp pair, an update log the CMS lists
// under the title, and the city dateline a desk glues onto the lead. A correction the paper
// prints with the story is body (see StatementLookalikes), but the CMS's log of edits is not.
public static class UpdateStamps
{
    public static void Stamp(PageSheet s)
    {
        var r = s.R;
        var day = Ink.Day(r, s.Story.Day);
        var published = r.Pick("نُشر في", "تاريخ النشر", "نشر", "أُضيف") + r.Separator(":") + day + (r.Chance(0.6) ? r.Pick(" - ", " الساعة ", " ") + Ink.Clock(r) : "");
        var updated = r.Pick("آخر تحديث", "عُدّل في", "تحديث") + r.Separator(":") + (r.Chance(0.5) ? Ink.Ago(r) : Ink.Clock(r));
        var hijri = r.Chance(0.3) ? r.Separator("|", "·", "/") + Ink.Hijri(r, s.Story.Day) : "";
        s.Piece(NoiseKind.Dateline, r.Next(3) switch
        {
            0 => published + hijri + "\n" + updated,
            1 => published + r.Separator("|", "·", "—") + updated,
            _ => updated + hijri,
        });
    }

    public static void Log(PageSheet s)
    {
        var r = s.R;
        string[] edits = ["نُشر الخبر لأول مرة", "أضيفت تصريحات المتحدث الرسمي", "أضيفت صور من الموقع", "حُدّثت الأرقام", "عُدّل العنوان", "أضيف مقطع فيديو", "أضيفت خلفية عن الموضوع"];
        var lines = new List<string> { Ink.Stretch(r, r.Pick("سجل التحديثات", "تحديثات هذا الخبر", "مراحل التغطية")) };
        foreach (var e in edits.OrderBy(_ => r.Next(99)).Take(r.Between(1, 3)))
        {
            lines.Add(r.Pick("", "تحديث ") + Ink.Clock(r) + r.Separator("—", "-", ":", "|") + e);
        }
        s.Piece(NoiseKind.Dateline, lines);
    }

    public static void GluedCity(PageSheet s)
    {
        var r = s.R;
        var city = r.Pick(DressingPools.Cities);
        var paper = r.Pick(DressingPools.Papers);
        s.GlueBeforeLead(NoiseKind.Dateline, r.Next(4) switch
        {
            0 => city + r.Separator("—", "–", "-") + "«" + paper + "»" + r.Pick(": ", " : "),
            1 => city + " / " + r.Pick("خاص", "مراسلنا", "متابعات") + r.Pick(": ", " - "),
            2 => "(" + paper + ") " + r.Pick("– ", "") + city + ": ",
            _ => Ink.Stretch(r, city) + r.Pick(" ـ ", "– ") + Ink.Day(r, s.Story.Day) + ": ",
        });
    }
}
