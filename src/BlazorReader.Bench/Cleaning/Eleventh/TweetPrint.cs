using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eleventh;

// How a scraper flattens an embedded tweet. The classic embed: the text, its link at the
// text's end or on a line of its own or on the signature line (bare, in brackets, as a
// Markdown link), then «— Name (@handle) date» with an em dash, an en dash or a hyphen, the
// handle now and then before the name, direction marks round it, a date in English or in the
// page's Arabic months, or none. The newer card: name and handle above, the text, «time · date».
// About half the time the scraper broke the link's line at some character, once or twice.
internal static class TweetPrint
{
    private enum Place
    {
        TextEnd,
        OwnLine,
        Signature,
    }

    public static void Write(Dressing s)
    {
        var r = s.R;
        for (var n = r.Chance(0.7) ? 1 : r.Between(2, 3); n > 0; n--)
        {
            if (TweetDraft.Draw(s) is not { } draft)
            {
                continue;
            }
            var gap = r.Chance(0.75) ? s.Sheet.InnerGap() : s.LastGap;
            var (lines, block, card) = Print(draft, s);
            s.Sheet.PutTweet(gap, block, lines);
            // A card's counts below it; a credit naming the platform.
            var (likes, shares) = (CalendarWords.Inv(r.Between(3, 9000)), CalendarWords.Inv(r.Between(0, 900)));
            if (r.Chance(card ? 0.4 : 0.08))
            {
                s.Sheet.Put(new Spot(Zone.Gap, gap), NoiseKind.Counter, s.Digits(r.Pick($"♥ {likes}  ↻ {shares}", $"{likes} إعجاب", $"{shares} Retweets {likes} Likes")));
            }
            else if (r.Chance(0.08))
            {
                s.Sheet.Put(new Spot(Zone.Gap, gap), NoiseKind.Credit, r.Pick("المصدر: تويتر", "(المصدر: حساب الوزارة على تويتر)", "المصدر : منصة إكس", "Source: X"));
            }
        }
    }

    private static (List<string> Lines, ExpectedBlock Block, bool Card) Print(TweetDraft t, Dressing s)
    {
        var r = s.R;
        var (url, printed) = (t.Url, t.Printed);
        var status = url.Contains("/status/", StringComparison.Ordinal);
        var card = r.Chance(0.15);
        var place = status ? (card ? r.Pick(Place.OwnLine, Place.TextEnd) : r.Pick(Place.Signature, Place.Signature, Place.OwnLine)) : r.Pick(Place.TextEnd, Place.TextEnd, Place.OwnLine);
        var date = t.Date is { } d ? DateText(d.ToDateTime(TimeOnly.MinValue), t.Dir, s) : null;
        var at = "@" + t.Handle;
        var lines = new List<string>();
        if (card)
        {
            lines.AddRange(r.Next(3) switch
            {
                0 => [t.Name, at],
                1 => [$"{t.Name} {at}"],
                _ => [$"{t.Name} {r.Pick("\u200F", "")}{at}{(date is null ? "" : " · " + date)}"],
            });
        }
        lines.AddRange(t.Text);
        if (place == Place.TextEnd)
        {
            lines[^1] += r.Pick(" ", " ", "\u00A0", "") + printed;
        }
        if (place == Place.OwnLine && !card)
        {
            lines.Add(printed);
        }
        if (card)
        {
            if (date is not null)
            {
                lines.Add($"{CalendarWords.Time(s.When.AddHours(-r.Between(1, 9)), s)} · {date}");
            }
            if (place == Place.OwnLine)
            {
                lines.Add(printed);
            }
        }
        else
        {
            var marks = r.Chance(0.15);
            var who = r.Chance(0.15) ? $"{at} ({t.Name})" : marks ? $"{t.Name} (\u200E{at}\u200E)" : $"{t.Name} ({at})";
            var sig = (marks ? "\u200F" : "") + r.Pick("—", "—", "–", "-") + r.Pick(" ", " ", "", "\u00A0") + who;
            sig += (date, place == Place.Signature) switch
            {
                (not null, true) => r.Pick($" {date} {printed}", $" [{date}]({printed})", $" {date} ({printed})"),
                (not null, false) => " " + date,
                (null, true) => " " + printed,
                _ => "",
            };
            lines.Add(sig);
        }
        if (r.Chance(0.55))
        {
            Break(lines, printed, url.Length, r);
        }
        var block = new ExpectedBlock(BlockKind.Tweet, string.Join('\n', t.Text), url, t.Handle, t.Name, t.Date, t.Dir) { Links = [url] };
        return (lines, block, card);
    }

    // The scraper's line breaks inside the link: one or two, anywhere in the address.
    private static void Break(List<string> lines, string printed, int length, DressingRandom r)
    {
        var i = lines.FindIndex(l => l.Contains(printed, StringComparison.Ordinal));
        var start = lines[i].IndexOf(printed, StringComparison.Ordinal);
        var cuts = Enumerable.Range(0, r.Chance(0.7) ? 1 : 2).Select(_ => r.Between(1, length - 1)).Distinct().OrderDescending().ToList();
        var line = lines[i];
        cuts.ForEach(c => line = line.Insert(start + c, "\n"));
        lines.RemoveAt(i);
        lines.InsertRange(i, line.Split('\n'));
    }

    private static string DateText(DateTime d, TextDirection dir, Dressing s)
    {
        var (r, day, year) = (s.R, CalendarWords.Inv(d.Day), CalendarWords.Inv(d.Year));
        var month = dir == TextDirection.Ltr || r.Chance(0.55) ? d.ToString("MMMM", CultureInfo.InvariantCulture) : null;
        return month is not null
            ? r.Pick($"{month} {day}, {year}", $"{month[..3]} {day}, {year}", $"{day} {month[..3]} {year}")
            : s.Digits($"{day} {CalendarWords.MonthName(d.Month, s.Outlet.Country, r, paired: false)}{r.Pick(" ", "، ")}{year}");
    }
}
