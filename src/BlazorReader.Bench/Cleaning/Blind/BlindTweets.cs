using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Blind;

// A tweet as a scraper flattens an embed: its text over one to three lines, its link at the
// end of the text or on lines of its own (cut anywhere), then the signature with the author,
// the handle and perhaps a date, perhaps a status link after it.
public sealed class BlindTweets(DressingPools pools)
{
    private static readonly string[] HandleStems = ["Saudi", "KSA", "Gulf", "Cairo", "Amman", "Beirut", "Doha", "Maroc", "Iraq", "News", "Sport", "Gov", "Media", "Info", "Live", "Today"];

    private static readonly string[] EnglishSubjects = ["Foreign ministers", "The delegation", "Our team", "Rescue crews", "The central bank", "Fans", "Officials", "The new metro line", "Students", "The festival"];

    private static readonly string[] EnglishVerbs = ["met today in", "arrived in", "opened a new office in", "are heading to", "announced a plan for", "celebrated the win in", "will visit"];

    private static readonly string[] EnglishTails = ["", " to discuss regional security", " after a long week", ". More details soon", " — proud moment!", ". Thank you all", " this morning"];

    private static readonly string[] Hashtags = ["#السعودية", "#الرياض", "#عاجل", "#الكويت", "#مصر", "#الأردن", "#Dubai", "#KSA", "#Breaking", "#رمضان", "#كأس_العالم", "#Qatar"];

    public static string Handle(DressingRandom r) => r.Next(4) switch
    {
        0 => r.Pick(HandleStems) + r.Pick(HandleStems),
        1 => r.Pick(HandleStems) + "_" + r.Pick("ar", "AR", "Arabic", "1", "24", "online"),
        2 => r.Letters(1, "abcdefghijklmnopqrstuvwxyz") + "_" + r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz"),
        _ => r.Letters(r.Between(5, 8), "abcdefghijklmnopqrstuvwxyz") + r.Letters(2, "0123456789"),
    };

    public (List<string> Lines, ExpectedBlock Block) Tweet(DressingRandom r)
    {
        var handle = Handle(r);
        var (text, dir) = Text(r);
        var links = Links(r, handle);
        var lines = new List<string>(text);
        var glued = r.Chance(0.5);
        foreach (var link in links.Take(1))
        {
            var parts = BlindLink.Break(link, r, 0.55);
            if (glued)
            {
                lines[^1] += r.Pick(" ", " ", "  ", "\u00A0") + parts[0];
                lines.AddRange(parts.Skip(1));
            }
            else
            {
                lines.AddRange(parts);
            }
        }
        var name = r.Chance(0.5) ? BlindPeople.Person(r) : r.Chance(0.5) ? BlindPeople.Latin(r) : r.Pick("وزارة الصحة", "الأمن العام", "Sky News Arabia", "الدفاع المدني", "نادي الهلال", "Breaking News");
        var date = r.Chance(0.75) ? BlindDates.Day(r) : (DateOnly?)null;
        var signature = r.Pick("—", "–", "-", "—") + r.Pick(" ", "") + name + " (@" + handle + ")";
        if (date is { } d)
        {
            signature += r.Chance(0.15) ? "\n" + DateText(r, d) : " " + DateText(r, d);
        }
        lines.AddRange(signature.Split('\n'));
        foreach (var link in links.Skip(1))
        {
            lines.AddRange(BlindLink.Break(link, r, 0.4));
        }
        var block = new ExpectedBlock(BlockKind.Tweet, string.Join("\n", text), links.FirstOrDefault(), handle, name, date, dir) { Links = links };
        return (lines, block);
    }

    private (List<string> Text, TextDirection Dir) Text(DressingRandom r)
    {
        var kind = r.Next(10);
        if (kind < 5)
        {
            // A tweet holds 280 characters, and a second line is what tweets carry (an opener,
            // hashtags, a place), not a second news paragraph no reader could tell from the story.
            var lines = r.Next(10) switch
            {
                < 2 => new List<string> { r.Pick("🔴 عاجل", "#عاجل", "📌 بالفيديو", "🎥 شاهد", "⚠️ تنبيه", "📢 بيان") + r.Pick("", ":", " |"), ShortSentence(r) },
                < 4 => [ShortSentence(r), r.Pick(r.Pick(Hashtags) + " " + r.Pick(Hashtags), "📍 " + BlindPeople.City(r), "التفاصيل 👇", "🇸🇦🇸🇦")],
                _ => [Sentence(r)],
            };
            if (r.Chance(0.3))
            {
                lines[^1] += " " + r.Pick(Hashtags.Take(6).ToArray());
            }
            return (lines, TextDirection.Rtl);
        }
        var english = r.Pick(EnglishSubjects) + " " + r.Pick(EnglishVerbs) + " " + r.Pick("Riyadh", "Dubai", "Cairo", "Amman", "Rabat", "Baghdad", "Doha") + r.Pick(EnglishTails);
        return kind switch
        {
            < 8 => (r.Chance(0.3) ? [english, r.Pick("Watch:", "Full story:", "Details below", "#KSA #Dubai")] : [english], TextDirection.Ltr),
            8 => ([english + " " + r.Pick("#السعودية", "#الرياض", "#مصر")], TextDirection.Ltr),
            _ => ([Sentence(r) + " " + r.Pick("#Breaking", "#KSA", "#Dubai", "via @" + Handle(r))], TextDirection.Rtl),
        };
    }

    // A sentence that opens with a word, as a tweet does (not a bullet or a quote mark).
    private string Sentence(DressingRandom r, int max = 260)
    {
        var sentence = r.Pick(pools.Sentences);
        for (var i = 0; i < 20 && (sentence.Length > max || !char.IsLetter(sentence[0])); i++)
        {
            sentence = r.Pick(pools.Sentences);
        }
        return sentence;
    }

    private string ShortSentence(DressingRandom r)
    {
        var sentence = Sentence(r, 130);
        return sentence.Length <= 130 ? sentence : sentence[..sentence.LastIndexOf(' ', 125)] + "…";
    }

    private static List<string> Links(DressingRandom r, string handle)
    {
        string Status() => r.Pick("https://twitter.com/", "https://x.com/", "twitter.com/", "https://mobile.twitter.com/") + handle + "/status/" + BlindLink.Digits(r, r.Between(18, 19));
        string Short() => r.Pick("https://t.co/", "http://t.co/", "https://t.co/") + BlindLink.Code(r, 10, 10);
        string Pic() => r.Pick("pic.twitter.com/", "https://pic.twitter.com/") + BlindLink.Code(r, 10, 10);
        return r.Next(12) switch
        {
            < 4 => [Short()],
            < 6 => [Pic()],
            < 8 => [Status()],
            8 => [Short(), Status()],
            9 => [Pic(), Status()],
            10 => ["https://x.com/i/web/status/" + BlindLink.Digits(r, 19)],
            _ => [],
        };
    }

    private static string DateText(DressingRandom r, DateOnly d)
    {
        var day = d.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var year = d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return r.Next(5) switch
        {
            0 or 1 => BlindDates.EnglishMonths[d.Month - 1] + " " + day + ", " + year,
            2 => day + " " + BlindDates.GulfMonths[d.Month - 1] + " " + year,
            3 => DressingRandom.ToArabicIndic(day) + " " + BlindDates.GulfMonths[d.Month - 1] + " " + DressingRandom.ToArabicIndic(year),
            _ => day + " " + BlindDates.LevantMonths[d.Month - 1] + r.Pick(" ", "، ") + year,
        };
    }
}
