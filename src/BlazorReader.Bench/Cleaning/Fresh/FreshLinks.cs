namespace BlazorReader.Bench.Cleaning.Fresh;

// Addresses as articles carry them, and the «رابط الخبر» lines that point back to the story;
// a long address is broken over lines at any character, as narrow scraped columns do.
internal static class FreshLinks
{
    public static string StoryUrl(DressingRandom r)
    {
        if (r.Chance(0.2))
        {
            return r.Pick("https://", "http://", "") + r.Pick("bit.ly/", "goo.gl/", "ow.ly/") + r.Letters(r.Between(5, 8));
        }
        var path = r.Next(5) switch
        {
            0 => "/" + r.Between(100000, 9999999),
            1 => "/news/" + r.Between(10000, 999999),
            2 => "/article/" + r.Between(10000, 999999) + "/" + r.Pick("local", "economy", "sports", "world", "culture"),
            3 => "/?p=" + r.Between(1000, 999999),
            _ => $"/{r.Between(2012, 2015)}/{r.Between(1, 12):00}/{r.Between(1, 28):00}/" + r.Letters(r.Between(8, 20), "abcdefghijklmnopqrstuvwxyz-"),
        };
        return r.Pick("https://", "http://", "") + r.Pick("www.", "", "m.") + r.Pick(FreshWords.Domains) + path;
    }

    // The address cut into two or three parts at random characters.
    public static List<string> Break(DressingRandom r, string url, int parts)
    {
        var cuts = Enumerable.Range(0, parts - 1).Select(_ => r.Between(1, url.Length - 1)).Distinct().Order().ToList();
        var pieces = new List<string>();
        var from = 0;
        foreach (var cut in cuts)
        {
            pieces.Add(url[from..cut]);
            from = cut;
        }
        pieces.Add(url[from..]);
        return pieces;
    }

    public static NoisePiece MoreLink(DressingRandom r)
    {
        var label = r.Pick("رابط الخبر", "رابط المقال", "رابط مختصر", "الرابط المختصر", "للمزيد", "التفاصيل", "المصدر", "اقرأ الخبر كاملا", "الخبر كاملاً");
        if (r.Chance(0.3))
        {
            var words = r.Pick("(رابط الخبر)", "رابط الخبر", "للمزيد اضغط هنا", "لقراءة الخبر كاملاً اضغط هنا", "المزيد", "اقرأ المزيد ..", "تابع التفاصيل", "اقرأ الخبر من المصدر");
            return new NoisePiece(NoiseKind.MoreLink, [r.Scuff(FreshWords.Icons[r.Next(FreshWords.Icons.Length)] + words)]);
        }
        var url = StoryUrl(r);
        var head = FreshWords.Icons[r.Next(FreshWords.Icons.Length)] + label + r.Pick(": ", " : ", ":", " - ", " ");
        var lines = r.Chance(0.35) ? Break(r, url, r.Between(2, 3)) : [url];
        if (r.Chance(0.4))
        {
            // The label on a line of its own, the address under it.
            return new NoisePiece(NoiseKind.MoreLink, [r.Scuff(head.TrimEnd()), .. lines]);
        }
        lines[0] = r.Scuff(head) + lines[0];
        return new NoisePiece(NoiseKind.MoreLink, lines);
    }

    // Written after the last sentence on the same line.
    public static string GluedMoreLink(DressingRandom r) =>
        r.Pick("(رابط الخبر)", "رابط الخبر", "للمزيد", "... للمزيد", "المزيد", "(التفاصيل)", "للتفاصيل اضغط هنا", "»» المزيد");
}
