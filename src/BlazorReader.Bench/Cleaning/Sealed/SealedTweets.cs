using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Sealed;

// An embedded tweet as a scraper flattens it: the text, its link at the end of the text line or
// on a line of its own (broken anywhere, over two or three lines), and the signature line
// with its dash, name, handle and date. What comes back is the tweet's card, never the link
// as text.
internal static class SealedTweets
{
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] ArabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static (List<string> Lines, ExpectedBlock Expected) Make(DressingRandom r, DressingPools pools, IReadOnlyList<string> body)
    {
        var (text, ltr) = SealedTweetText.Make(r, pools, body);
        var handle = r.Letters(1, "abcdefghijklmnopqrstuvwxyz") + r.Letters(r.Between(3, 12), "abcdefghijklmnopqrstuvwxyz_0123456789ABCDEFGH");
        var name = r.Chance(0.6) ? SealedWords.Person(r) : SealedWords.LatinPerson(r);
        var url = r.Chance(0.1) ? null : Url(r, handle);
        var day = new DateOnly(2013, 1, 1).AddDays(r.Next(4 * 365));
        DateOnly? date = r.Chance(0.8) ? day : null;
        var signature = r.Pick("—", "—", "–", "-") + r.Pick(" ", " ", "") + name + " (" + r.Pick("@", "@", "\u200F@") + handle + ")" + (date is null ? "" : " " + DateText(r, day));
        var lines = new List<string>(text);
        if (url is not null)
        {
            var atLineEnd = r.Chance(0.5);
            if (atLineEnd)
            {
                var last = lines[^1] + " ";
                lines.RemoveAt(lines.Count - 1);
                lines.AddRange(SealedLinks.MaybeBroken(r, last, url, 0.6));
                lines.Add(signature);
            }
            else
            {
                var link = SealedLinks.MaybeBroken(r, "", url, 0.6);
                var after = r.Chance(0.25);
                if (after)
                {
                    lines.Add(signature);
                }
                lines.AddRange(link);
                if (!after)
                {
                    lines.Add(signature);
                }
            }
        }
        else
        {
            lines.Add(signature);
        }
        var expected = new ExpectedBlock(BlockKind.Tweet, string.Join('\n', text), url, handle, name, date, ltr ? TextDirection.Ltr : TextDirection.Rtl)
        {
            Links = url is null ? [] : [url],
        };
        return (lines, expected);
    }

    private static string Url(DressingRandom r, string handle)
    {
        var id = r.Letters(10);
        var status = r.Between(100000000, 999999999).ToString(CultureInfo.InvariantCulture) + r.Between(100000000, 999999999).ToString(CultureInfo.InvariantCulture);
        return r.Next(5) switch
        {
            0 => r.Pick("https://", "http://") + "t.co/" + id,
            1 => r.Pick("", "", "https://") + "pic.twitter.com/" + id,
            2 => r.Pick("https://", "https://mobile.") + "twitter.com/" + handle + "/status/" + status,
            3 => "https://x.com/" + handle + "/status/" + status,
            _ => r.Pick("https://", "") + "t.co/" + id,
        };
    }

    private static string DateText(DressingRandom r, DateOnly d) => r.Next(5) switch
    {
        0 or 1 => EnglishMonths[d.Month - 1] + " " + d.Day.ToString(CultureInfo.InvariantCulture) + ", " + d.Year.ToString(CultureInfo.InvariantCulture),
        2 => EnglishMonths[d.Month - 1][..3] + " " + d.Day.ToString(CultureInfo.InvariantCulture) + ", " + d.Year.ToString(CultureInfo.InvariantCulture),
        _ => Digits(r, d.Day) + " " + ArabicMonths[d.Month - 1] + r.Pick(" ", "، ", ", ") + Digits(r, d.Year),
    };

    private static string Digits(DressingRandom r, int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return r.Chance(0.5) ? DressingRandom.ToArabicIndic(text) : text;
    }
}
