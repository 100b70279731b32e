namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// An old portal laid out in tables and scraped cell by cell: the menu row
// («الأخبار المحلية | الاقتصاد | الرياضة»), advert cells, a date cell, the title cell, story
// cells with the cell separators (tabs or a lone «|») on their own lines, then side and foot cells.
internal sealed class LayoutTablePath : CopyPath
{
    private static readonly string[] Menu = ["الأخبار المحلية", "الاقتصاد", "الرياضة", "الرأي", "منوعات", "اتصل بنا"];

    private string bar = "|";

    public override void Head(Sheet s)
    {
        var r = s.R;
        bar = r.Pick("|", "\t", "||", "| |", "\t|");
        s.PostGap = () => s.Raw(bar);
        s.Raw(r.Pick("الرئيسية", "الصفحة الرئيسية") + r.Pick(" | ", "\t") + string.Join(r.Pick(" | ", "\t", " ¦ "), Menu.Take(r.Between(3, 6))), bar);
        if (r.Chance(0.6))
        {
            s.Raw(r.Pick("إعلان", "مساحة إعلانية", "أعلن هنا", "[إعلان]"), bar);
        }
        var d = Calendar.Day(r, s);
        s.Chrome(NoiseKind.Dateline, r.Pick("", "اليوم: ", "التاريخ: ") + Calendar.Weekday(d) + r.Pick(" ", "، ") + Calendar.Gregorian(r, d) + (r.Chance(0.5) ? r.Pick(" - ", " | ", " الموافق ") + Calendar.Hijri(r, d) : ""));
        s.Raw(bar);
        Title(s, "", "", withPaper: r.Chance(0.3));
        if (r.Chance(0.5))
        {
            s.Add(StoryChrome.Byline(r, s));
        }
        Maybe(s, 0.3, PageChrome.Counter(r));
        s.Raw(bar);
    }

    public override void Between(Sheet s, int i)
    {
        var r = s.R;
        if (r.Chance(0.5))
        {
            s.Raw(bar);
        }
        if (r.Chance(0.05))
        {
            s.Raw(r.Pick("إعلان", "مساحة إعلانية"), bar);
        }
    }

    public override void Tail(Sheet s)
    {
        var r = s.R;
        s.PostGap = null;
        s.Raw(bar);
        Maybe(s, 0.5, PageChrome.Share(r));
        s.Raw(bar);
        var side = new List<Action>
        {
            () => Maybe(s, 0.8, PageChrome.Teasers(r, s)),
            () => Maybe(s, 0.4, PageChrome.Counter(r)),
            () => s.Raw(r.Pick("استطلاع الرأي", "القائمة البريدية: أدخل بريدك", "إعلان"), bar),
        };
        foreach (var cell in side.OrderBy(_ => r.Next(9)))
        {
            cell();
            s.Raw(bar);
        }
        s.Add(PageChrome.Footer(r));
        if (r.Chance(0.4))
        {
            s.Raw(bar, r.Pick("تصميم وبرمجة ", "Powered by ") + r.Pick("شركة الإبداع", "vBulletin CMS", "ArabPortal"));
        }
    }
}
