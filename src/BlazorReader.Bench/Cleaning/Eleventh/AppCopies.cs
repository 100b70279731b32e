namespace BlazorReader.Bench.Cleaning.Eleventh;

// Stories copied out of apps. A news app's share (Apple News- or Flipboard-like): the app and
// the publisher above, «sent from» below. A blogging platform (Medium-like): the writer's row
// with follow, reading time and date, claps and responses, the writer's card and more from
// them. Phone screenshots read by OCR: the status bar and the app's bars on every shot, and
// where two shots overlap the end of a paragraph read twice; the story's own lines stay whole.
internal static class AppCopies
{
    private static readonly (string Arabic, string Latin)[] Apps = [("زاجل", "Zajel"), ("نبأ+", "Naba+"), ("خبرك", "Khabarak"), ("مُلخّص", "Mulakhas"), ("رصد", "Rasd"), ("قارئ", "Qari")];

    public static void AppShare(Dressing s)
    {
        var r = s.R;
        var (app, appLatin) = r.Pick(Apps);
        s.Sheet.Put(new Spot(Zone.Above), NoiseKind.Share, r.Pick($"{s.OutletName()} عبر {app}", $"تمت المشاركة من تطبيق {app}", $"Shared via {appLatin}", $"من تطبيق {app} للأخبار"));
        if (r.Chance(0.6))
        {
            s.Sheet.Put(new Spot(Zone.Head), NoiseKind.Byline, s.OutletName());
            s.Sheet.Put(new Spot(Zone.Head), NoiseKind.Dateline, CalendarWords.Ago(s));
        }
        if (r.Chance(0.3))
        {
            s.Sheet.Put(new Spot(Zone.Above), NoiseKind.Share, $"أُضيف إلى مجلة «{r.Pick(HeadPieces.Sections)}» بواسطة {s.Person()}");
        }
        s.Sheet.Put(new Spot(Zone.Tail), NoiseKind.Share, r.Pick($"أُرسلت من {app} على iPhone", $"Sent from {appLatin}", $"حمّل تطبيق {app} مجاناً", $"تابع المزيد من الأخبار على {app}"));
        if (r.Chance(0.5))
        {
            s.Sheet.Put(new Spot(Zone.Foot), NoiseKind.MoreLink, r.Pick($"اقرأ القصة كاملة على {s.OutletName()}", "عرض في المتصفح", $"فتح في {s.OutletName()}", "View in browser"));
        }
        if (r.Chance(0.4))
        {
            var name = s.OutletName();
            s.Sheet.Put(new Spot(Zone.Foot), new NoisePiece(NoiseKind.Credit, [$"المصدر{s.Colon()}{name}"]) { Credit = name });
        }
    }

    public static void Blog(Dressing s)
    {
        var r = s.R;
        var writer = r.Chance(0.8) ? s.Person() : s.LatinPerson();
        var minutes = CalendarWords.Inv(Math.Max(1, s.Words / 220));
        s.Sheet.Put(new Spot(Zone.Head), NoiseKind.Byline, writer + r.Pick(" · متابعة", " · Follow", "", " · تابع"));
        s.Sheet.Put(new Spot(Zone.Head), NoiseKind.Counter, r.Chance(0.6)
            ? s.Digits($"{minutes} دقائق قراءة · {CalendarWords.Day(s.When, s)}")
            : $"{minutes} min read · {CalendarWords.English(s.When, r)}");
        if (r.Chance(0.5))
        {
            s.Sheet.Put(new Spot(Zone.Head), NoiseKind.Share, r.Pick("استمع    شارك", "Listen  Share", "🔖  ⤴  ⋯", "استمع | شارك | حفظ"));
        }
        var foot = new Spot(Zone.Foot);
        s.Sheet.Put(foot, NoiseKind.Counter, $"👏 {s.Count(r.Between(2, 30000))}");
        if (r.Chance(0.5))
        {
            s.Sheet.Put(foot, NoiseKind.Counter, $"{s.Num(r.Between(1, 200))} {r.Pick("ردود", "رد", "responses")}");
        }
        s.Sheet.Put(foot, NoiseKind.Signature, [$"{r.Pick("كُتب بواسطة", "بقلم", "Written by")} {writer}", $"{s.Count(r.Between(10, 90000))} {r.Pick("متابع", "Followers")}",
            .. r.Chance(0.5) ? new[] { HeadPieces.Role(s) } : []]);
        if (r.Chance(0.4))
        {
            var publication = r.Pick($"مدونة {s.Outlet.Arabic}", s.Outlet.Latin, $"منصة {r.Pick("أثر", "حبر", "مداد", "رقيم")}");
            s.Sheet.Put(foot, new NoisePiece(NoiseKind.Credit, [$"{r.Pick("نُشر في", "Published in", "نشر في")} {publication}"]) { Credit = publication });
        }
        StoryLists.Block(s, new Spot(Zone.Tail), r.Pick($"المزيد من {writer}", $"More from {writer}", "مقالات مقترحة"));
    }

    public static void Screenshot(Dressing s)
    {
        var r = s.R;
        string Status() => s.Digits($"{CalendarWords.Inv(r.Between(1, 12))}:{CalendarWords.Two(r.Next(60))}") + r.Pick(" ‏ 4G ", " LTE ", "   ", " 5G ", " ▂▄▆ ")
            + s.Digits($"{CalendarWords.Inv(r.Between(5, 100))}%") + r.Pick("", " 🔋", " ▮");
        s.Sheet.Put(new Spot(Zone.Above, Order: Order.Start), NoiseKind.Counter, Status());
        if (r.Chance(0.7))
        {
            s.Sheet.Put(new Spot(Zone.Above), NoiseKind.Share, r.Pick($"‹ رجوع    {s.OutletName()}    ⋮", $"< {r.Pick(HeadPieces.Sections)}", "✕   Aa   ⋯", $"{s.OutletName()}  🔍  ☰"));
        }
        var seams = Math.Min(r.Between(1, 3), s.Sheet.Count - 1);
        foreach (var gap in Enumerable.Range(1, Math.Max(0, s.Sheet.Count - 1)).OrderBy(_ => r.Next(100)).Take(seams).ToList())
        {
            s.Sheet.Put(new Spot(Zone.Gap, gap), NoiseKind.Counter, Status());
            var words = s.Sheet.Paragraphs[gap - 1].Split(' ');
            if (words.Length >= 8 && r.Chance(0.6))
            {
                s.Sheet.Put(new Spot(Zone.Gap, gap), NoiseKind.Repeat, string.Join(' ', words[^r.Between(4, words.Length / 2)..]));
            }
        }
        if (r.Chance(0.7))
        {
            s.Sheet.Put(new Spot(Zone.Tail), NoiseKind.Share, r.Pick("الرئيسية   الأقسام   المحفوظات   حسابي", "⌂   ☰   🔖   👤", "Home  Sections  Saved  Profile"));
        }
    }
}
