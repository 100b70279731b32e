using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// A post flattened by a copy in orders the earlier catalogues did not use: the author's
// name and handle on lines of their own, a pinned label above, an edited label by the time,
// a relative time instead of a date, views, a poll, a source-app line, «Show more» inside a
// long text, «Show this thread» below, the link bare, in angle brackets or in quotes.
internal static class PostShapes
{
    private static readonly string[] English =
    [
        "Proud of the team's work today", "Big day for the region", "Thank you all for the support",
        "Important update on the project", "The results are finally out", "Great meeting this morning",
        "More details will follow soon", "Honoured to be part of this",
    ];

    public static (ExpectedBlock Post, List<string> Raw, List<NoisePiece> Chrome) Make(DressingRandom r, Story s)
    {
        var name = r.Chance(0.75) ? Words.Person(r) : Words.Latin(r);
        var handle = r.Letters(r.Between(4, 11), "abcdefghijklmnopqrstuvwxyz_0123456789");
        var text = Text(r, s);
        var rtl = text.Any(c => c is >= '\u0600' and <= '\u06FF');
        var dated = r.Chance(0.65);
        var when = s.When.AddDays(-r.Between(0, 3));
        var url = Url(r, handle);
        var chrome = new List<NoisePiece>();
        var raw = new List<string>();
        if (r.Chance(0.2))
        {
            raw.Add(r.Pick("📌 مثبّت", "مثبّت", "Pinned", "📌 Pinned post", "تغريدة مثبّتة"));
        }
        raw.Add(name);
        var time = dated ? (r.Chance(0.5) ? Words.Gregorian(r, when) : when.ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)) : Words.Ago(r);
        var edited = r.Chance(0.3) ? r.Pick(" · تم التعديل", " (تم التعديل)", " · Edited", " Edited") : "";
        var timeFirst = r.Chance(0.5);
        raw.Add("@" + handle + (timeFirst ? "" : r.Pick(" · ", "  ", " - ") + time + edited));
        var lines = TextReferee.Lines(text);
        var showMore = lines.Count > 1 && r.Chance(0.25) ? r.Between(1, lines.Count - 1) : -1;
        var linkInText = r.Chance(0.4);
        var shown = Shown(r, url);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == showMore)
            {
                var more = r.Pick("عرض المزيد", "Show more", "… عرض المزيد");
                raw.Add(more);
                chrome.Add(new NoisePiece(NoiseKind.MoreLink, [more]));
            }
            raw.Add(i == lines.Count - 1 && linkInText ? lines[i] + " " + shown : lines[i]);
        }
        if (!linkInText)
        {
            raw.Add(shown);
        }
        if (r.Chance(0.2))
        {
            var yes = r.Between(15, 85);
            var votes = r.Between(40, 9000);
            var poll = r.Chance(0.6)
                ? Words.Script(r, "نعم " + yes + "٪ / لا " + (100 - yes) + "٪ · " + votes + " صوت") + r.Pick(" · انتهى", " · بقي يومان", "")
                : "Yes " + yes + "% / No " + (100 - yes) + "% · " + votes + " votes" + r.Pick(" · Final results", "");
            raw.Add(poll);
            chrome.Add(new NoisePiece(NoiseKind.Counter, [poll]));
        }
        if (timeFirst)
        {
            raw.Add((dated ? Words.Time(r, when) + r.Pick(" · ", " - ") : "") + time + edited);
        }
        if (r.Chance(0.35))
        {
            raw.Add(r.Pick("Twitter for iPhone", "Twitter for Android", "تويتر لأجهزة آيفون", "Twitter Web App", "TweetDeck"));
        }
        if (r.Chance(0.5))
        {
            var views = r.Chance(0.5)
                ? DressingRandom.ToArabicIndic(r.Between(1, 9) + "." + r.Between(1, 9)) + r.Pick(" ألف مشاهدة", " ألف مشاهدة ·")
                : r.Between(1, 99) + "." + r.Between(1, 9) + r.Pick("K views", "K Views", "K مشاهدة");
            raw.Add(views.TrimEnd(' ', '·'));
            chrome.Add(new NoisePiece(NoiseKind.Counter, [views.TrimEnd(' ', '·')]));
        }
        if (r.Chance(0.25))
        {
            var thread = r.Pick("عرض السلسلة", "Show this thread", "عرض السلسلة كاملة ←");
            raw.Add(thread);
            chrome.Add(new NoisePiece(NoiseKind.MoreLink, [thread]));
        }
        var post = new ExpectedBlock(BlockKind.Tweet, string.Join("\n", lines), url, handle, name, dated ? DateOnly.FromDateTime(when) : null,
            rtl ? TextDirection.Rtl : TextDirection.Ltr) { Links = [url] };
        return (post, Cut(r, raw, shown), chrome);
    }

    private static string Text(DressingRandom r, Story s)
    {
        var arabic = Sentence(r, s);
        return r.Next(5) switch
        {
            0 or 1 => arabic,
            2 => arabic + "\n" + Sentence(r, s),
            3 => r.Pick(English) + r.Pick(".", "!", "") + r.Pick("", " #" + r.Pick("Saudi", "KSA", "Riyadh")),
            _ => arabic + "\n" + r.Pick(English) + r.Pick(".", "!"),
        };
    }

    // A sentence of another story: a post quoting the story's own lines would be a body line twice.
    private static string Sentence(DressingRandom r, Story s)
    {
        for (var i = 0; i < 8 && s.Pools.Sentences.Count > 0; i++)
        {
            var sentence = r.Pick(s.Pools.Sentences);
            if (!s.OwnText.Contains(sentence, StringComparison.Ordinal))
            {
                return sentence;
            }
        }
        return r.Pick("نعمل على إنجاز المشروع في موعده المحدد بإذن الله", "شكراً لكل من شارك في إنجاح هذا اليوم");
    }

    private static string Url(DressingRandom r, string handle) => r.Next(4) switch
    {
        0 => "https://t.co/" + r.Letters(10),
        1 => "pic.twitter.com/" + r.Letters(10),
        2 => r.Pick("https://", "http://", "https://mobile.") + "twitter.com/" + handle + "/status/" + r.Letters(18, "0123456789"),
        _ => "https://x.com/" + handle + "/status/" + r.Letters(18, "0123456789"),
    };

    private static string Shown(DressingRandom r, string url) => r.Next(5) switch
    {
        0 => "<" + url + ">",
        1 => "\"" + url + "\"",
        2 => "«" + url + "»",
        _ => url,
    };

    // Half the posts have their link cut at any character over two or three lines.
    private static List<string> Cut(DressingRandom r, List<string> raw, string shown)
    {
        if (!r.Chance(0.5))
        {
            return raw;
        }
        var at = raw.FindIndex(l => l.EndsWith(shown, StringComparison.Ordinal));
        var line = raw[at];
        var start = line.Length - shown.Length;
        var cuts = Enumerable.Range(0, r.Between(1, 2)).Select(_ => r.Between(start + 1, line.Length - 1)).Distinct().Order().ToList();
        var pieces = new List<string>();
        var from = 0;
        foreach (var c in cuts)
        {
            pieces.Add(line[from..c]);
            from = c;
        }
        pieces.Add(line[from..]);
        raw.RemoveAt(at);
        raw.InsertRange(at, pieces);
        return raw;
    }
}
