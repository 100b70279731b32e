using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Sixteenth;

// A post's address in the forms pages paste it, and the ways a scraper breaks it: after the
// text on one line and on over the next, or alone over two or three lines, cut anywhere.
internal static class TweetLinks
{
    public static string Address(DressingRandom r, string handle) => r.Next(6) switch
    {
        0 => r.Pick("https://", "http://", "") + "t.co/" + r.Letters(10),
        1 => r.Pick("", "https://", "") + "pic.twitter.com/" + r.Letters(10),
        2 => r.Pick("https://", "http://", "https://mobile.") + "twitter.com/" + handle + "/status/" + Digits(r, 18),
        3 => "https://x.com/" + handle + "/status/" + Digits(r, 19),
        4 => r.Pick("https://", "") + "x.com/" + handle + "/status/" + Digits(r, 19) + r.Pick("", "/photo/1", "/video/1"),
        _ => "https://t.co/" + r.Letters(r.Between(8, 10)),
    };

    // Cut into two or three parts at any point after the first character.
    public static List<string> Cut(DressingRandom r, string url)
    {
        var parts = new List<string>();
        var rest = url;
        var count = r.Chance(0.35) && url.Length > 12 ? 3 : 2;
        for (var i = 1; i < count && rest.Length > 2; i++)
        {
            var at = r.Between(1, rest.Length - 1 - (count - i - 1));
            parts.Add(rest[..at]);
            rest = rest[at..];
        }
        parts.Add(rest);
        return parts;
    }

    private static string Digits(DressingRandom r, int count) =>
        r.Between(1, 9).ToString(CultureInfo.InvariantCulture) + r.Letters(count - 1, "0123456789");
}
