using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eighth;

// An embedded tweet as copy paths flatten it: the text on one line or two, the link at the end
// of the text or on its own line and broken by the scraper at any character across two or
// three lines, then the signature («— Name (@handle) date», dash of any kind, date in English
// or Arabic months, either digits, or none), or no signature at all. The tweet is body; its
// signature line is the chrome a rebuilt card takes in.
internal static class EighthTweets
{
    private static readonly string[] Openers = ["Proud to announce", "Great meeting today with", "Watch:", "Breaking:", "Thank you to", "Congratulations to", "Live now:", "Important update on", "Happy to welcome"];

    private static readonly string[] Subjects = ["the new health campaign", "our partners in Kuwait", "the national team", "the education ministry", "everyone who joined us", "the Gulf summit", "the new airport terminal", "the volunteers in Muscat", "the Doha forum"];

    private static readonly string[] ArabicTags = ["#الكويت", "#عمان", "#البحرين", "#قطر", "#ليبيا", "#الجزائر", "#السعودية", "#عاجل"];

    public static (PagePart Part, NoisePiece? Signature) Draw(DressingRandom r, EighthContext c)
    {
        var (text, dir) = Text(r, c);
        var handle = r.Chance(0.5) ? (r.Pick(DressingPools.LatinFirst) + r.Pick("_", "", ".") + r.Pick(DressingPools.LatinLast)).Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)
            : r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz") + r.Pick("", "_", "_kw", "24", "_news");
        var signed = r.Chance(0.85);
        // Unsigned, a tweet keeps a link that names no account, so that no reader could say whose it is.
        var url = signed ? Link(r, handle) : r.Chance(0.5) ? "https://t.co/" + r.Letters(10) : "pic.twitter.com/" + r.Letters(10);
        var author = signed ? r.Pick(DressingPools.PersonName(r), r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast), c.Paper.Name) : null;
        var date = signed && r.Chance(0.85) ? c.Day.AddDays(-r.Between(0, 3)) : (DateOnly?)null;
        var lines = TextLines(r, text);
        var raw = new List<string>();
        if (url is not null && r.Chance(0.5))
        {
            raw.AddRange(lines.SkipLast(1));
            // Glued without a space only after a mark or an Arabic letter: after a Latin word or a
            // hashtag nobody could tell where the link begins.
            var space = char.IsAsciiLetterOrDigit(lines[^1][^1]) || lines[^1].Contains('#', StringComparison.Ordinal) ? " " : r.Pick(" ", " ", "");
            raw.AddRange(LinkBreaker.Break(r, lines[^1] + space + url, lines[^1].Length + 1, BreakCount(r)));
        }
        else
        {
            raw.AddRange(lines);
            if (url is not null)
            {
                raw.AddRange(LinkBreaker.Break(r, url, 0, BreakCount(r)));
            }
        }
        NoisePiece? signature = null;
        if (signed)
        {
            var line = $"{r.Pick("— ", "– ", "- ", "\u200F— ", "—")}{author} (@{handle}){(date is { } d ? " " + SignatureDate(r, d) : "")}";
            raw.Add(line);
            signature = new NoisePiece(NoiseKind.Signature, [line]);
        }
        var block = new ExpectedBlock(BlockKind.Tweet, text, url, signed ? handle : null, author, date, dir) { Links = url is null ? [] : [url] };
        return (new PagePart(raw, block), signature);
    }

    private static int BreakCount(DressingRandom r) => r.Next(10) switch { < 4 => 0, < 8 => 1, _ => 2 };

    private static (string Text, TextDirection Dir) Text(DressingRandom r, EighthContext c)
    {
        var english = $"{r.Pick(Openers)} {r.Pick(Subjects)}{r.Pick("", " today", " tonight.", "!", ".")}";
        // Another story's sentence: a tweet quoting this story's own text could be taken for a repeat.
        var own = TextReferee.Normalize(c.Article.Text.Replace('\n', ' '));
        var arabic = Enumerable.Range(0, 5).Select(_ => c.Pools.Sentences.Count > 0 ? r.Pick(c.Pools.Sentences) : "")
            .FirstOrDefault(s => s.Length > 0 && !own.Contains(s, StringComparison.Ordinal)) ?? "شكراً لكل من شارك في إنجاح هذا الحدث";
        return r.Next(6) switch
        {
            < 3 => (arabic + (r.Chance(0.3) ? " " + r.Pick(ArabicTags) : ""), TextDirection.Rtl),
            3 => (arabic + " #" + r.Pick("Kuwait", "Oman", "Qatar", "GCC", "News"), TextDirection.Rtl),
            4 => (english + (r.Chance(0.4) ? " " + r.Pick(ArabicTags) : ""), TextDirection.Ltr),
            _ => (english + " " + r.Pick("#Kuwait", "#Bahrain", "@" + r.Pick(DressingPools.LatinLast)), TextDirection.Ltr),
        };
    }

    // A long tweet wraps at a word; a short one stays on one line.
    private static List<string> TextLines(DressingRandom r, string text)
    {
        var space = text.IndexOf(' ', text.Length / 2);
        return text.Length > 80 && space > 0 && r.Chance(0.35) ? [text[..space], text[(space + 1)..]] : [text];
    }

    private static string? Link(DressingRandom r, string handle) => r.Next(10) switch
    {
        < 3 => "https://t.co/" + r.Letters(10),
        < 5 => "pic.twitter.com/" + r.Letters(10),
        < 7 => $"https://{r.Pick("", "mobile.")}twitter.com/{handle}/status/{r.Between(100000000, 999999999)}{r.Between(100000000, 999999999)}",
        < 9 => $"https://x.com/{handle}/status/{r.Between(100000000, 999999999)}{r.Between(100000000, 999999999)}",
        _ => null,
    };

    private static string SignatureDate(DressingRandom r, DateOnly d) => r.Next(5) switch
    {
        < 2 => $"{EighthWords.MonthsEnglish[d.Month - 1]} {d.Day}, {d.Year}",
        2 => $"{d.Day} {EighthWords.MonthsArabic[d.Month - 1]} {d.Year}",
        3 => DressingRandom.ToArabicIndic($"{d.Day}") + " " + EighthWords.MonthsArabic[d.Month - 1] + " " + DressingRandom.ToArabicIndic($"{d.Year}"),
        _ => $"{d.Day} {EighthWords.MonthsEnglish[d.Month - 1][..3]} {d.Year}",
    };
}
