using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentySeventh;

// One embedded post (or a reply chain of two) as its lines were flattened into the page.
internal sealed record PostCard(IReadOnlyList<ExpectedBlock> Posts, IReadOnlyList<string> Lines);

// Posts flattened in orders a copy leaves them: the date before the handle, a reply chain, an
// edited mark, a «Translated from» line; links cut anywhere over two or three lines. The
// card's furniture (name, handle, date, marks) belongs to the post, not to the page's chrome.
internal static class PostCards
{
    private static readonly string[] ArabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] LatinMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static PostCard Draw(DressingPools pools, StoryFacts story, DressingRandom r)
    {
        var first = Make(pools, story, r);
        return r.Next(4) switch
        {
            0 => new([first.Post], [.. first.Date, first.Handle, .. first.Text, .. first.Link]),
            1 => ReplyChain(first, Make(pools, story, r), r),
            2 => new([first.Post], [first.Handle + " · " + first.DateLine, .. first.Text, r.Pick("تم التعديل", "(تم التعديل)", "Edited"), .. first.Link]),
            _ => new([first.Post], [.. first.Text, "— " + first.Name + " (" + first.Handle + ") " + first.DateLine, .. first.Link]),
        };
    }

    private static PostCard ReplyChain(Drawn a, Drawn b, DressingRandom r) =>
        new([a.Post, b.Post],
        [
            a.Name + " " + a.Handle, .. a.Text, a.DateLine, .. a.Link,
            b.Name + " " + b.Handle + " · " + b.DateLine, r.Pick("ردًا على ", "رداً على ", "Replying to ") + a.Handle, .. b.Text, .. b.Link,
        ]);

    private sealed record Drawn(ExpectedBlock Post, string Name, string Handle, string DateLine, IReadOnlyList<string> Date, IReadOnlyList<string> Text, IReadOnlyList<string> Link);

    private static Drawn Make(DressingPools pools, StoryFacts story, DressingRandom r)
    {
        var english = r.Chance(0.25);
        var text = english ? EnglishText(r) : ArabicText(pools, story, r);
        var handle = r.Pick(DressingPools.LatinFirst) + r.Pick("_", "", "") + r.Pick(DressingPools.LatinLast).Replace("-", "", StringComparison.Ordinal) + (r.Chance(0.4) ? r.Between(1, 99).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        var name = english ? r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast) : DressingPools.PersonName(r);
        var date = new DateOnly(2015, r.Between(6, 8), r.Between(1, 28));
        var url = Url(handle, r);
        var dateLine = DateText(date, english, r);
        var textLines = text.Split('\n');
        var translated = !english && r.Chance(0.15) ? new[] { r.Pick("Translated from English", "مترجم من الإنجليزية", "Translated from English · Rate this translation") } : [];
        var post = new ExpectedBlock(BlockKind.Tweet, text, url, handle, name, date, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };
        return new Drawn(post, name, "@" + handle, dateLine, [dateLine], [.. translated, .. textLines], Broken(url, r));
    }

    private static string ArabicText(DressingPools pools, StoryFacts story, DressingRandom r)
    {
        string Sentence()
        {
            var s = r.Pick(pools.Sentences);
            for (var tries = 0; tries < 5 && story.Tells(s); tries++)
            {
                s = r.Pick(pools.Sentences);
            }
            return s;
        }
        var sentence = Sentence();
        var tag = r.Chance(0.4) ? " #" + r.Pick("السعودية", "الرياض", "عاجل", "جدة", "الصيف") : "";
        return r.Chance(0.25) ? sentence + "\n" + Sentence() + tag : sentence + tag;
    }

    private static string EnglishText(DressingRandom r) =>
        r.Pick("Saudi Arabia", "The ministry", "Officials in Riyadh", "Jeddah port", "The national team") + " "
        + r.Pick("announces", "confirms", "opens", "launches", "reports") + " "
        + r.Pick("a new metro line", "record date exports", "the summer festival", "new visa rules", "hajj preparations") + " "
        + r.Pick("today", "this week", "#Riyadh", "amid a heat wave", "ahead of Eid");

    private static string Url(string handle, DressingRandom r) => r.Next(4) switch
    {
        0 => "https://t.co/" + r.Letters(10),
        1 => "pic.twitter.com/" + r.Letters(10),
        2 => "https://twitter.com/" + handle + "/status/" + r.Letters(18, "0123456789"),
        _ => "https://x.com/" + handle + "/status/" + r.Letters(18, "0123456789"),
    };

    // A link cut at any character, onto two or three lines, as a narrow column wraps it.
    private static List<string> Broken(string url, DressingRandom r)
    {
        if (r.Chance(0.4))
        {
            return [url];
        }
        var cut = r.Between(1, url.Length - 1);
        if (r.Chance(0.6) || cut > url.Length - 3)
        {
            return [url[..cut], url[cut..]];
        }
        var second = r.Between(cut + 1, url.Length - 1);
        return [url[..cut], url[cut..second], url[second..]];
    }

    private static string DateText(DateOnly d, bool english, DressingRandom r)
    {
        if (english)
        {
            return r.Chance(0.5) ? $"{LatinMonths[d.Month - 1]} {d.Day}, {d.Year}" : $"{d.Year}-{d.Month:00}-{d.Day:00}";
        }
        return r.Next(3) switch
        {
            0 => $"{r.Number(d.Day)} {ArabicMonths[d.Month - 1]} {StoryChrome.Year(d.Year, r)}",
            1 => DressingRandom.ToArabicIndic($"{d.Day}/{d.Month}/{d.Year}"),
            _ => $"{d.Day} {LatinMonths[d.Month - 1]} {d.Year}",
        };
    }
}
