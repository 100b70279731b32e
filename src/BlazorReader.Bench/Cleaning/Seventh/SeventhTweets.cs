using System.Globalization;
using BlazorReader.Core.Articles;
using static BlazorReader.Bench.Cleaning.Seventh.SeventhWords;

namespace BlazorReader.Bench.Cleaning.Seventh;

// A tweet embedded in the story and flattened by the copy: text on one or more lines, its
// link at the end of the text or on a line of its own and broken at any character, then the
// signature «— Name (@handle) date» with a dash of any width and a date in English, Gulf or
// Levantine month names, or none. The reader expects the tweet back whole, link and all.
internal static class SeventhTweets
{
    private static readonly string[] Openers = ["Proud to announce", "Great meeting today with", "Breaking:", "Thank you", "Watch:", "Our thoughts are with", "Happy to welcome"];

    private static readonly string[] Objects =
    [
        "the delegation in Riyadh", "our partners across the Gulf", "everyone who joined the campaign", "the new education programme",
        "the families affected by the floods", "the team that made this possible", "the winners of this year's award",
    ];

    public static Insert Draw(SeventhPage p)
    {
        var r = p.R;
        var arabic = r.Chance(0.65);
        var text = arabic ? ArabicText(p) : $"{r.Pick(Openers)} {r.Pick(Objects)}{r.Pick(".", "!", " 🇸🇦", "")}";
        if (arabic && r.Chance(0.2))
        {
            text += " #" + r.Pick("KSA", "Riyadh", "السعودية", "عاجل", "Yemen", "اليمن");
        }
        var textLines = SplitText(r, text);
        var handle = r.Letters(1, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") + r.Letters(r.Between(3, 12), "abcdefghijklmnopqrstuvwxyz_0123456789");
        var name = r.Chance(0.6) ? DressingPools.PersonName(r) : $"{r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)}";
        var url = Url(r, handle);
        DateOnly? date = r.Chance(0.8) ? SomeDay(r) : null;
        var signature = $"{r.Pick("—", "–", "-", "— ", "―")} {name} (@{handle}){(date is { } d ? " " + TweetDate(r, d) : "")}".Replace("  ", " ", StringComparison.Ordinal);
        var lines = new List<string>(textLines);
        if (url is not null)
        {
            var parts = SeventhLinks.BrokenLink(r, url);
            if (r.Chance(0.5))
            {
                lines[^1] += " " + parts[0];
                lines.AddRange(parts.Skip(1));
            }
            else
            {
                lines.AddRange(parts);
            }
        }
        lines.Add(signature);
        var dir = textLines[0].FirstOrDefault(char.IsLetter) is var c && c is >= '\u0600' and <= '\u06FF' ? TextDirection.Rtl : TextDirection.Ltr;
        var tweet = new ExpectedBlock(BlockKind.Tweet, string.Join("\n", textLines), url, handle, name, date, dir) { Links = url is null ? [] : [url] };
        return new Insert(lines, Tweet: tweet);
    }

    // A tweet of 2015 held 140 characters: a short sentence of another story, or a long one cut
    // where a writer would cut it.
    private static string ArabicText(SeventhPage p)
    {
        var sentence = TextReferee.Normalize(p.OtherSentence() ?? p.R.Pick(p.Pools.Sentences));
        for (var i = 0; i < 4 && sentence.Length > 140; i++)
        {
            sentence = TextReferee.Normalize(p.OtherSentence() ?? sentence);
        }
        return sentence.Length <= 140 ? sentence : sentence[..Math.Max(sentence.LastIndexOf(' ', 120), 60)] + p.R.Pick("…", "...", "");
    }

    // A long tweet wraps: its text on two or three lines, cut between words.
    private static List<string> SplitText(DressingRandom r, string text)
    {
        var words = text.Split(' ');
        if (words.Length < 8 || r.Chance(0.6))
        {
            return [text];
        }
        var cut = r.Between(3, words.Length - 3);
        return [string.Join(' ', words[..cut]), string.Join(' ', words[cut..])];
    }

    private static string? Url(DressingRandom r, string handle)
    {
        var id = r.Letters(10);
        var status = string.Concat(Enumerable.Range(0, 18).Select(i => (i == 0 ? r.Between(1, 9) : r.Between(0, 9)).ToString(CultureInfo.InvariantCulture)));
        return r.Next(8) switch
        {
            0 or 1 => r.Pick("https://", "http://") + "t.co/" + id,
            2 or 3 => r.Pick("", "", "https://") + "pic.twitter.com/" + id,
            4 => "https://twitter.com/" + handle + "/status/" + status,
            5 => "https://x.com/" + handle + "/status/" + status,
            6 => "https://mobile.twitter.com/" + handle + "/status/" + status,
            _ => null,
        };
    }

    private static string TweetDate(DressingRandom r, DateOnly d)
    {
        var day = d.Day.ToString(CultureInfo.InvariantCulture);
        var year = d.Year.ToString(CultureInfo.InvariantCulture);
        return r.Next(5) switch
        {
            0 or 1 => $"{EnglishMonths[d.Month - 1]} {day}, {year}",
            2 => Digits(r, $"{day} {GulfMonths[d.Month - 1]} {year}"),
            3 => Digits(r, $"{day} {LevantMonths[d.Month - 1]}{r.Pick(" ", "، ")}{year}"),
            _ => $"{EnglishMonths[d.Month - 1][..3]} {day}, {year}",
        };
    }
}
