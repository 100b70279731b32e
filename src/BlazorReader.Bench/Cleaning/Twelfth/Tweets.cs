using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Twelfth;

// An X post as an embed flattens it: the text, its link (t.co, pic.twitter.com, a status on
// twitter.com or x.com) at the end of the text or on a line of its own, the «— Name (@handle)
// date» line, or the link after that line as a «view on X» card leaves it. About half the
// links are broken by the scraper at any character, often at «t.» «co/», «pic.twitter.» «com/», «x.» «com/».
internal static class Tweets
{
    private static readonly string[] English =
    [
        "Talks resumed this morning in {0}, officials say the next round will focus on the ports",
        "Heavy rain expected over {0} tonight, please avoid the coastal road",
        "Our team is on the ground in {0}. More updates soon",
        "Proud to see the new hospital wing open its doors in {0} today",
        "The delegation arrived in {0} for two days of meetings",
    ];

    private static readonly string[] Cuts = ["t.", "pic.twitter.", "x.", "://", "twitter."];

    public static (ExpectedBlock Block, List<string> Lines)? Draft(Story s)
    {
        var r = s.R;
        var english = r.Chance(0.25);
        var text = english ? string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(English), r.Pick("Khartoum", "Aden", "Tripoli", "Nouakchott", "Mogadishu", "Djibouti", "Kuwait City")) : s.Sentence();
        if (text is null)
        {
            return null;
        }
        if (!english && r.Chance(0.3))
        {
            text += " " + r.Pick("#" + s.City.Replace(' ', '_'), "#عاجل", "#Breaking", "@" + Outlets.Handle(r));
        }
        var textLines = SplitLines(r, text);
        var handle = Outlets.Handle(r);
        var name = english ? r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast) : Outlets.AccountName(r, s.Outlet);
        DateOnly? date = r.Chance(0.85) ? Calendar.Day(r) : null;
        var status = string.Concat(r.Between(100000000, 999999999), r.Between(1000000, 9999999));
        var url = r.Next(6) switch
        {
            0 or 1 => r.Pick("https://", "http://", "") + "t.co/" + r.Letters(10),
            2 or 3 => r.Pick("", "https://") + "pic.twitter.com/" + r.Letters(10),
            4 => r.Pick("https://", "") + r.Pick("", "mobile.") + "twitter.com/" + handle + "/status/" + status,
            _ => r.Pick("https://", "") + "x.com/" + handle + "/status/" + status,
        };
        var signature = r.Pick("— ", "– ", "- ", "—", "&mdash; ") + name + " (@" + handle + ")" + (date is { } d ? " " + Dated(r, d, english) : "");
        var broken = r.Chance(0.5) ? Break(r, url) : [url];
        var lines = new List<string>(textLines);
        switch (r.Next(3))
        {
            case 0:
                lines[^1] += r.Pick(" ", " ", "\u00A0") + broken[0];
                lines.AddRange(broken.Skip(1));
                lines.Add(signature);
                break;
            case 1:
                lines.AddRange(broken);
                lines.Add(signature);
                break;
            default:
                lines.Add(signature);
                lines.AddRange(broken);
                break;
        }
        var block = new ExpectedBlock(BlockKind.Tweet, string.Join("\n", textLines), url, handle, name, date, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };
        return (block, lines);
    }

    private static string Dated(DressingRandom r, DateOnly d, bool english) => r.Next(4) switch
    {
        0 => Calendar.InEnglish(d),
        1 => $"{r.Between(1, 12)}:{r.Next(60):00} {r.Pick("AM", "PM")} · {Calendar.English[d.Month - 1][..3]} {d.Day}, {d.Year}",
        _ => english ? Calendar.InEnglish(d) : Ink.Digits(r, $"{d.Day} {Calendar.Egyptian[d.Month - 1]} {d.Year}"),
    };

    // A long text over two lines, as a narrow embed wraps it.
    private static List<string> SplitLines(DressingRandom r, string text)
    {
        var space = text.Length > 80 && r.Chance(0.3) ? text.IndexOf(' ', text.Length / 2) : -1;
        return space > 0 ? [text[..space].Trim(), text[(space + 1)..].Trim()] : [text];
    }

    // The link over two or three lines, cut where scrapers cut it or anywhere.
    private static List<string> Break(DressingRandom r, string url)
    {
        var marks = Cuts.Select(m => url.IndexOf(m, StringComparison.Ordinal) is var i and >= 0 ? i + m.Length : -1).Where(i => i > 0 && i < url.Length).ToList();
        var cut = marks.Count > 0 && r.Chance(0.6) ? r.Pick<int>(marks) : r.Between(1, url.Length - 1);
        var parts = new List<string> { url[..cut], url[cut..] };
        if (parts[1].Length > 4 && r.Chance(0.25))
        {
            var second = r.Between(1, parts[1].Length - 1);
            parts = [parts[0], parts[1][..second], parts[1][second..]];
        }
        return parts;
    }
}
