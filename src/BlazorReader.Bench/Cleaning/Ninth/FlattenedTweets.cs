using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Ninth;

// Tweets as these copy paths flatten them: a channel's relay («🐦 name (@handle):» above the
// text), a reader app's card (name, handle and date above), the link with the signature glued
// after it, and the bare text with its link. The link may sit at the end of the text line or
// on its own, broken at any character; the expected tweet keeps the whole link.
public static class FlattenedTweets
{
    private static readonly string[] EnglishOpeners = ["Breaking:", "Update:", "Today", "Tonight", "This morning", "Proud to announce:", "Just in:", ""];

    private static readonly string[] EnglishClaims =
    [
        "talks on the new agreement resumed in {0}", "our team met officials in {0} to discuss the reconstruction plan", "thousands gathered in {0} for the opening",
        "the summit in {0} ended with a joint statement", "flights to {0} are back on schedule", "the final report on {0} is now published",
    ];

    public static void Draw(NinthPage page, NinthStory s, DressingRandom r)
    {
        // Only a header above the text shows where a tweet of several lines begins.
        var shape = r.Next(4);
        var english = r.Chance(0.25);
        var text = english ? English(s, r, shape < 2) : Arabic(s, r, shape < 2);
        if (text.Count == 0)
        {
            return;
        }
        var handle = Handle(r);
        var name = english && r.Chance(0.6) ? $"{r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)}" : DressingPools.PersonName(r);
        var url = shape == 3 ? r.Pick("https://t.co/", "t.co/", "pic.twitter.com/") + r.Letters(10) : Url(r, handle);
        var date = shape is 1 or 2 && r.Chance(0.85) ? DateOnly.FromDateTime(s.Day.AddDays(-r.Between(0, 3))) : (DateOnly?)null;
        var signed = shape != 3;
        var named = shape != 0 || r.Chance(0.75);
        var lines = shape switch
        {
            0 => Relay(r, named ? name : null, handle, text, url),
            1 => Card(r, name, handle, date, text, url),
            2 => SignedAfterLink(r, name, handle, date, text, url),
            _ => WithLink(r, text, url),
        };
        var dir = english ? TextDirection.Ltr : TextDirection.Rtl;
        var block = new ExpectedBlock(BlockKind.Tweet, string.Join('\n', text), url, signed ? handle : null, signed && named ? name : null, date, dir) { Links = [url] };
        var gap = page.Insert(block, lines, closing: r.Chance(0.15));
        if (r.Chance(0.3))
        {
            page.At(page.Piece(NoiseKind.Share, r.Pick("الرد · إعادة التغريد · إعجاب", "💬 ردّ  🔁 إعادة نشر  ❤️ إعجاب", "عرض الصورة على تويتر", "Reply Retweet Like", "اقرأ الردود على التغريدة", "تابع @" + handle)), gap);
        }
    }

    private static List<string> Relay(DressingRandom r, string? name, string handle, List<string> text, string url) =>
        [r.Pick("🐦 ", "🔹 ", "تغريدة ", "غرد ", "") + (name is null ? $"@{handle}" : r.Pick($"{name} (@{handle})", $"{name} @{handle}")) + r.Pick(":", " :", " كتب:", ""), .. WithLink(r, text, url)];

    private static List<string> Card(DressingRandom r, string name, string handle, DateOnly? date, List<string> text, string url) =>
        [$"{name}{r.Pick(" ", "\u200F ", " · ")}@{handle}" + (date is { } d ? r.Pick(" · ", " - ", "  ") + Date(r, d) : ""), .. WithLink(r, text, url)];

    // «text link— name (@handle) date»: the blockquote's link and signature run together.
    private static List<string> SignedAfterLink(DressingRandom r, string name, string handle, DateOnly? date, List<string> text, string url)
    {
        var lines = WithLink(r, text, url);
        lines[^1] += r.Pick("— ", "—", " - ", "– ") + $"{name} (@{handle})" + (date is { } d ? " " + Date(r, d) : "");
        return lines;
    }

