using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentySecond;

// Posts (tweets) embedded in the story as copying flattens them: text, author and date on
// one line or several, in new orders, the link short or long and often broken at any
// character over two or three lines, as a narrow column or a scraper's wrap leaves it.
internal static class FlatPosts
{
    private static readonly string[] English =
        ["Proud of our team today. Great work by everyone involved.", "Thank you for the warm welcome in Riyadh!",
         "Important update: the service will be available from Sunday.", "Congratulations to the winners, well deserved.",
         "A historic day for the region. More details soon.", "Our hearts are with the families affected today."];

    private static readonly string[] Handles =
        ["SaudiNews_", "Riyadh_Now", "KSA_Updates", "alhilal_fc", "MOH_KSA", "Jeddah24", "gulf_watch", "DrKhalid_A", "NoraSaleh", "eco_reports"];

    public static void Write(PageSheet page, Dressing d)
    {
        var r = d.R;
        var english = r.Chance(0.2);
        var text = english ? r.Pick(English) : r.Pick(d.Pools.Sentences);
        // A post quoting the story's own sentence would be the story's, not a post beside it.
        for (var tries = 0; tries < 5 && !english && d.Mentions(text); tries++)
        {
            text = r.Pick(d.Pools.Sentences);
        }
        var handle = r.Pick(Handles) + (r.Chance(0.5) ? r.Letters(2, "0123456789") : "");
        var name = english ? $"{r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)}" : d.Person;
        var day = d.Day.AddDays(-r.Next(3));
        var url = Url(r, handle);
        var dated = r.Chance(0.8);
        var date = dated ? PostDate(d, day) : "";
        var link = r.Chance(0.55) ? Broken(r, url) : [url];
        var author = r.Pick($"{name} (@{handle})", $"{name} @{handle}", $"@{handle}", $"{name} · @{handle}");
        List<string> lines = r.Next(4) switch
        {
            // Text, then the author and date, then the link.
            0 => [text, $"— {author}{(dated ? " " + date : "")}", .. link],
            // Author first, the text, the link, the date alone under it.
            1 => [author, text, .. link, .. dated ? [date] : Array.Empty<string>()],
            // Link first, as a card copied from its top, then the text and the signing line.
            2 => [.. link, text, $"{author}{(dated ? " | " + date : "")}"],
            // The date over everything, as a timeline's copy keeps it.
            _ => [.. dated ? [date] : Array.Empty<string>(), author, text, .. link],
        };
        page.Post(new ExpectedBlock(BlockKind.Tweet, text, url, handle, name, dated ? day : null, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] }, lines);
    }

    private static string Url(DressingRandom r, string handle)
    {
        var id = r.Letters(18, "0123456789");
        return r.Next(5) switch
        {
            0 => $"https://t.co/{r.Letters(10)}",
            1 => $"pic.twitter.com/{r.Letters(10)}",
            2 => $"https://twitter.com/{handle}/status/{id}",
            3 => $"https://x.com/{handle}/status/{id}",
            _ => $"{r.Pick("https://mobile.", "mobile.")}twitter.com/{handle}/status/{id}",
        };
    }

    // Cut anywhere: inside the scheme, the host, the handle or the number.
    private static List<string> Broken(DressingRandom r, string url)
    {
        var first = r.Between(1, url.Length - 2);
        if (r.Chance(0.5) || url.Length - first < 3)
        {
            return [url[..first], url[first..]];
        }
        var second = r.Between(first + 1, url.Length - 1);
        return [url[..first], url[first..second], url[second..]];
    }

    private static string PostDate(Dressing d, DateOnly day)
    {
        var r = d.R;
        var date = d.Date(day);
        return r.Next(3) switch
        {
            0 => date,
            1 => $"{d.Clock()} · {date}",
            _ => $"{date} {r.Pick("عبر تويتر", "Twitter for iPhone", "من تطبيق X")}",
        };
    }
}
