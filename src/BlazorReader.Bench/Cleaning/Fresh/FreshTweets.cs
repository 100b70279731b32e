using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Fresh;

// A tweet as a page's embed flattens to text: its words on one line or several, the link at
// the end of the text or on a line of its own (or after the signature), cut at any character
// over two or three lines; the signature with one of three dashes, the name, the handle and
// a date in English or Arabic month names, or none. What comes back is the card's fields.
internal sealed record FreshTweet(IReadOnlyList<string> Lines, ExpectedBlock Expected);

internal sealed class FreshTweets(DressingPools pools)
{
    public FreshTweet Next(DressingRandom r, IReadOnlyList<string> body)
    {
        var handle = FreshWords.Handle(r);
        var (text, dir) = Text(r, body);
        var url = r.Next(5) switch
        {
            0 or 1 => r.Pick("https://", "http://", "") + "t.co/" + r.Letters(10),
            2 => r.Pick("", "https://") + "pic.twitter.com/" + r.Letters(10),
            3 => r.Pick("https://", "http://") + r.Pick("twitter.com/", "mobile.twitter.com/", "www.twitter.com/") + handle + "/status/" + StatusId(r),
            _ => "https://x.com/" + handle + "/status/" + StatusId(r),
        };
        var name = dir == TextDirection.Ltr || r.Chance(0.3) ? FreshWords.LatinName(r) : FreshWords.Name(r);
        DateOnly? date = r.Chance(0.8) ? FreshDates.Any(r) : null;
        var signature = r.Pick("— ", "– ", "- ", "—", "-") + name + " (@" + handle + ")" + (date is { } d ? " " + SignatureDate(r, d) : "");
        var lines = text.Select(l => r.Scuff(l, 0.15)).ToList();
        var link = FreshLinks.Break(r, url, r.Chance(0.5) ? 1 : r.Between(2, 3));
        switch (r.Next(3))
        {
            case 0:
                // The link at the end of the last line of text, its cut parts on the lines under it.
                lines[^1] += r.Pick(" ", "  ", "\u00A0") + link[0];
                lines.AddRange(link.Skip(1));
                lines.Add(r.Scuff(signature, 0.15));
                break;
            case 1:
                lines.AddRange(link);
                lines.Add(r.Scuff(signature, 0.15));
                break;
            default:
                lines.Add(r.Scuff(signature, 0.15));
                lines.AddRange(link);
                break;
        }
        var whole = url.StartsWith("http", StringComparison.Ordinal) ? url : "https://" + url;
        var expected = new ExpectedBlock(BlockKind.Tweet, string.Join('\n', text), whole, handle, name, date, dir) { Links = [whole] };
        return new FreshTweet(lines, expected);
    }

    private (List<string> Lines, TextDirection Dir) Text(DressingRandom r, IReadOnlyList<string> body)
    {
        // Tweets of the corpus's years held 140 characters; a second line is a short
        // sentence that still fits, or a line of hashtags.
        var kind = r.Next(10);
        List<string> lines;
        TextDirection dir;
        if (kind < 6)
        {
            lines = [Short(r, body)];
            if (r.Chance(0.3))
            {
                var more = Short(r, body);
                lines.Add(lines[0].Length + more.Length <= 140 ? more : "#" + r.Pick("السعودية", "عاجل", "الرياض", "جدة", "مصر", "الكويت"));
            }
            if (r.Chance(0.25))
            {
                lines[^1] += " #" + r.Pick("Riyadh", "KSA", "Saudi", "Dubai", "Cairo", "Jeddah", "Amman");
            }
            dir = TextDirection.Rtl;
        }
        else
        {
            lines = [English(r)];
            if (r.Chance(0.25) && English(r) is var more && lines[0].Length + more.Length <= 140)
            {
                lines.Add(more);
            }
            if (kind == 9)
            {
                lines[^1] += " #" + r.Pick("السعودية", "الرياض", "دبي", "مصر", "عاجل");
            }
            dir = TextDirection.Ltr;
        }
        return (lines, dir);
    }

    // A sentence of another article: one of this article's own would be its body text.
    private string Short(DressingRandom r, IReadOnlyList<string> body)
    {
        for (var i = 0; i < 8; i++)
        {
            var s = r.Pick(pools.Sentences);
            // A sentence cut at a decimal point («… 0.») is not one a person would tweet.
            if (s.Length <= 140 && !(s.Length > 2 && char.IsDigit(s[^2])) && !body.Any(b => b.Contains(s, StringComparison.Ordinal)))
            {
                return s;
            }
        }
        return r.Pick(pools.Sentences);
    }

    private static string English(DressingRandom r) => r.Next(3) switch
    {
        0 => r.Pick("Honored to", "Proud to", "Happy to", "Great to", "Delighted to", "Pleased to") + " "
            + r.Pick("welcome", "meet", "join", "visit", "thank", "celebrate with") + " " + r.Pick("the new team", "our partners", "students and teachers", "the delegation", "young entrepreneurs", "the winners", "volunteers")
            + " " + r.Pick("in Riyadh", "in Jeddah", "at the forum", "in Dubai today", "in Cairo this morning", "at the summit", "tonight") + r.Pick("!", ".", "", " 👏"),
        1 => r.Pick("BREAKING: ", "Update: ", "", "Watch: ") + r.Pick("Heavy rain", "Strong winds", "Dust storms", "Traffic delays", "Power cuts") + " expected in "
            + r.Pick("Riyadh", "the Eastern Province", "Mecca", "Kuwait", "Amman", "Alexandria") + " " + r.Pick("this weekend", "tomorrow", "until Friday", "tonight") + r.Pick(", authorities urge caution.", ". Stay safe.", ".", ""),
        _ => r.Pick("What a match", "What a night", "Incredible performance", "Well deserved win", "Big day") + r.Pick(" for ", " from ") + r.Pick("Al Hilal", "Al Ahli", "Al Nassr", "the national team", "our players", "everyone involved") + r.Pick("!", "!!", ".", " 💪"),
    };

    private static long StatusId(DressingRandom r) => 600000000000000000L + r.Next(int.MaxValue) * 1000L + r.Next(1000);

    private static string SignatureDate(DressingRandom r, DateOnly d)
    {
        var y = d.Year.ToString(CultureInfo.InvariantCulture);
        return r.Next(4) switch
        {
            0 => $"{FreshWords.EnglishMonths[d.Month - 1]} {d.Day}, {y}",
            1 => $"{FreshWords.EnglishMonths[d.Month - 1][..3]} {d.Day}, {y}",
            2 => $"{d.Day} {FreshWords.Months[d.Month - 1]} {y}",
            _ => DressingRandom.ToArabicIndic($"{d.Day} {FreshWords.Months[d.Month - 1]}{r.Pick(" ", "، ")}{y}"),
        };
    }
}
