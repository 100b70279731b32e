using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Thirteenth;

// Tweets as pages flatten them, with the card a reader would see: Arabic, English or French
// text on one line or two, hashtags only, a tweet quoting another (its @ is not the author's),
// a site address in the text; the link at the end of the text or on its own line, whole or
// broken over two or three lines; signed with «—», «–» or «-», or a card whose name and handle
// come first; dated in English, Arabic, Levantine or French month names, or not at all.
internal static class TweetCards
{
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Hashtags = ["#عاجل", "#المغرب", "#تونس", "#مصر", "#العراق", "#الأردن", "#لبنان", "#فلسطين", "#عُمان", "#البحرين", "#قطر", "#اقتصاد", "#كأس_العرب", "#طقس", "#رمضان_كريم", "#الانتخابات", "#عاجل_الآن"];

    public static (List<string> Lines, ExpectedBlock Card) Draw(Page p)
    {
        var (r, outlet, region) = (p.R, p.Outlet, p.Region);
        var person = r.Chance(0.55);
        var (handle, english) = (person ? Outlets.PersonHandle(r) : Outlets.OutletHandle(r, outlet), r.Chance(0.22));
        var name = english && person ? r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast) : person ? DressingPools.PersonName(r) : outlet.Name;
        var text = Text(p, english, out var ltr);
        var textLines = text.Length > 70 && r.Chance(0.3) ? SplitAtSpace(r, text) : [text];
        if (r.Chance(0.12))
        {
            // A tweet quoting another: the quoted words and their author's @ are part of the text.
            textLines.Add(Ink.Quote(r, p.Sentence()) + r.Pick(" — @", " - @", " @", "\n@") + Outlets.PersonHandle(r));
            textLines = [.. string.Join("\n", textLines).Split('\n')];
        }
        var url = Links.TweetUrl(r, handle);
        var date = r.Chance(0.8) ? new DateOnly(r.Between(2012, 2024), r.Between(1, 12), r.Between(1, 28)) : (DateOnly?)null;
        var lines = textLines.Select(l => r.Scuff(l, 0.2)).ToList();
        var parts = r.Chance(0.5) ? [url] : Links.Break(r, url, r.Chance(0.35) ? 3 : 2);
        if (r.Chance(0.45))
        {
            lines[^1] += r.Pick(" ", " ", "  ", "\u00A0") + parts[0];
            lines.AddRange(parts.Skip(1));
        }
        else
        {
            lines.AddRange(parts);
        }
        var dated = date is { } d ? DateText(r, d, region, english) : "";
        if (r.Chance(0.2))
        {
            // A card copied whole: name and handle above the text, time and date below.
            lines.InsertRange(0, r.Chance(0.5) ? [name, "@" + handle] : [name + " @" + handle + r.Pick("", " · " + r.Pick("Follow", "متابعة", "Suivre"))]);
            if (dated.Length > 0)
            {
                lines.Add(Ink.Time(r, region) + r.Pick(" · ", " - ", " · ") + dated);
            }
        }
        else
        {
            var sign = r.Pick("— ", "— ", "– ", "- ", "—") + name + r.Pick(" (@", " (@", "(@", " ( @") + handle + ")";
            lines.AddRange(dated.Length == 0 ? [sign] : r.Chance(0.8) ? [sign + " " + dated] : [sign, dated]);
        }
        var card = new ExpectedBlock(BlockKind.Tweet, string.Join("\n", textLines), url, handle, name, date, ltr ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };
        return (lines, card);
    }

    private static string Text(Page p, bool english, out bool ltr)
    {
        var (r, region) = (p.R, p.Region);
        ltr = english;
        if (english)
        {
            return region.IsMaghreb() && r.Chance(0.4) ? French(r) : English(r);
        }
        var tags = string.Join(" ", Enumerable.Range(0, r.Between(2, 4)).Select(_ => r.Pick(Hashtags)).Distinct());
        return r.Next(12) switch
        {
            0 => tags,
            1 => p.Sentence() + " " + tags,
            2 => p.Sentence() + r.Pick(" التفاصيل: ", " المزيد على ", " ") + Outlets.All[r.Next(Outlets.All.Length)].Domain + "/" + r.Between(1000, 99999).ToString(CultureInfo.InvariantCulture),
            3 => "@" + Outlets.PersonHandle(r) + " " + p.Sentence(),
            _ => p.Sentence(),
        };
    }

    private static string English(DressingRandom r) =>
        r.Pick("Proud to announce", "Great to see", "Today we welcomed", "Thank you to everyone who joined", "Huge turnout at", "Breaking:")
        + " " + r.Pick("the new water project", "the youth innovation forum", "our delegation", "the national team", "the book fair", "volunteers")
        + " " + r.Pick("in Rabat", "in Amman", "in Muscat", "in Doha", "in Beirut", "in Tunis", "in Manama", "across the region")
        + r.Pick(".", "!", " today.", " this week 👏", ". More to come.");

    private static string French(DressingRandom r) =>
        r.Pick("Ravi d'annoncer le lancement du nouveau programme", "Merci à tous pour la rencontre avec les jeunes", "Belle journée avec l'équipe nationale", "Fiers de nos partenaires")
        + " " + r.Pick("à Casablanca", "à Alger", "à Tunis", "à Sfax", "aujourd'hui") + r.Pick(".", " !", " 👏", "");

    private static string DateText(DressingRandom r, DateOnly d, Region region, bool english)
    {
        if (english || r.Chance(0.3))
        {
            return r.Chance(0.8) ? $"{EnglishMonths[d.Month - 1]} {d.Day}, {d.Year}" : $"{d.Day} {EnglishMonths[d.Month - 1]} {d.Year}";
        }
        return Ink.Digits(r, d.Day + " " + Ink.Month(r, d.Month, region.IsMaghreb() ? Region.Egypt : region) + " " + d.Year, region);
    }

    private static List<string> SplitAtSpace(DressingRandom r, string text)
    {
        var at = text.IndexOf(' ', r.Between(text.Length / 3, text.Length / 2));
        return at < 0 ? [text] : [text[..at], text[(at + 1)..]];
    }
}
