using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// Posts (tweets) as copy paths flatten them: the card gone, its parts on plain lines in one of
// several orders, the address often cut by the scraper across two or three lines.
internal static class FlatPosts
{
    private static readonly string[] Subjects = ["The ministry", "Officials", "The authority", "Our team", "The committee", "Organisers"];
    private static readonly string[] Verbs = ["confirmed", "announced", "published", "shared", "updated"];
    private static readonly string[] Objects =
        ["the new schedule for the season", "today's figures from the field", "details of the agreement", "the full statement", "photos from this morning's visit"];

    public static void Write(PageDraft p)
    {
        var r = p.R;
        var english = r.Chance(0.2);
        var text = english ? $"{r.Pick(Subjects)} {r.Pick(Verbs)} {r.Pick(Objects)} in {r.Pick("Riyadh", "Jeddah", "Dubai", "Cairo", "London")}." : ArabicText(p);
        if (text is null)
        {
            return;
        }
        var handle = r.Pick("Saudi", "KSA", "Gov", "News", "Sport", "Health", "Moh", "Riyadh") + r.Pick("", "_", "") + r.Letters(r.Between(2, 7));
        var name = english ? Wording.Latin(r) : r.Chance(0.6) ? Wording.Person(r) : r.Pick("وزارة الصحة", "هيئة الرياضة", "أمانة المنطقة", "الأرصاد", "الدفاع المدني");
        var date = DateOnly.FromDateTime(p.When.AddDays(-r.Next(3)));
        var url = Address(r, handle);
        var shown = "@" + handle;
        var when = DateText(r, date);
        var link = Cut(r, url);
        List<(string, bool)> lines = r.Next(5) switch
        {
            0 => [(text, false), ($"— {name} ({shown}) {when}", true), .. link],
            1 => [($"{name} {shown} · {when}", false), (text, true), .. link],
            2 => [.. link, (text, true), ($"{shown} — {when}", true)],
            3 => [($"{r.Pick("كتب", "غرّد", "نشر")} {name} ({shown}):", false), (text, true), ($"{when} · " + link[0].Text, true), .. link.Skip(1)],
            _ => [(text + " " + link[0].Text, false), .. link.Skip(1), ($"{name} {shown} {when}", true)],
        };
        p.Post(new ExpectedBlock(BlockKind.Tweet, text, url, handle, name, date, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] }, lines);
    }

    private static string? ArabicText(PageDraft p)
    {
        var own = TextReferee.Normalize(p.Article.Text);
        for (var i = 0; i < 5; i++)
        {
            var s = p.R.Pick(p.Pools.Sentences);
            if (!own.Contains(s, StringComparison.Ordinal))
            {
                return s;
            }
        }
        return null;
    }

    private static string Address(DressingRandom r, string handle)
    {
        var id = r.Between(10000000, 99999999).ToString(CultureInfo.InvariantCulture) + r.Between(10000000, 99999999).ToString(CultureInfo.InvariantCulture);
        return r.Next(5) switch
        {
            0 => $"https://twitter.com/{handle}/status/{id}",
            1 => $"https://x.com/{handle}/status/{id}",
            2 => $"https://t.co/{r.Letters(10)}",
            3 => $"pic.twitter.com/{r.Letters(10)}",
            _ => $"{r.Pick("https://mobile.", "mobile.")}twitter.com/{handle}/status/{id}",
        };
    }

    private static string DateText(DressingRandom r, DateOnly d) => r.Next(4) switch
    {
        0 => d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
        1 => $"{r.Number(d.Day)} {Wording.Months[d.Month - 1]} {r.Number(d.Year)}",
        2 => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    // The address whole on one line, or cut at any character into two or three lines.
    private static List<(string Text, bool Tight)> Cut(DressingRandom r, string url)
    {
        if (r.Chance(0.45))
        {
            return [(url, true)];
        }
        var first = r.Between(1, url.Length - 2);
        if (r.Chance(0.6) || url.Length - first < 3)
        {
            return [(url[..first], true), (url[first..], true)];
        }
        var second = r.Between(first + 1, url.Length - 1);
        return [(url[..first], true), (url[first..second], true), (url[second..], true)];
    }
}
