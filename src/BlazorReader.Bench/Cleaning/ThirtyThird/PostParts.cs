using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// The parts of a flattened post: its text (Arabic, English or both), its author, its day as
// printed, and its address, cut at any character when the scraper wrapped it.
internal static class PostParts
{
    private static readonly string[] HandleParts = ["saad", "news", "ksa", "fahad", "reem", "omar", "alyaum", "info", "gov", "media", "hind", "nasser", "sport", "eqt"];
    private static readonly string[] Orgs = ["وزارة الصحة", "الدفاع المدني", "أمانة جدة", "هيئة الأرصاد", "نادي الهلال", "جامعة الملك عبدالعزيز"];

    public static string Handle(DressingRandom r) =>
        r.Pick(HandleParts) + r.Pick("_", "", "") + r.Pick(HandleParts) + r.Pick("", "", r.Between(1, 99).ToString(System.Globalization.CultureInfo.InvariantCulture), "SA");

    public static string? Name(DressingRandom r, bool latin) => latin
        ? r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast)
        : r.Chance(0.25) ? r.Pick(Orgs) : DressingPools.PersonName(r);

    public static string Arabic(Story s, DressingRandom r)
    {
        var pools = s.Pools;
        // The shortest of three, and none that opens with a list number (a post is no list).
        var best = r.Pick(pools.Sentences);
        for (var i = 0; i < 3; i++)
        {
            var other = r.Pick(pools.Sentences);
            best = !s.IsOwn(other) && (other.Length < best.Length && !char.IsDigit(other[0]) || char.IsDigit(best[0]) || s.IsOwn(best)) ? other : best;
        }
        return s.IsOwn(best) ? English(r) : best;
    }

    public static string English(DressingRandom r) =>
        $"{r.Pick("Proud of", "Great day for", "Thank you to", "Big news from", "Honoured to join")} {r.Pick("our team", "the volunteers", "everyone", "the ministry staff", "the fans")} {r.Pick("at the opening in", "who made it happen in", "for the launch in", "in")} {r.Pick("Riyadh", "Jeddah", "Dubai", "Dammam", "Abha")}{r.Pick(" today", " tonight", "", " this week")}{r.Pick(".", "!", " 👏")}";

    // Direction from the letters the text is mostly written in.
    public static TextDirection Dir(string text)
    {
        var arabic = text.Count(c => c is >= '\u0600' and <= '\u06FF');
        var latin = text.Count(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z');
        return latin > arabic ? TextDirection.Ltr : TextDirection.Rtl;
    }

    public static string Url(DressingRandom r, string handle)
    {
        var scheme = r.Pick("https://", "https://", "http://", "");
        var id = r.Pick("6", "5") + r.Letters(17, "0123456789");
        return r.Next(5) switch
        {
            0 => scheme + "t.co/" + r.Letters(10),
            1 => (scheme == "" ? "" : scheme) + "pic.twitter.com/" + r.Letters(10),
            2 => $"{scheme}twitter.com/{handle}/status/{id}{r.Pick("/photo/1", "", "/video/1")}",
            _ => $"{scheme}x.com/{handle}/status/{id}{r.Pick("/photo/1", "/video/1", "")}",
        };
    }

    // The address as the scraper left it: whole, or cut at any character over two or three lines.
    public static List<string> Cut(string url, DressingRandom r)
    {
        if (!r.Chance(0.5))
        {
            return [url];
        }
        var a = r.Between(1, url.Length - 2);
        if (r.Chance(0.6))
        {
            return [url[..a], url[a..]];
        }
        var b = r.Between(a + 1, url.Length - 1);
        return [url[..a], url[a..b], url[b..]];
    }

    // The day as the post prints it: Levantine months, numeric either script, or Gregorian.
    public static string Day(DateTime d, DressingRandom r) => r.Next(4) switch
    {
        0 => Story.Levantine(d, r),
        1 => $"{d.Day:00}/{d.Month:00}/{d.Year}",
        2 => DressingRandom.ToArabicIndic($"{d.Day}/{d.Month}/{d.Year}"),
        _ => Story.Gregorian(d, r),
    };
}
