using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Holdout;

// Held-out flattened tweets: text with mentions, hashtags and emoji over one to three lines;
// the link glued to the text's last line or on lines of its own, cut anywhere (right after
// «https://t.» too); the signature's date day-first in English, in Arabic or Levant months,
// or missing.
internal static class HoldoutTweets
{
    private static readonly string[] English = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Arabic = ["يناير", "فبراير", "مارس", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] Levant = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] Openers = ["Huge thanks to", "Just landed in", "Watch live from", "Great talks with", "Congratulations to", "Back home in"];
    private static readonly string[] Things = ["everyone who came", "Dammam", "the health workers", "our volunteers", "Makkah", "the youth team", "Abha"];
    private static readonly string[] Tags = ["#جدة_الآن", "#رمضان", "#الحج", "#عاجل_السعودية", "#Riyadh", "#KSA2030", "#WorldCup", "#هلال_الخير"];

    public static (IReadOnlyList<string> Lines, ExpectedBlock Tweet) Make(DressingRandom r, DressingPools p)
    {
        var text = r.Next(3) switch
        {
            0 => Cut(r.Pick(p.Sentences), 180),
            1 => $"{r.Pick(Openers)} {r.Pick(Things)}{r.Pick("!", ".", " 🙏", "")}",
            _ => $"{Cut(r.Pick(p.Sentences), 100)} {r.Pick(Openers)} {r.Pick(Things)}",
        };
        if (r.Chance(0.3))
        {
            text = r.Chance(0.5) ? "@" + r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz") + " " + text : text + " " + r.Pick(Tags);
        }
        var textLines = Lines(r, text.Trim());
        var handle = r.Letters(r.Between(4, 13), "abcdefghijklmnopqrstuvwxyz0123456789_").Trim('_');
        handle = handle.Length < 2 ? "sa_news" : handle;
        var name = r.Chance(0.6) ? HoldoutWords.Person(r) : HoldoutWords.LatinPerson(r);
        var link = Link(r, handle);
        var lines = new List<string>(textLines);
        if (link is not null)
        {
            var pieces = Cut(r, link);
            if (r.Chance(0.6))
            {
                lines[^1] += " " + pieces[0];
                lines.AddRange(pieces.Skip(1));
            }
            else
            {
                lines.AddRange(pieces);
            }
        }
        var (dateText, date) = Date(r);
        lines.Add($"{r.Pick("—", "–", "-")}{r.Pick(" ", "")}{name} (@{handle}){(dateText.Length > 0 ? " " + dateText : "")}");
        var expectedText = string.Join("\n", textLines.Select(TextReferee.Normalize));
        var tweet = new ExpectedBlock(BlockKind.Tweet, expectedText, link, handle, name, date, Direction(expectedText)) { Links = link is null ? [] : [link] };
        return ([.. lines.Select(l => r.Scuff(l, 0.15))], tweet);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..text.LastIndexOf(' ', max)];

    private static List<string> Lines(DressingRandom r, string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = words.Length >= 8 ? r.Pick(1, 2, 2, 3) : 1;
        var size = (int)Math.Ceiling(words.Length / (double)count);
        return [.. words.Chunk(size).Select(c => string.Join(' ', c))];
    }

    private static string? Link(DressingRandom r, string handle)
    {
        if (r.Chance(0.06))
        {
            return null;
        }
        var status = "1" + r.Letters(r.Between(15, 18), "0123456789");
        return r.Next(4) switch
        {
            0 => "https://t.co/" + r.Letters(10),
            1 => "pic.twitter.com/" + r.Letters(10),
            2 => "https://twitter.com/" + handle + "/status/" + status,
            _ => "https://x.com/" + handle + "/status/" + status,
        };
    }

    // Cut at one or two places anywhere, the punctuation of the address included.
    private static List<string> Cut(DressingRandom r, string link)
    {
        var cuts = Enumerable.Range(0, r.Pick(0, 1, 1, 2)).Select(_ => r.Between(1, link.Length - 1)).Distinct().Order().ToList();
        var pieces = new List<string>();
        var from = 0;
        foreach (var cut in cuts)
        {
            pieces.Add(link[from..cut]);
            from = cut;
        }
        pieces.Add(link[from..]);
        return [.. pieces.Where(x => x.Trim().Length > 0).Select(x => x.Trim())];
    }

    private static (string Text, DateOnly? Date) Date(DressingRandom r)
    {
        if (r.Chance(0.12))
        {
            return ("", null);
        }
        var d = new DateOnly(r.Between(2011, 2021), r.Between(1, 12), r.Between(1, 28));
        string N(int v) => HoldoutWords.Digits(r, v.ToString(CultureInfo.InvariantCulture));
        var text = r.Next(4) switch
        {
            0 => $"{d.Day} {English[d.Month - 1]} {d.Year}",
            1 => $"{N(d.Day)} {Arabic[d.Month - 1]}، {N(d.Year)}",
            2 => $"{N(d.Day)} {Levant[d.Month - 1]} {N(d.Year)}",
            _ => $"{English[d.Month - 1][..3]} {d.Day}, {d.Year}",
        };
        return (text, d);
    }

    private static TextDirection Direction(string text)
    {
        var latin = text.Count(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z'));
        var arabic = text.Count(c => c is >= '\u0600' and <= '\u06FF');
        return latin > arabic ? TextDirection.Ltr : TextDirection.Rtl;
    }
}
