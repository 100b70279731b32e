using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// Posts (tweets) as the new copy paths flatten them: the quote, link and signature line of an
// embed in several orders, and the link broken by the copy at any character, over two or three lines.
internal static class FlatPosts
{
    private static readonly string[] LatinSubjects = ["The ministry", "Our team", "The council", "Today's session", "The new terminal", "Riyadh Season", "The committee", "Health officials"];

    private static readonly string[] LatinVerbs = ["confirmed", "announced", "will publish", "is reviewing", "has opened", "reported"];

    private static readonly string[] LatinObjects = ["the final results", "registration for all applicants", "a statement on the incident", "new opening hours", "the full schedule", "emergency measures"];

    public static void Dress(PageDraft d)
    {
        var r = d.R;
        var latin = r.Chance(0.25);
        var text = latin ? LatinText(r) : ArabicText(d);
        var name = latin ? $"{r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)}" : DressingPools.PersonName(r);
        var handle = Handle(r);
        var date = d.Date.AddDays(-r.Next(4));
        var url = Url(r, handle);
        var written = r.Chance(0.5) ? Broken(r, url) : url;
        var when = WrittenDate(r, date, latin);
        var textLines = text.Split('\n');
        string[] raw = r.Next(5) switch
        {
            0 => [.. textLines.SkipLast(1), $"{textLines[^1]} {written}", $"— {name} (@{handle}) {when}"],
            1 => [$"@{handle} · {when}", .. textLines, written],
            2 => [name, $"@{handle}", .. textLines, written, when],
            3 => [$"{name} @{handle}: {string.Join(" ", textLines)} {written} {when}"],
            _ => [$"{r.Pick("تغريدة", "منشور على إكس", "Post")} | {name} (@{handle})", .. textLines, $"{when} {r.Pick("—", "·", "")} {written}"],
        };
        var block = new ExpectedBlock(BlockKind.Tweet, string.Join("\n", textLines), url, handle, name, date, latin ? TextDirection.Ltr : TextDirection.Rtl)
        {
            Links = [url],
        };
        d.Post(block, raw);
    }

    private static string ArabicText(PageDraft d)
    {
        var r = d.R;
        var first = TextReferee.Normalize(r.Pick(d.Pools.Sentences));
        return r.Chance(0.3) && first.Length < 140 ? first + "\n" + TextReferee.Normalize(r.Pick(d.Pools.Sentences)) : r.Chance(0.3) ? $"{first} #{r.Pick(DressingPools.Cities).Replace(' ', '_')}" : first;
    }

    private static string LatinText(DressingRandom r) =>
        $"{r.Pick(LatinSubjects)} {r.Pick(LatinVerbs)} {r.Pick(LatinObjects)}{r.Pick(".", " today.", " this week.", "!")}";

    private static string Handle(DressingRandom r) =>
        r.Pick("", "sa_", "news", "")  + r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz") + r.Pick("", "", "_", "24", "KSA", "_sa");

    private static string Url(DressingRandom r, string handle)
    {
        var id = string.Concat(Enumerable.Range(0, 18).Select(i => (char)('0' + (i == 0 ? r.Between(5, 6) : r.Next(10)))));
        return r.Next(5) switch
        {
            0 => $"https://twitter.com/{handle}/status/{id}",
            1 => $"https://x.com/{handle}/status/{id}",
            2 => $"https://t.co/{r.Letters(10)}",
            3 => $"pic.twitter.com/{r.Letters(10)}",
            _ => $"https://mobile.twitter.com/{handle}/status/{id}",
        };
    }

    // The copy breaks a long address where its column ends: anywhere, once or twice.
    private static string Broken(DressingRandom r, string url)
    {
        var cuts = Enumerable.Range(0, r.Between(1, 2)).Select(_ => r.Between(1, url.Length - 1)).Distinct().OrderDescending();
        var text = url;
        foreach (var cut in cuts)
        {
            text = text[..cut] + "\n" + text[cut..];
        }
        return text;
    }

    private static string WrittenDate(DressingRandom r, DateOnly date, bool latin) => r.Next(3) switch
    {
        0 => date.ToString(latin || r.Chance(0.5) ? "MMMM d, yyyy" : "d MMM yyyy", CultureInfo.InvariantCulture),
        1 => PageWords.Date(r, date) is var text && !text.Contains('/', StringComparison.Ordinal) && !text.Contains('-', StringComparison.Ordinal) ? text : $"{date.Day} {PageWords.Months[date.Month - 1]} {date.Year}",
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
