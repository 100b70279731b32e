namespace BlazorReader.Bench.Cleaning.Sixteenth;

// The story on a sports club's or league's own site: the official site's name, the next-match
// box, the club's hashtag line, its sharing row, sponsors, and the club's other news.
internal static class ClubSite
{
    private static readonly string[] Clubs = ["الهلال", "النصر", "الأهلي", "الاتحاد", "الشباب", "الاتفاق", "التعاون", "الفيصلي", "الفتح", "الرائد"];

    private static readonly string[] Sponsors = ["طيران ناس", "موبايلي", "الاتصالات السعودية", "نستله", "بنك الرياض", "أرامكو", "مرسيدس"];

    public static void Write(Page page)
    {
        var r = page.R;
        var club = r.Pick(Clubs);
        var rival = r.Pick<string>([.. Clubs.Where(c => c != club)]);
        var site = r.Pick("الموقع الرسمي لنادي ", "نادي ", "الموقع الرسمي لدوري عبداللطيف جميل - ", "رابطة دوري المحترفين | ") + club;
        if (r.Chance(0.7))
        {
            page.Add(new NoisePiece(NoiseKind.Credit, [site]) { Credit = site });
        }
        if (r.Chance(0.45))
        {
            page.Add(NoiseKind.Teaser, r.Pick("المباراة القادمة: ", "Next match: ", "⚽ ") + club + r.Pick(" × ", " vs ", " - ") + rival + r.Separator("|", "–") + Dates.Any(Dates.Of(page).AddDays(r.Between(2, 9)), r) + " " + Dates.Clock(r));
        }
        if (page.Title.Length > 0 && r.Chance(0.6))
        {
            page.Add(NoiseKind.Headline, page.Title);
        }
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Dateline, Dates.Any(Dates.Of(page), r) + r.Pick("", " | " + r.Pick("الفريق الأول", "الأكاديمية", "أخبار النادي")));
        }
        StoryWriter.Write(page);
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Tags, "#" + r.Pick("نادي_", "") + club.Replace(' ', '_') + r.Pick("", " #دوري_جميل", " #الزعيم", " #" + club + "_" + rival));
        }
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Share, r.Pick("شارك الخبر:", "Share:", "شارك") + " " + r.Pick("تويتر فيسبوك واتساب", "Twitter Facebook WhatsApp", "𝕏  f  واتساب"));
        }
        if (r.Chance(0.4))
        {
            page.Add(NoiseKind.Footer, r.Pick("الراعي الرسمي: ", "شركاؤنا: ", "الرعاة ") + string.Join(r.Pick(" | ", " - ", "  "), Sponsors.OrderBy(_ => r.Next(50)).Take(r.Between(2, 4))));
        }
        if (r.Chance(0.4) && OtherStories.Titles(page, r.Between(1, 3)) is { Count: > 0 } news)
        {
            page.Add(new NoisePiece(NoiseKind.Teaser, [r.Pick("أخبار النادي", "آخر الأخبار", "المزيد من الأخبار"), .. news]) { Teasers = news });
        }
    }
}
