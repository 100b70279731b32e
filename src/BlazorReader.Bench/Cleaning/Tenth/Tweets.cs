using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Tenth;

// Embedded tweets as a copy flattens them: the words, one link (short, picture, status on
// twitter.com or x.com), a signature after «—», «–» or «-» or a header with the handle, a
// date in English or Arabic or none; the link often wrapped at any character. The reader
// keeps each as a tweet block: its words, its whole link, its handle, date and direction.
public static class Tweets
{
    private static readonly string[] Openers = ["Breaking", "Update", "Today", "Watch", "Proud moment", "Thank you all", "Big news", "Happening now"];
    private static readonly string[] Middles = ["our team met officials in", "a new agreement was signed in", "great turnout this morning in", "the talks continue in", "we are following the situation in"];
    private static readonly string[] Ends = ["More soon.", "Stay tuned!", "Details to follow.", "Proud of everyone involved.", "Thanks for the support."];
    private static readonly string[] Hash = ["#عاجل", "#السعودية", "#العراق", "#قطر", "#الكويت", "#عمان", "#ليبيا", "#breaking", "#news", "#Oman", "#Iraq"];

    public static void Draw(TenthPage page, TenthStory s, DressingRandom r)
    {
        var words = Words(s, r);
        if (words is null)
        {
            return;
        }
        var handle = r.Pick(DressingPools.LatinFirst) + r.Pick("_", "", "__") + r.Letters(r.Between(2, 7), "abcdefghijklmnopqrstuvwxyz0123456789_");
        var name = r.Chance(0.6) ? DressingPools.PersonName(r) : r.Pick("وزارة الخارجية", "الأمانة العامة", "مكتب الإعلام", "قناة " + s.Paper, "Reuters", "BBC Arabic");
        var id = r.Between(1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture) + r.Letters(r.Between(17, 18), "0123456789");
        var url = r.Pick("https://", "https://", "http://", "") + r.Next(5) switch
        {
            0 => "t.co/" + r.Letters(10),
            1 => "pic.twitter.com/" + r.Letters(10),
            2 => r.Pick("", "mobile.") + "twitter.com/" + handle + "/status/" + id,
            _ => "x.com/" + handle + "/status/" + id,
        };
        var day = r.Chance(0.2) ? (DateOnly?)null : DateOnly.FromDateTime(s.Day.AddDays(-r.Between(0, 3)));
        var date = day is { } d ? Date(d, r) : null;
        var dash = r.Pick("—", "–", "-", "— ");
        var lines = new List<string>();
        var linkInWords = r.Chance(0.55);
        if (r.Chance(0.25))
        {
            // The header shape: name and handle first, then the words.
            lines.Add($"{name} @{handle}{(date is null ? "" : r.Pick(" · ", " - ", "  ") + date)}");
            var text = words.Split('\n').ToList();
            var withLink = text[^1] + r.Pick(" ", "\n") + url;
            text.RemoveAt(text.Count - 1);
            text.AddRange(TenthStory.Wrap(withLink, withLink.Length - url.Length, r, 0.6).SelectMany(l => l.Split('\n')));
            lines.AddRange(text);
        }
        else
        {
            var text = words.Split('\n').ToList();
            var signature = $"{dash} {name} (@{handle}){(date is null ? "" : " " + date)}";
            if (linkInWords)
            {
                var withLink = text[^1] + r.Pick(" ", "  ", "\u00A0") + url;
                text.RemoveAt(text.Count - 1);
                text.AddRange(TenthStory.Wrap(withLink, withLink.Length - url.Length, r, 0.6));
                lines.AddRange([.. text, signature]);
            }
            else
            {
                var withLink = signature + " " + url;
                lines.AddRange([.. text, .. TenthStory.Wrap(withLink, signature.Length + 1, r, 0.6)]);
            }
        }
        var dir = Rtl(words) ? TextDirection.Rtl : TextDirection.Ltr;
        var block = new ExpectedBlock(BlockKind.Tweet, string.Join('\n', words.Split('\n').Select(TextReferee.Normalize)), url, handle, name, day, dir) { Links = [url] };
        page.Insert(block, lines);
    }

    // Arabic (a clean sentence of another story), English composed of parts, or mixed.
    private static string? Words(TenthStory s, DressingRandom r)
    {
        var body = TextReferee.Normalize(s.Article.Text);
        var arabic = r.Pick(s.Pools.Sentences);
        if (body.Contains(arabic, StringComparison.Ordinal))
        {
            return null;
        }
        var english = $"{r.Pick(Openers)}{r.Pick(": ", " - ", "! ")}{r.Pick(Middles)} {r.Pick("Baghdad", "Muscat", "Doha", "Kuwait City", "Tripoli", "Erbil", "Nouakchott", "Benghazi")}. {r.Pick(Ends)}";
        var tag = r.Chance(0.5) ? r.Pick(" ", "\n") + string.Join(' ', new[] { r.Pick(Hash), r.Pick(Hash) }.Take(r.Between(1, 2)).Distinct()) : "";
        var emoji = r.Chance(0.3) ? r.Pick(" 🇮🇶", " 🇴🇲", " 🇶🇦", " 🇰🇼", " 👏", " 🙏", " ✅") : "";
        return r.Next(5) switch
        {
            0 => english + emoji + tag,
            1 => arabic + r.Pick("\n", " ") + r.Pick("via", "#", "cc") + " @" + r.Letters(6, "abcdefghijklmnopqrstuvwxyz") + tag,
            _ => arabic + emoji + tag,
        };
    }

    private static string Date(DateOnly d, DressingRandom r)
    {
        var day = d.ToDateTime(TimeOnly.MinValue);
        return r.Next(4) switch
        {
            0 or 1 => day.ToString(r.Pick("MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy"), System.Globalization.CultureInfo.InvariantCulture),
            2 => Stamp.Digits(r, $"{Stamp.N(d.Day)} {Stamp.Month(day, MonthStyle.Gregorian)} {Stamp.N(d.Year)}"),
            _ => Stamp.Digits(r, $"{Stamp.N(d.Day)} {Stamp.Month(day, MonthStyle.Syriac)} {Stamp.N(d.Year)}"),
        };
    }

    private static bool Rtl(string text) => text.Count(c => c is >= '\u0600' and <= '\u06FF') >= text.Count(char.IsAsciiLetter);
}