    private static List<string> WithLink(DressingRandom r, List<string> text, string url) => r.Chance(0.5)
        ? [.. text.SkipLast(1), .. BrokenLinks.After(r, text[^1], url, 0.7)]
        : [.. text, .. BrokenLinks.Break(r, url, 0.7)];

    private static string Url(DressingRandom r, string handle) => r.Next(4) switch
    {
        0 => r.Pick("https://", "") + "t.co/" + r.Letters(10),
        1 => "pic.twitter.com/" + r.Letters(10),
        2 => r.Pick("https://", "https://mobile.", "") + $"twitter.com/{handle}/status/6{r.Letters(17, "0123456789")}",
        _ => r.Pick("https://", "") + $"x.com/{handle}/status/6{r.Letters(17, "0123456789")}",
    };

    private static string Date(DressingRandom r, DateOnly d) => r.Next(4) switch
    {
        0 => d.ToString(r.Pick("MMMM d, yyyy", "MMM d, yyyy", "d MMM yyyy"), CultureInfo.InvariantCulture),
        1 => $"{r.Number(d.Day)} {PageRegion.GulfMonths[d.Month - 1]} {r.Number(d.Year)}",
        2 => $"{r.Number(d.Day)} {PageRegion.LevantMonths[d.Month - 1]} {r.Number(d.Year)}",
        _ => $"{d.Day} {PageRegion.MoroccanMonths[d.Month - 1]} {d.Year}",
    };

    // Handles as people choose them: a name in Latin letters, an underscore, a number, an office's initials.
    private static string Handle(DressingRandom r)
    {
        const string lower = "abcdefghijklmnopqrstuvwxyz";
        return r.Next(4) switch
        {
            0 => r.Letters(r.Between(3, 8), lower) + "_" + r.Letters(r.Between(3, 7), lower),
            1 => r.Letters(r.Between(5, 11), lower) + r.Letters(r.Between(1, 4), "0123456789"),
            2 => r.Letters(r.Between(2, 4), "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + r.Pick("_", "") + r.Pick("Gov", "News", "Ar", "AR", "Official", "Media"),
            _ => char.ToUpperInvariant(r.Letters(1, lower)[0]) + r.Letters(r.Between(3, 8), lower) + char.ToUpperInvariant(r.Letters(1, lower)[0]) + r.Letters(r.Between(3, 8), lower),
        };
    }

    // Sentences short enough for a tweet, none of them this story's own.
    private static List<string> Arabic(NinthStory s, DressingRandom r, bool severalLines)
    {
        var lines = Enumerable.Range(0, (severalLines ? r.Pick(1, 1, 2, 3) : 1) * 4).Select(_ => r.Pick(s.Pools.Sentences)).Distinct()
            .Where(t => t.Length <= 140 && !s.Body.Any(b => b.Contains(t, StringComparison.Ordinal))).Take(severalLines ? r.Pick(1, 1, 2, 3) : 1).ToList();
        if (lines.Count > 0 && r.Chance(0.3))
        {
            lines[^1] += r.Pick(" #", " #عاجل #", " 🇯🇴 #") + s.Region.Country.Replace(' ', '_');
        }
        return lines;
    }

    private static List<string> English(NinthStory s, DressingRandom r, bool severalLines)
    {
        var claim = string.Format(CultureInfo.InvariantCulture, r.Pick(EnglishClaims), r.Pick("Amman", "Ramallah", "Sanaa", "Khartoum", "Tunis", "Rabat", "Abu Dhabi", "Damascus"));
        var first = (r.Pick(EnglishOpeners) + " " + claim).Trim();
        first = char.ToUpperInvariant(first[0]) + first[1..] + r.Pick(".", "!", " 👏", "");
        return severalLines && r.Chance(0.4) ? [first, r.Pick("More details soon.", "Thank you all for your support.", "Stay tuned.", "#" + s.Region.Country.Replace(' ', '_'))] : [first];
    }
}
