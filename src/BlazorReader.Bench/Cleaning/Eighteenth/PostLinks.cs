using System.Globalization;
using System.Text;

namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A post's address in the forms copied pages carry, and the scraper's habit of cutting it
// over lines at any character: inside the scheme, the host, the handle or the number.
internal static class PostLinks
{
    private static readonly string[] Stems = ["Saudi", "KSA", "Riyadh", "Jeddah", "Gov", "Health", "Edu", "Sport", "News", "Traffic", "Najd", "Gulf", "Qassim", "Asir"];

    private static readonly string[] Tails = ["SA", "_sa", "24", "Live", "Now", "Ar", "_KSA", "Today", "Info", "1", "_gov", "Media"];

    private static readonly string[] Families = ["alotaibi", "alshammari", "alqahtani", "alghamdi", "alzahrani", "aldosari", "almutairi", "alharbi", "alenezi", "alshehri"];

    public static string Handle(DressingRandom r) => r.Next(3) switch
    {
        0 => r.Pick(Stems) + r.Pick(Tails),
        1 => r.Letters(1, "afmnsk") + "_" + r.Pick(Families) + (r.Chance(0.5) ? r.Between(1, 99).ToString(CultureInfo.InvariantCulture) : ""),
        _ => r.Pick(Stems) + r.Pick(Stems) + (r.Chance(0.3) ? "_" + r.Pick(Tails).TrimStart('_') : ""),
    };

    public static string Address(DressingRandom r, string handle)
    {
        var id = r.Letters(1, "123456789") + r.Letters(17, "0123456789");
        return r.Next(6) switch
        {
            0 => "https://twitter.com/" + handle + "/status/" + id,
            1 => "https://x.com/" + handle + "/status/" + id,
            2 => "pic.twitter.com/" + r.Letters(10),
            3 => "https://t.co/" + r.Letters(10),
            4 => "http://mobile.twitter.com/" + handle + "/status/" + id,
            _ => "twitter.com/" + handle + "/status/" + id,
        };
    }

    // The address cut at one to three points; the first part may ride on the text's line.
    public static List<string> Cut(DressingRandom r, string url)
    {
        var points = Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Between(1, url.Length - 1)).Distinct().Order().ToList();
        var parts = new List<string>();
        var from = 0;
        foreach (var p in points)
        {
            parts.Add(url[from..p]);
            from = p;
        }
        parts.Add(url[from..]);
        return parts;
    }

    public static string Views(DressingRandom r)
    {
        var sb = new StringBuilder();
        sb.Append(r.Chance(0.5) ? r.Number(r.Between(120, 9800)) : Ink.Digits(r, r.Between(1, 99) + "." + r.Between(1, 9)) + " " + r.Pick("ألف", "ك", "مليون"));
        sb.Append(' ').Append(r.Pick("مشاهدة", "مشاهدات", "عرض", "views"));
        return sb.ToString();
    }
}
