using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// The parts of a post: who wrote it, what it says (Arabic, English or both, hashtags on a last
// line of their own), and its address, written whole or cut at any character over lines.
internal static class PostParts
{
    private static readonly string[] Orgs = ["وزارة الصحة", "الدفاع المدني", "أمانة الرياض", "هيئة الطيران المدني", "المركز الوطني للأرصاد", "نادي الهلال", "وزارة التعليم"];

    private static readonly string[] HandleRoots = ["SaudiMOH", "SaudiDCD", "Amanat", "NCMweather", "Alhilal", "moe_gov", "news", "sa_now", "reporter", "ksa"];

    public static (string Name, string Handle) Author(DressingRandom r) => r.Next(3) switch
    {
        0 => (r.Pick(Orgs), r.Pick(HandleRoots) + r.Pick("", "_sa", "KSA", Dates.N(r.Between(1, 99)))),
        1 => (r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast), r.Pick(DressingPools.LatinFirst) + r.Pick("_", "") + r.Letters(r.Between(2, 6), "abcdefghijklmnopqrstuvwxyz")),
        _ => (StoryHeadChrome.Name(r), r.Letters(1, "abcdefghijklmnopqrstuvwxyz") + r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz_0123456789")),
    };

    private static string English(DressingRandom r) =>
        $"{r.Pick("The ministry", "Our teams", "Officials", "The council", "Civil defence crews")} {r.Pick("announced", "confirmed", "launched", "completed", "are following")} {r.Pick("the first phase of", "a new programme for", "the results of", "work on")} {r.Pick("the water network in Riyadh", "the summer season", "road safety", "the new school year", "flood drainage in Jeddah")}{r.Pick(".", " today.", " this week.", " — details soon.")}";

    // One to three lines; the hashtag line is part of the text, as the post printed it.
    public static List<string> Text(Page p, out TextDirection dir)
    {
        var r = p.R;
        var lines = new List<string>();
        var kind = r.Next(5);
        if (kind is 0 or 1 or 2 || p.Pools.Sentences.Count == 0)
        {
            lines.Add(kind == 2 ? English(r) : p.Sentence() ?? English(r));
        }
        else
        {
            lines.Add(kind == 3 ? p.Sentence() ?? English(r) : English(r));
            lines.Add(kind == 3 ? English(r) : p.Sentence() ?? English(r));
        }
        if (r.Chance(0.2) && p.Sentence() is { } more)
        {
            lines.Add(more);
        }
        if (r.Chance(0.3))
        {
            lines.Add(string.Join(" ", Enumerable.Range(0, r.Between(1, 3)).Select(_ => "#" + r.Pick("السعودية", "الرياض", "عاجل", "Riyadh", "KSA", "جدة", "الصيف", "رؤية_2030")).Distinct()));
        }
        var all = string.Join(" ", lines);
        dir = all.Count(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') > all.Count(c => c is >= '\u0621' and <= '\u064A') ? TextDirection.Ltr : TextDirection.Rtl;
        return [.. lines.Select(TextReferee.Normalize)];
    }

    // The address a reader keeps, and the address as written (status links may carry a share
    // query, which the promise test's address pattern leaves out of the expected link).
    public static (string Url, string Written) Address(DressingRandom r, string handle)
    {
        var id = r.Pick("6", "62", "61") + r.Letters(r.Between(15, 17), "0123456789");
        var scheme = r.Pick("https://", "https://", "http://", "");
        var url = r.Next(6) switch
        {
            0 => $"{scheme}twitter.com/{handle}/status/{id}",
            1 => $"{scheme}x.com/{handle}/status/{id}",
            2 => $"{scheme}mobile.twitter.com/{handle}/status/{id}",
            3 => $"{scheme}t.co/{r.Letters(10)}",
            4 => $"pic.twitter.com/{r.Letters(10)}",
            _ => $"https://x.com/{handle}/status/{id}",
        };
        var query = url.Contains("/status/", StringComparison.Ordinal) && r.Chance(0.4) ? r.Pick("?s=20", "?s=21", "?s=46&t=" + r.Letters(22), "?s=09") : "";
        return (url, url + query);
    }

    // The written address cut at one or two random characters, each cut a bare line break.
    public static string Cut(DressingRandom r, string written, out bool cut)
    {
        cut = r.Chance(0.5);
        if (!cut)
        {
            return written;
        }
        var at = Enumerable.Range(0, r.Between(1, 2)).Select(_ => r.Between(1, written.Length - 1)).Distinct().Order().ToList();
        var parts = new List<string>();
        var from = 0;
        foreach (var a in at)
        {
            parts.Add(written[from..a]);
            from = a;
        }
        parts.Add(written[from..]);
        return string.Join("\n", parts);
    }
}
