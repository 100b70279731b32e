using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning;

// An embedded tweet flattened into text, in every shape scraping leaves it: text on one or
// several lines, in Arabic, English or both; its link on its own line or at the end of the
// text line, broken at any character over two or three lines; a signature with «—», «–» or
// «-», a date in English or Arabic month names, or none.
public static class TweetShapes
{
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] ArabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] Subjects = ["The minister", "Our team", "Saudi Arabia", "Thousands of pilgrims", "The new stadium", "This morning", "Our hearts", "The committee", "Today we", "Fans"];
    private static readonly string[] Verbs = ["arrived in", "announced new plans for", "celebrates with", "is ready for", "met officials in", "will never forget", "stands with", "visited", "opened the season in"];
    private static readonly string[] Objects = ["Riyadh", "Jeddah", "the Grand Mosque", "our partners", "the final match", "the summit", "the people of Yemen", "London", "the new hospital"];
    private static readonly string[] Tails = ["Proud moment!", "Thank you all.", "More to come.", "What a day.", "Stay tuned.", "", "", ""];
    private static readonly string[] Hashtags = ["#KSA", "#Saudi", "#Hajj2015", "#السعودية", "#الرياض", "#عاجل", "#اليمن", "#عاصفة_الحزم", "#news", "#breaking"];

    public static (IReadOnlyList<string> Lines, ExpectedBlock Tweet) Make(DressingRandom r, DressingPools p)
    {
        var textLines = Text(r, p);
        var handle = r.Letters(r.Between(3, 12), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_").TrimStart('_');
        handle = handle.Length == 0 ? "news" : handle;
        var links = Links(r, handle);
        var name = r.Chance(0.5) ? DressingPools.PersonName(r) : r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast);
        var (dateText, date) = Date(r);
        var lines = new List<string>(textLines);
        if (links.Count > 0)
        {
            var linkText = string.Join(" ", links);
            var onTextLine = r.Chance(0.5);
            var pieces = Break(r, linkText);
            if (onTextLine)
            {
                lines[^1] = lines[^1] + " " + pieces[0];
                lines.AddRange(pieces.Skip(1));
            }
            else
            {
                lines.AddRange(pieces);
            }
        }
        var dash = r.Pick("—", "–", "-", "— ", "—");
        lines.Add((dash + r.Pick(" ", " ", "") + name + " (@" + handle + ")" + (dateText.Length > 0 ? " " + dateText : "")).Trim());
        var text = string.Join("\n", textLines.Select(TextReferee.Normalize));
        var expected = new ExpectedBlock(BlockKind.Tweet, text, links.FirstOrDefault(), handle, name, date, Direction(text)) { Links = links };
        return (lines, expected);
    }

    private static List<string> Text(DressingRandom r, DressingPools p)
    {
        var kind = r.Next(3);
        string text = kind switch
        {
            0 => Cut(r.Pick(p.Sentences), 200),
            1 => English(r),
            _ => Cut(r.Pick(p.Sentences), 120) + " " + English(r),
        };
        if (r.Chance(0.4))
        {
            text += " " + string.Join(" ", Hashtags.OrderBy(_ => r.Next(100)).Take(r.Between(1, 3)));
        }
        if (r.Chance(0.15))
        {
            text = r.Pick("🇸🇦 ", "👏 ", "") + text + r.Pick(" 🇸🇦", " ❤️", " 👍");
        }
        var lineCount = text.Length > 60 ? r.Pick(1, 1, 2, 3) : 1;
        return Split(text, lineCount);
    }

    private static string English(DressingRandom r) =>
        $"{r.Pick(Subjects)} {r.Pick(Verbs)} {r.Pick(Objects)}. {r.Pick(Tails)}".Trim();

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..text.LastIndexOf(' ', max)];

    private static List<string> Split(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (count <= 1 || words.Length < count * 2)
        {
            return [text];
        }
        var size = (int)Math.Ceiling(words.Length / (double)count);
        return [.. words.Chunk(size).Select(c => string.Join(' ', c))];
    }

    private static List<string> Links(DressingRandom r, string handle)
    {
        if (r.Chance(0.08))
        {
            return [];
        }
        var scheme = r.Pick("https://", "https://", "http://");
        var status = r.Letters(18, "0123456789").TrimStart('0');
        var first = r.Next(5) switch
        {
            0 or 1 => scheme + "t.co/" + r.Letters(10),
            2 => "pic.twitter.com/" + r.Letters(10),
            3 => scheme + r.Pick("twitter.com/", "mobile.twitter.com/") + handle + "/status/" + status,
            _ => scheme + "x.com/" + handle + "/status/" + status,
        };
        return r.Chance(0.2) && !first.StartsWith("pic.", StringComparison.Ordinal) ? [first, "pic.twitter.com/" + r.Letters(10)] : [first];
    }

    // The link split at random characters over up to three lines, as page layout breaks it.
    private static List<string> Break(DressingRandom r, string link)
    {
        var breaks = r.Pick(0, 1, 1, 2);
        var cuts = Enumerable.Range(0, breaks).Select(_ => r.Between(1, link.Length - 1)).Distinct().Order().ToList();
        var pieces = new List<string>();
        var start = 0;
        foreach (var cut in cuts)
        {
            pieces.Add(link[start..cut]);
            start = cut;
        }
        pieces.Add(link[start..]);
        return [.. pieces.Select(x => x.Trim()).Where(x => x.Length > 0)];
    }

    private static (string Text, DateOnly? Date) Date(DressingRandom r)
    {
        if (r.Chance(0.15))
        {
            return ("", null);
        }
        var date = new DateOnly(r.Between(2010, 2022), r.Between(1, 12), r.Between(1, 28));
        string N(int v) => r.Chance(0.3) ? DressingRandom.ToArabicIndic(v.ToString(System.Globalization.CultureInfo.InvariantCulture)) : v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var month = date.Month - 1;
        var text = r.Next(6) switch
        {
            0 or 1 => $"{EnglishMonths[month]} {date.Day}, {date.Year}",
            2 => $"{EnglishMonths[month][..3]} {date.Day}, {date.Year}",
            3 => $"{N(date.Day)} {ArabicMonths[month]} {N(date.Year)}",
            4 => $"{N(date.Day)} {LevantMonths[month]} {N(date.Year)}",
            _ => $"{ArabicMonths[month]} {N(date.Day)}، {N(date.Year)}",
        };
        return (text, date);
    }

    private static TextDirection Direction(string text)
    {
        int latin = 0, arabic = 0;
        foreach (var c in text)
        {
            latin += c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') ? 1 : 0;
            arabic += c is >= '\u0600' and <= '\u06FF' ? 1 : 0;
        }
        return latin > arabic ? TextDirection.Ltr : TextDirection.Rtl;
    }
}
