using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyThird;

// Embedded posts as a scrape flattens them: the card's parts on one line or several, in the
// orders research pages, sitreps and print copies leave them, with the link cut anywhere when
// a narrow column or a print page wrapped it.
internal static class FlatPosts
{
    private static readonly string[] HandleStems = ["Saudi", "KSA", "MOH", "Riyadh", "news", "Gov", "OCHA", "UN", "Shura", "Data", "Health", "Market", "Think", "Policy"];
    private static readonly string[] HandleTails = ["Ar", "SA", "Info", "Now", "Daily", "Desk", "Center", "Live", "Office", "Media"];
    private static readonly string[] EnglishOpenings = ["New report:", "Statement:", "Update:", "Today", "Thread:", "Breaking:"];
    private static readonly string[] EnglishBodies =
    [
        "our teams reached families in the eastern districts with food and water",
        "the council approved the draft law after a second reading",
        "new open data on hospital beds is now available for download",
        "the policy brief on housing finance is out now",
        "markets closed higher as energy shares led gains",
        "thank you to everyone who joined the session this morning",
    ];

    public static (ExpectedBlock Post, List<string> Lines) Make(PageKit k)
    {
        var r = k.R;
        var handle = r.Pick(HandleStems) + r.Pick("_", "", "") + r.Pick(HandleTails) + (r.Chance(0.3) ? r.Between(1, 99).ToString(CultureInfo.InvariantCulture) : "");
        var name = r.Chance(0.6) ? k.Person() : r.Pick("وزارة الصحة", "مجلس الشورى", "مكتب الأمم المتحدة", "مركز الدراسات", "هيئة السوق المالية");
        var english = r.Chance(0.25);
        var text = english ? $"{r.Pick(EnglishOpenings)} {r.Pick(EnglishBodies)}{r.Pick(".", "", " 👇")}" : TextReferee.Normalize(r.Pick(k.Pools.Sentences));
        if (k.InStory(text))
        {
            // The pool holds this story's own sentences too; a post quoting the story is another shape.
            text = $"{r.Pick(EnglishOpenings)} {r.Pick(EnglishBodies)}";
            english = true;
        }
        // A post a story embeds was written on its day or in the weeks before it, never after.
        var day = k.Date.AddDays(-r.Between(0, 20));
        var url = Url(r, handle);
        var dateText = k.DateText(day);
        var link = Broken(r, url);
        var at = "@" + handle;
        List<string> lines = r.Next(6) switch
        {
            // The common embed: text and link, then the dash line.
            0 => [.. Joined(text, link, r), $"— {name} ({at}) {dateText}"],
            // A card: name, handle, text, then date and link.
            1 => [name, at, text, dateText, .. link],
            // Handle and date over the text, link last.
            2 => [$"{at} · {dateText}", text, .. link],
            // Link first, then text, then who and when.
            3 => [.. link, text, $"{at} — {dateText}"],
            // A print copy's footnote style: text, then a bracketed source line.
            4 => [text, $"[{name} {at}، {dateText}]", .. link],
            _ => [$"{name} {at}", .. Joined(text, link, r), $"{k.Time()} · {dateText}"],
        };
        var post = new ExpectedBlock(BlockKind.Tweet, text, url, handle, name, day, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };
        return (post, lines);
    }

    private static string Url(DressingRandom r, string handle)
    {
        var id = r.Letters(18, "0123456789").TrimStart('0');
        var scheme = r.Pick("https://", "https://", "http://", "");
        return r.Next(5) switch
        {
            0 => $"{scheme}twitter.com/{handle}/status/6{id}",
            1 => $"{scheme}x.com/{handle}/status/6{id}",
            2 => $"https://t.co/{r.Letters(10)}",
            3 => $"pic.twitter.com/{r.Letters(10)}",
            _ => $"{scheme}mobile.twitter.com/{handle}/status/6{id}",
        };
    }

    // The link whole, or cut at any character into two or three lines.
    private static List<string> Broken(DressingRandom r, string url)
    {
        if (r.Chance(0.55))
        {
            return [url];
        }
        var first = r.Between(1, url.Length - 2);
        if (r.Chance(0.6) || url.Length - first < 3)
        {
            return [url[..first], url[first..]];
        }
        var second = r.Between(first + 1, url.Length - 1);
        return [url[..first], url[first..second], url[second..]];
    }

    // Text and link on one line when the link is whole, the link's first piece glued on when not.
    private static List<string> Joined(string text, List<string> link, DressingRandom r) =>
        r.Chance(0.5) ? [$"{text} {link[0]}", .. link.Skip(1)] : [text, .. link];
}
