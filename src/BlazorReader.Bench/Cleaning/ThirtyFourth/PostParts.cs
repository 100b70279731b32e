using System.Globalization;

using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// One post's parts before a frame flattens it: who, when, what they wrote and its address as
// printed. The address the post is known by (Url) is the bare status or short link; a query
// or fragment the page printed after it («?lang=ar», «#») is the page's, not the address.
internal sealed record PostParts(string Name, string Handle, DateOnly Date, IReadOnlyList<string> Text, string Url, string Printed, TextDirection Dir)
{
    private static readonly string[] Flags = ["🇸🇦", "🇪🇬", "🇦🇪", "🇰🇼", "🇯🇴", "🇧🇭"];

    private static readonly string[] Openings = ["Breaking:", "Update:", "Just in:", "Today", "Happy to share that", "Proud moment:"];

    private static readonly string[] Middles = ["the ministry confirmed the new schedule", "our team visited the site this morning", "the final results were announced", "thousands joined the event in Riyadh", "the project enters its second phase"];

    public static PostParts Draw(DressingRandom r, Sheet s)
    {
        var handle = r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz") + r.Pick("", "_", "1", "_sa", "2015", "");
        var name = r.Chance(0.25) ? r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast) : DressingPools.PersonName(r);
        // A display name carries its emoji and flag as the account set it: that is its name.
        name = r.Chance(0.25) ? name + " " + r.Pick(Flags) + r.Pick("", " ✨", "💚") : name;
        var text = Words(r, s);
        var id = (620_000_000_000_000_000L + r.Next(int.MaxValue) * 97L).ToString(CultureInfo.InvariantCulture);
        var (url, printed) = r.Next(6) switch
        {
            0 => ("https://t.co/" + r.Letters(10), (string?)null),
            1 => ("pic.twitter.com/" + r.Letters(10), null),
            2 => ("http://twitter.com/" + handle + "/status/" + id, r.Pick("?lang=ar", "#", "?lang=en")),
            3 => ("https://x.com/" + handle + "/status/" + id, r.Pick("?lang=ar", "#")),
            4 => ("https://twitter.com/" + handle + "/status/" + id, null),
            _ => ("http://t.co/" + r.Letters(10), null),
        };
        var arabic = text.Sum(l => l.Count(c => c is >= '\u0600' and <= '\u06FF'));
        var latin = text.Sum(l => l.Count(char.IsAsciiLetter));
        var dir = arabic >= latin ? TextDirection.Rtl : TextDirection.Ltr;
        return new(name, handle, Calendar.Day(r, s), text, url, url + (r.Chance(0.5) ? printed ?? "" : ""), dir);
    }

    // Arabic, English or both, over one to three lines. «via @x» / «عبر @x» is what the author
    // wrote in the post, so it stays in the text; a «…» where the page truncated it is the
    // text's end as printed, so it stays too.
    private static List<string> Words(DressingRandom r, Sheet s)
    {
        var lines = new List<string>();
        var kind = r.Next(10);
        if (kind < 6)
        {
            lines.Add(Sentence(r, s));
        }
        if (kind >= 4)
        {
            lines.Add(r.Pick(Openings) + " " + r.Pick(Middles) + r.Pick(".", "!", " 👏", ""));
        }
        if (r.Chance(0.25))
        {
            lines.Add(Sentence(r, s));
        }
        var last = lines[^1];
        if (r.Chance(0.15))
        {
            var via = r.Letters(r.Between(4, 8), "abcdefghijklmnopqrstuvwxyz");
            lines[^1] = last + r.Pick(" via @" + via, " عبر @" + via, " (via @" + via + ")", " - عبر @" + via);
        }
        else if (r.Chance(0.2) && last.Length > 60)
        {
            var cut = last.LastIndexOf(' ', r.Between(40, last.Length - 10));
            lines[^1] = last[..(cut > 20 ? cut : 40)] + "…";
        }
        return [.. lines.Select(TextReferee.Normalize).Distinct()];
    }

    // A sentence of another clean story: a post quoting this story's own line would be a repeat.
    private static string Sentence(DressingRandom r, Sheet s)
    {
        var own = TextReferee.Normalize(s.Article.Text);
        for (var i = 0; i < 6 && s.Pools.Sentences.Count > 0; i++)
        {
            var pick = r.Pick(s.Pools.Sentences);
            if (!own.Contains(pick, StringComparison.Ordinal))
            {
                return pick;
            }
        }
        return "تغطية مباشرة لأهم الأحداث المحلية اليوم من موقع الحدث";
    }
}
