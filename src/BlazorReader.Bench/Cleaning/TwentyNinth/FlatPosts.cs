using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyNinth;

// Embedded posts as a copy flattens them, in orders of this catalogue's own: the link in angle
// brackets, parentheses or a Markdown link; a time and date joined with «·»; a client line; a
// media descriptor; hashtags alone under the text; a thread marker; a post in two languages.
// The card's parts (name, handle, date, client, markers) belong to the post block.
internal static class FlatPosts
{
    private static readonly string[] EnglishOpenings = ["Proud to see", "Great progress on", "Today we launched", "Honoured to attend", "Thank you all for supporting"];

    private static readonly string[] EnglishObjects = ["the new health centre in Riyadh", "our national volunteering campaign", "the opening of the summer festival", "the road safety week", "the youth innovation forum"];

    public static void Write(Page p)
    {
        var handle = p.R.Pick(DressingPools.LatinFirst) + p.R.Pick("_", "", "_Sa") + p.R.Letters(p.R.Between(2, 5), "abcdefghijklmnopqrstuvwxyz0123456789");
        var name = p.R.Chance(0.6) ? DressingPools.PersonName(p.R) : p.R.Pick(DressingPools.LatinFirst) + " " + p.R.Pick(DressingPools.LatinLast);
        var date = p.Date.AddDays(-p.R.Between(0, 3));
        var english = p.R.Chance(0.2);
        var own = TextReferee.Normalize(p.Article.Text);
        var arabic = p.Pools.Sentences.Where(s => !own.Contains(s, StringComparison.Ordinal)).ToList();
        if (arabic.Count == 0)
        {
            return;
        }
        var text = english ? $"{p.R.Pick(EnglishOpenings)} {p.R.Pick(EnglishObjects)}." : p.R.Pick<string>(arabic);
        var url = Url(p, handle);
        var time = $"{p.R.Between(1, 12)}:{p.R.Between(10, 59)} {(english ? p.R.Pick("AM", "PM") : p.R.Pick("ص", "م"))}";
        var dateText = english ? $"{Months.Latin(date.Month)} {date.Day}, {date.Year}" : $"{p.Digits(date.Day)} {Months.Name(p.R, date.Month)} {p.Year(date.Year)}";
        List<string> textLines = [text];
        List<string> lines;
        switch (p.R.Next(5))
        {
            case 0:
                lines = [text, $"— {name} (@{handle}) {dateText}", .. Broken(p, "<", url, ">")];
                break;
            case 1:
                if (p.R.Chance(0.6))
                {
                    textLines.Add(string.Join(" ", Enumerable.Range(0, p.R.Between(1, 3)).Select(_ => "#" + p.R.Pick("السعودية", "الرياض", "عاجل", "KSA", "رؤية_2030", "جدة")).Distinct()));
                }
                lines = [$"{name} @{handle}", .. textLines, p.R.Pick("[صورة]", $"[فيديو {p.Digits(0)}:{p.Digits(p.R.Between(10, 59))}]", "[Image]"),
                    $"{time} · {dateText}", p.R.Pick("Twitter for iPhone", "تويتر لأجهزة آيفون", "Twitter Web Client", "Twitter for Android"), .. Broken(p, "", url, "")];
                break;
            case 2:
                lines = [$"@{handle}", text, .. Broken(p, $"[{p.R.Pick("عرض المنشور", "View post", "@" + handle)} · {dateText}](", url, ")")];
                break;
            case 3:
                if (!english)
                {
                    textLines.Add($"{p.R.Pick(EnglishOpenings)} {p.R.Pick(EnglishObjects)}.");
                }
                lines = [$"{name} (@{handle})", .. textLines, .. Broken(p, "(", url, ")"), $"{time} · {dateText}"];
                break;
            default:
                lines = [$"{name}{p.R.Pick(" ", " · ")}@{handle}", text, .. Broken(p, "", url, ""), dateText, p.R.Pick("عرض هذه السلسلة", "Show this thread")];
                break;
        }
        p.Post(new ExpectedBlock(BlockKind.Tweet, string.Join("\n", textLines), url, handle, name, date, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] }, lines);
    }

    private static string Url(Page p, string handle)
    {
        var id = p.R.Pick("5", "6") + p.R.Letters(17, "0123456789");
        var code = p.R.Letters(10);
        return p.R.Next(5) switch
        {
            0 => $"https://twitter.com/{handle}/status/{id}",
            1 => $"https://x.com/{handle}/status/{id}",
            2 => $"https://t.co/{code}",
            3 => $"pic.twitter.com/{code}",
            _ => $"https://mobile.twitter.com/{handle}/status/{id}",
        };
    }

    // The link's line, wrapped by the scraper at one or two places anywhere in the address.
    private static List<string> Broken(Page p, string before, string url, string after)
    {
        if (!p.R.Chance(0.5))
        {
            return [before + url + after];
        }
        var cuts = Enumerable.Range(0, p.R.Between(1, 2)).Select(_ => p.R.Between(1, url.Length - 1)).Distinct().Order().ToList();
        List<string> parts = [];
        var from = 0;
        foreach (var cut in cuts)
        {
            parts.Add(url[from..cut]);
            from = cut;
        }
        parts.Add(url[from..]);
        parts[0] = before + parts[0];
        parts[^1] += after;
        return parts;
    }
}
