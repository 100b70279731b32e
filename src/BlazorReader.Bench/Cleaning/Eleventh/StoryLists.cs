namespace BlazorReader.Bench.Cleaning.Eleventh;

// Other stories the page points to: «اقرأ أيضاً» between paragraphs, lists of the most read or
// most shared with their times, dates and counts, a trending bar on one line, and on an
// endless-scroll page the next story itself (label, title, writer, date, dated lead).
internal static class StoryLists
{
    // Distinct other stories, titles mostly; some from the same subject as the story's title.
    public static List<string> Draw(Dressing s, int count, double leads)
    {
        var r = s.R;
        var picked = new List<string>();
        for (var tries = 0; picked.Count < count && tries < count * 6 && s.Pools.Titles.Count > 0; tries++)
        {
            var story = r.Chance(0.2) ? s.Pools.RelatedTitle(r, s.Title) : null;
            story ??= r.Chance(leads) && s.Pools.Leads.Count > 0 ? r.Pick(s.Pools.Leads) : r.Pick(s.Pools.Titles);
            if (s.IsOther(story) && !picked.Contains(story))
            {
                picked.Add(story);
            }
        }
        return picked;
    }

    public static void ReadAlso(Dressing s)
    {
        var r = s.R;
        var stories = Draw(s, r.Chance(0.7) ? 1 : r.Between(2, 3), 0.0);
        if (stories.Count == 0)
        {
            return;
        }
        var label = r.Pick("اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضاً", "طالع أيضاً", "ذات صلة", "مواضيع ذات صلة", "قد يهمك", "Read also", "اقرأ كذلك", "شاهد أيضاً");
        string[] lines = stories.Count > 1
            ? [label + r.Pick(":", "", " »"), .. stories.Select(t => r.Pick("- ", "• ", "» ", "") + t)]
            : r.Next(3) switch
            {
                0 => [label + r.Separator(":", "|", ">>", "..", "»", "-") + stories[0]],
                1 => [label, stories[0]],
                _ => [$"{r.Pick("◄", "»", "←", "▪", "🔗")} {stories[0]}"],
            };
        var gap = r.Next(10) switch { < 7 => s.Sheet.InnerGap(), < 9 => s.LastGap, _ => 0 };
        s.Sheet.Put(new Spot(Zone.Gap, gap, Order.Anywhere), new NoisePiece(NoiseKind.ReadAlso, lines) { Teasers = stories });
    }

    public static void Block(Dressing s, Spot at, string? header = null)
    {
        var r = s.R;
        var stories = Draw(s, r.Between(2, 5), r.Pick(0.0, 0.0, 0.2, 0.5));
        if (stories.Count < 2)
        {
            return;
        }
        header ??= r.Chance(0.75) ? Header(s) : null;
        var lines = new List<string>();
        var way = r.Next(8);
        if (way == 7)
        {
            lines.Add((header is null ? "" : header + r.Pick(": ", " | ", " ")) + string.Join(r.Pick(" | ", " • ", " ◆ ", "   "), stories));
        }
        else
        {
            lines.AddRange(header is null ? [] : [header]);
            for (var i = 0; i < stories.Count; i++)
            {
                var t = stories[i];
                lines.AddRange(way switch
                {
                    0 => [t],
                    1 => [s.Digits(CalendarWords.Inv(i + 1)) + r.Pick(". ", "- ", " ", ") ") + t],
                    2 => [t + r.Separator("-", "|", "·") + CalendarWords.Ago(s)],
                    3 => [t, Meta(s)],
                    4 => [t + " " + Count(s)],
                    5 => [CalendarWords.Time(s.When.AddMinutes(-r.Next(900)), s) + r.Pick(" ", " | ", " - ") + t],
                    _ => [r.Pick("• ", "■ ", "◂ ", "- ") + t],
                });
            }
        }
        s.Sheet.Put(at, new NoisePiece(NoiseKind.Teaser, [.. lines]) { Teasers = stories });
    }

    public static void NextStory(Dressing s)
    {
        var r = s.R;
        var titles = Draw(s, 1, 0.0);
        if (titles.Count == 0)
        {
            return;
        }
        var tail = new Spot(Zone.Tail);
        var label = r.Pick("المقال التالي", "الخبر التالي", "اقرأ التالي", "التالي", "↓ الخبر التالي", "Next article", "تابع القراءة ⬇");
        string[] head = r.Chance(0.6) ? [label, titles[0]] : [label, r.Pick(HeadPieces.Kickers), titles[0]];
        s.Sheet.Put(tail, new NoisePiece(NoiseKind.Teaser, head) { Teasers = titles });
        if (r.Chance(0.6))
        {
            s.Sheet.Put(tail, NoiseKind.Byline, r.Pick($"بقلم: {s.Person()}", s.Person(), $"{s.Person()} - {s.Outlet.City}", $"By {s.LatinPerson()}"));
        }
        if (r.Chance(0.5))
        {
            s.Sheet.Put(tail, NoiseKind.Dateline, Datelines.DateBar(s));
        }
        var leads = Draw(s, 1, 1.0);
        if (leads.Count > 0)
        {
            var line = (r.Chance(0.5) ? Datelines.Dateline(s) + " " : "") + leads[0];
            s.Sheet.Put(tail, new NoisePiece(NoiseKind.Teaser, [line]) { Teasers = leads });
        }
        if (r.Chance(0.3))
        {
            s.Sheet.Put(tail, NoiseKind.Share, PageChrome.ShareBar(s));
        }
    }

    private static string Header(Dressing s) => s.R.Pick("الأكثر قراءة", "الأكثر مشاركة", "الأكثر تعليقاً", "الأكثر مشاهدة", "أخبار ذات صلة", "شاهد أيضاً",
        "قد يهمك أيضاً", $"المزيد من {s.R.Pick(HeadPieces.Sections)}", "آخر الأخبار", $"أخبار {Outlets.CountryName(s.Outlet.Country)}", $"المزيد من {s.OutletName()}",
        "Most Read", "Trending", "الأكثر تداولاً", "اخترنا لك", "مختارات المحرر", "Recommended", "الأكثر قراءة اليوم", "الأكثر قراءة هذا الأسبوع ▾");

    private static string Meta(Dressing s) => s.R.Next(4) switch
    {
        0 => $"{CalendarWords.Ago(s)} | {s.Count(s.R.Between(100, 90000))} مشاهدة",
        1 => CalendarWords.Day(s.When.AddDays(-s.R.Next(5)), s),
        2 => $"{s.Num(s.R.Between(1, 300))} تعليق",
        _ => $"{s.OutletName()} · {CalendarWords.Ago(s)}",
    };

    private static string Count(Dressing s) => s.R.Next(3) switch
    {
        0 => $"({s.Num(s.R.Between(1, 400))} {s.R.Pick("تعليقاً", "تعليق", "comments")})",
        1 => $"👁 {s.Count(s.R.Between(100, 250000))}",
        _ => $"[{s.Count(s.R.Between(50, 9000))} قراءة]",
    };
}
