namespace BlazorReader.Bench.Cleaning.Tenth;

// Pages that carry the story inside something else: a wiki-style news aggregator, a podcast
// or video page with the story as its transcript, a sports site's match card, an economic
// site's ticker.
public static class PortalPages
{
    private static readonly string[] Clubs = ["القوة الجوية", "الزوراء", "الشرطة", "السد", "الدحيل", "العربي", "القادسية", "الكويت", "السيب", "ظفار", "الأهلي طرابلس", "الاتحاد", "نواذيبو", "تفرغ زينة"];

    public static void Wiki(TenthPage page, TenthStory s, DressingRandom r)
    {
        page.Head(page.Piece(NoiseKind.Footer, r.Pick("من ويكي الأخبار", "من ويكي أخبار، المصدر الإخباري الحر", "From Wikinews, the free news source")));
        page.Top(page.Piece(NoiseKind.Dateline, $"{r.Pick("", "📅 ")}{s.Date(r)}"));
        var sources = Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Chance(0.5) ? r.Pick(DressingPools.Papers) : s.Paper).Distinct().ToList();
        var lines = new List<string> { r.Pick("المصادر", "مصادر", "Sources", "المصادر[عدل]") };
        lines.AddRange(sources.Select(p => $"{r.Pick("• ", "^ ", "")}{p}{r.Separator("—", "-", ".")}«{(s.Title.Length > 0 ? s.Title : r.Pick(s.Pools.Titles))}»{r.Pick("", ". " + s.Date(r))}"));
        page.Bottom(page.Piece(NoiseKind.Credit, [.. lines]) with { Credit = sources[0] });
        page.Tail(page.Piece(NoiseKind.Tags, $"{r.Pick("تصنيفات", "تصنيف", "Categories")}: {string.Join(r.Pick(" | ", " • ", "، "), new[] { s.Outlet.Country, "أخبار " + r.Pick("سياسية", "اقتصادية", "محلية"), Stamp.Month(s.Day, MonthStyle.Gregorian) + " " + Stamp.N(s.Day.Year), "منشور" }.Take(r.Between(2, 4)))}"));
        if (r.Chance(0.5))
        {
            page.Tail(page.Piece(NoiseKind.Share, r.Pick("شارك هذا الخبر", "Share this news:", "شارك الخبر على:") + r.Pick("", " Facebook  Twitter", " فيسبوك | تويتر | ريديت")));
        }
    }

    // The story as a recording's words: the player, its length, the plays, the transcript's label.
    public static void Media(TenthPage page, TenthStory s, DressingRandom r)
    {
        var length = $"{Stamp.N(r.Between(1, 48))}:{Stamp.N(r.Between(10, 59))}";
        var audio = r.Chance(0.5);
        page.Head(page.Piece(NoiseKind.Caption, audio
            ? $"{r.Pick("▶", "🎧", "🎙")} {r.Pick("استمع إلى الحلقة", "استمع", "الحلقة " + Stamp.Digits(r, Stamp.N(r.Between(2, 300))))}{r.Separator("|", "-", "·")}{Stamp.Digits(r, length)}"
            : $"{r.Pick("▶", "⏵", "🎬")} {r.Pick("0:00", "00:00")} / {length}"));
        page.Top(page.Piece(NoiseKind.Counter, $"{Stamp.Count(r, 500_000)} {r.Pick(audio ? "استماع" : "مشاهدة", "views", "مرة تشغيل")}{r.Pick("", " · " + Stamp.Ago(r))}"));
        if (r.Chance(0.7))
        {
            page.Top(page.Piece(NoiseKind.Caption, r.Pick("النص الكامل", "نص الحلقة:", "نص الفيديو", "Transcript", "تفريغ نصي للمقطع:") + r.Pick("", " ▼", " (مولّد آلياً)")));
        }
        page.Tail(page.Piece(NoiseKind.Share, r.Pick("اشترك في القناة", "اشترك في البودكاست", "Subscribe", "تابعنا على يوتيوب") + r.Pick("", " 🔔", " | ساوندكلاود | أبل بودكاست", " | Spotify")));
    }

    public static void MatchCard(TenthPage page, TenthStory s, DressingRandom r)
    {
        var home = r.Pick(Clubs);
        var away = r.Pick<string>([.. Clubs.Where(c => c != home)]);
        var score = $"{Stamp.Digits(r, Stamp.N(r.Between(0, 4)))} {r.Pick("-", "–", ":")} {Stamp.Digits(r, Stamp.N(r.Between(0, 4)))}";
        string[] lines = r.Chance(0.5) ? [$"{home} {score} {away}"] : [home, score, away];
        var status = r.Pick("انتهت", "نهاية المباراة", "FT 90'", "الشوط الثاني " + Stamp.Digits(r, Stamp.N(r.Between(46, 90))) + "'", "مباشر 🔴");
        page.Head(page.Piece(NoiseKind.Counter, [.. lines, status]));
        if (r.Chance(0.5))
        {
            page.Head(page.Piece(NoiseKind.Tags, $"{r.Pick("دوري نجوم", "الدوري الممتاز", "كأس الأمير", "دوري أبطال الخليج")}{r.Separator("|", "-", "·")}{r.Pick("الجولة", "الأسبوع")} {Stamp.Digits(r, Stamp.N(r.Between(1, 30)))}"));
        }
    }

    public static void Ticker(TenthPage page, TenthStory s, DressingRandom r)
    {
        var names = new[] { "QE", "بورصة الكويت", "مسقط 30", "سوق العراق", "برنت", "الذهب", "نفط عمان", "الدولار/دينار", "Brent", "Gold" };
        var items = names.OrderBy(_ => r.Next(100)).Take(r.Between(2, 4)).Select(n =>
        {
            var value = (r.Between(100, 2_000_000) / 100.0).ToString(r.Pick("N2", "0.00", "0.##"), System.Globalization.CultureInfo.InvariantCulture);
            var change = (r.Between(1, 450) / 100.0).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            var up = r.Chance(0.5);
            return $"{n} {Stamp.Digits(r, value, 0.2)} {r.Pick(up ? "▲" : "▼", up ? "+" : "-", up ? "↑" : "↓")}{Stamp.Digits(r, change, 0.2)}%";
        }).ToList();
        var piece = page.Piece(NoiseKind.Counter, r.Chance(0.5) ? [string.Join(r.Pick(" | ", "   ", " • "), items)] : [.. items]);
        if (r.Chance(0.6))
        {
            page.Head(piece);
        }
        else
        {
            page.Tail(piece);
        }
    }
}
