using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Sixth;

// A tweet as an embed leaves it in scraped text: its words on one or more lines, its link
// at the end of a line or on its own and broken anywhere, then «— Name (@handle) date»; or,
// as copied from the app, the name and handle first. The expected block keeps the whole link.
internal static class SixthTweets
{
    private static readonly string[] English =
    [
        "Breaking: talks resume in the capital after a week of deadlock", "Our thoughts are with the families of the victims tonight",
        "Huge crowds gathered this morning for the opening ceremony", "The ministry confirms the new schedule starts next month",
        "Proud of our team, what a performance in the final minutes", "Official statement on the latest developments below",
        "Traffic is heavy on the coastal road, please plan ahead", "Great meeting today with the delegation from the Gulf",
    ];

    private static readonly string[] Accounts = ["وزارة الداخلية", "الدفاع المدني", "نادي الهلال", "هيئة الأرصاد", "Reuters World", "UN News", "BBC Breaking", "مكتب الإعلام"];

    public static (ExpectedBlock Tweet, List<string> Lines) Write(DressingRandom r, SixthSite site, SixthOthers others, DateOnly near)
    {
        var english = r.Chance(0.3);
        var name = r.Chance(0.5) ? r.Pick(Accounts) : english ? SixthWords.LatinPerson(r) : SixthWords.Person(r, site);
        var handle = r.Letters(1, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") + r.Letters(r.Between(3, 12), "abcdefghijklmnopqrstuvwxyz0123456789_");
        var textLines = english ? EnglishLines(r) : ArabicLines(r, others);
        var url = SixthLinks.Tweet(r, handle);
        var date = r.Chance(0.85) ? near.AddDays(-r.Next(3)) : (DateOnly?)null;
        var signature = r.Chance(0.85);
        var expected = new ExpectedBlock(BlockKind.Tweet, string.Join("\n", textLines), url, signature ? handle : null, signature ? name : null, signature ? date : null,
            english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };

        var lines = new List<string>();
        var nameFirst = signature && r.Chance(0.15);
        var signatureLine = signature ? Signature(r, name, handle, date, nameFirst) : null;
        if (nameFirst)
        {
            lines.Add(signatureLine!);
        }
        var link = SixthLinks.Break(r, url, 0.55);
        if (r.Chance(0.5))
        {
            // The link starts on the last line of text, after a space.
            lines.AddRange(textLines.Take(textLines.Count - 1));
            lines.Add(textLines[^1] + r.Pick(" ", " ", "  ") + link[0]);
            lines.AddRange(link.Skip(1));
        }
        else
        {
            lines.AddRange(textLines);
            lines.AddRange(link);
        }
        if (signatureLine is not null && !nameFirst)
        {
            lines.Add(signatureLine);
        }
        return (expected, lines);
    }

    private static List<string> ArabicLines(DressingRandom r, SixthOthers others)
    {
        var sentence = others.Sentence(r);
        var lines = new List<string> { sentence };
        if (r.Chance(0.35))
        {
            var cut = sentence.IndexOf(' ', sentence.Length / 2);
            if (cut > 0)
            {
                lines = [sentence[..cut], sentence[(cut + 1)..]];
            }
        }
        if (r.Chance(0.4))
        {
            var tags = string.Join(" ", Enumerable.Range(0, r.Between(1, 3)).Select(_ => "#" + r.Pick(SixthWords.HashWords)).Distinct());
            if (r.Chance(0.5))
            {
                lines.Add(tags);
            }
            else
            {
                lines[^1] += " " + tags;
            }
        }
        if (r.Chance(0.15))
        {
            lines[^1] += " " + r.Pick("🇸🇦", "🇲🇦", "🇰🇼", "🙏", "👇", "💚");
        }
        return lines;
    }

    private static List<string> EnglishLines(DressingRandom r)
    {
        var text = r.Pick(English) + r.Pick(".", "!", "", " …");
        if (r.Chance(0.3))
        {
            text += " #" + r.Pick("Kuwait", "Dubai", "Beirut", "Iraq", "Morocco", "Breaking") + r.Pick("", " #" + r.Pick("News", "UAE", "Qatar"));
        }
        return r.Chance(0.2) ? [text, r.Pick("More to follow.", "Details soon.", "Stay safe.")] : [text];
    }

    // «— Name (@handle) date» under the text, or «Name @handle · date» above it (an app copy).
    private static string Signature(DressingRandom r, string name, string handle, DateOnly? date, bool first)
    {
        var when = date is { } d ? r.Next(4) switch
        {
            0 => d.ToString(r.Pick("MMMM d, yyyy", "MMMM dd, yyyy"), CultureInfo.InvariantCulture),
            1 => r.Chance(0.5) ? $"{d.Day} {SixthDates.Gulf[d.Month - 1]} {d.Year}" : d.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            2 => $"{d.Day} {SixthDates.Levant[d.Month - 1]}{r.Pick(" ", "، ")}{d.Year}",
            _ => DressingRandom.ToArabicIndic($"{d.Day} {SixthDates.Gulf[d.Month - 1]} {d.Year}"),
        } : "";
        return first
            ? name + (r.Chance(0.5) ? " @" + handle : " (@" + handle + ")") + (when.Length > 0 ? r.Pick(" · ", " - ", " ") + when : "")
            : r.Pick("— ", "– ", "- ", "—") + name + " (@" + handle + ")" + (when.Length > 0 ? r.Pick(" ", "  ", "\u00A0") + when : "");
    }
}
