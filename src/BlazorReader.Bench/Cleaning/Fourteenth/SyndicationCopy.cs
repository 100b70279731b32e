namespace BlazorReader.Bench.Cleaning.Fourteenth;

// A story as a portal or a news app shows it when a partner supplied it: the partner's
// credit, the discovery card's source-and-age line, «continue on the partner's site»,
// a follow button, the card's menu, and a rail of the same partner's other stories.
internal static class SyndicationCopy
{
    public static void Dress(PageDraft page)
    {
        var r = page.R;
        var partner = Outlets.Portal(r);
        var credit = Credit(r, partner);
        switch (r.Next(3))
        {
            case 0:
                page.Head(credit);
                break;
            case 1:
                page.Tail(credit);
                break;
            default:
                page.Top(PageRun.Credited(partner, partner + r.Pick(" · ", " • ", " - ") + Age(r)));
                break;
        }
        if (r.Chance(0.45))
        {
            var more = r.Pick("تابع القراءة على ", "اقرأ المقال كاملًا على موقع ", "Continue reading on ", "المزيد على ") + partner + r.Pick("", " ←", " »", " >>");
            if (r.Chance(0.4))
            {
                page.GlueEnd(PageRun.Glued(NoiseKind.MoreLink, more), r.Pick(" ", " ... ", "… "));
            }
            else
            {
                page.Tail(PageRun.Chrome(NoiseKind.MoreLink, more));
            }
        }
        if (r.Chance(0.35))
        {
            page.Foot(PageRun.Chrome(NoiseKind.Share, r.Pick("تابع ", "+ متابعة ", "Follow ") + partner + r.Pick("", " للحصول على آخر الأخبار", " على تطبيقك")));
        }
        if (r.Chance(0.6) && MoreFrom(page, partner) is { } rail)
        {
            page.Foot(rail);
        }
        if (r.Chance(0.3))
        {
            page.Foot(PageRun.Chrome(NoiseKind.Footer, r.Pick("إخفاء القصص من ", "لا أريد رؤية محتوى ", "حظر ") + partner, r.Pick("الإبلاغ عن مشكلة", "لست مهتمًا بهذا", "إرسال ملاحظات")));
        }
        if (r.Chance(0.2))
        {
            var title = page.Others.Title(r);
            if (title is not null)
            {
                page.Between(PageRun.Naming(NoiseKind.ReadAlso, [(r.Chance(0.5) ? r.Pick("من الشريك نفسه: ", "ذو صلة: ", "قصة مرتبطة ← ") : "من " + partner + r.Pick(": ", " ← ")) + title], [title]));
            }
        }
    }

    private static PageRun Credit(DressingRandom r, string partner) => PageRun.Credited(partner, r.Next(6) switch
    {
        0 => "المحتوى مقدم من " + partner,
        1 => "هذا المقال من شريكنا " + partner,
        2 => "ظهر هذا المقال للمرة الأولى على " + partner,
        3 => "بالشراكة مع " + partner,
        4 => "نُشر بالتعاون مع " + partner + r.Pick("", "، وجميع الحقوق محفوظة للناشر"),
        _ => r.Pick("المصدر", "المحتوى من") + r.Separator(":", "|") + partner,
    });

    private static string Age(DressingRandom r) => r.Next(4) switch
    {
        0 => "منذ " + r.Number(r.Between(3, 10)) + " " + r.Pick("ساعات", "دقائق", "س"),
        1 => "منذ " + r.Pick("ساعة", "يوم", "يومين"),
        2 => r.Number(r.Between(1, 23)) + r.Pick(" س", "h", " د"),
        _ => r.Pick("قبل قليل", "الآن", "أمس"),
    };

    // The partner's rail: «more from», then cards of other stories, each with its age or not.
    private static PageRun? MoreFrom(PageDraft page, string partner)
    {
        var r = page.R;
        var titles = page.Others.Titles(r, r.Between(2, 5));
        if (titles.Count == 0)
        {
            return null;
        }
        var aged = r.Chance(0.5);
        var mark = r.Pick("", "", "• ", "▪ ");
        var lines = new List<string> { r.Pick("المزيد من ", "قصص أخرى من ", "More from ", "الأكثر قراءة في ") + partner + r.Pick("", ":", " ›") };
        if (r.Chance(0.25))
        {
            lines[0] = r.Pick("المزيد من هذه القناة", "من القناة نفسها", "قد يعجبك أيضًا");
        }
        lines.AddRange(titles.Select(t => mark + t + (aged ? r.Pick(" · ", " — ") + Age(r) : "")));
        return PageRun.Naming(NoiseKind.Teaser, lines, titles);
    }
}
