using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eleventh;

// What an embedded tweet says and who wrote it: Arabic sentences from other clean stories (one
// or two lines, a line of hashtags, a Latin tag or emoji beside them), or English in a few
// shapes; a person's, a ministry's or an outlet's name; a handle; a day, or none; and its one
// link (t.co, pic.twitter.com or a status address on twitter.com, mobile.twitter.com or x.com).
internal sealed record TweetDraft(IReadOnlyList<string> Text, string Name, string Handle, DateOnly? Date, TextDirection Dir)
{
    public string Url { get; private init; } = "";

    public string Printed { get; private init; } = "";

    private static readonly string[] Topics = ["regional cooperation", "the new school year", "water security", "youth jobs", "road safety", "renewable energy", "heritage sites", "the league final", "public health", "the housing plan"];
    private static readonly string[] LatinCities = ["Riyadh", "Jeddah", "Cairo", "Amman", "Ramallah", "Manama", "Algiers", "Tunis", "Rabat", "Casablanca"];
    private static readonly string[] LatinTags = ["#Saudi", "#Egypt", "#Jordan", "#Palestine", "#Bahrain", "#Algeria", "#Tunisia", "#Morocco", "#Breaking", "#News", "#Vision2030"];
    private static readonly string[] LatinFamilies = ["alotaibi", "AlShammari", "alqahtani", "Alghamdi", "alzahrani", "aldosari", "almutairi", "Alharbi", "alanazi", "Haddad", "masri", "benali", "tounsi", "elidrissi"];
    private static readonly string[] ArabicTags = ["#عاجل", "#السعودية", "#مصر", "#الأردن", "#فلسطين", "#البحرين", "#الجزائر", "#تونس", "#المغرب", "#الرياض", "#القاهرة", "#اليوم_الوطني"];

    public static TweetDraft? Draw(Dressing s)
    {
        var r = s.R;
        var kind = r.Next(10);
        DateOnly? date = r.Chance(0.8) ? DateOnly.FromDateTime(s.When.AddDays(-r.Next(4))) : null;
        if (kind >= 8)
        {
            var latinName = s.LatinPerson();
            var topic = r.Pick(Topics);
            var city = r.Pick(LatinCities);
            string[] english = r.Next(4) switch
            {
                0 => [$"Great to meet {s.LatinPerson()} in {city} today to talk about {topic}."],
                1 => [$"Our team in {city} is working around the clock on {topic}.", "Proud of them " + r.Pick("👏", "🙏", "💪")],
                2 => [$"New figures on {topic}: {CalendarWords.Inv(r.Between(2, 60))}% up on last year. {r.Pick(LatinTags)}"],
                _ => [$"Watch: what {topic} means for {city} {r.Pick("👇", "🎥", "")}".TrimEnd()],
            };
            return new TweetDraft(english, latinName, HandleOf(r, latinName.Replace(" ", r.Pick("", "_"), StringComparison.Ordinal)), date, TextDirection.Ltr).Linked(r);
        }
        var sentences = Enumerable.Range(0, 6).Select(_ => s.Pools.Sentences.Count == 0 ? "" : r.Pick(s.Pools.Sentences))
            .Where(x => x.Length <= 200 && s.IsOther(x)).Distinct().Take(2).ToList();
        if (sentences.Count == 0)
        {
            return null;
        }
        var first = (r.Chance(0.15) ? r.Pick("🔴 ", "عاجل | ", "📌 ", "#عاجل ") : "") + sentences[0];
        string[] text = kind switch
        {
            < 5 => [first],
            5 when sentences.Count > 1 => [first, sentences[1]],
            6 => [first, string.Join(' ', ArabicTags.OrderBy(_ => r.Next(100)).Take(r.Between(1, 3)))],
            7 => [first + " " + r.Pick(LatinTags)],
            _ => [first + " " + r.Pick("👇", "🇸🇦", "✅", "🤍")],
        };
        var (name, handle) = r.Next(5) switch
        {
            < 3 => (s.Person(), HandleOf(r, r.Pick("m", "a", "f", "s", "dr", "eng", "M", "A", "N", "H") + r.Pick("_", "", ".") + r.Pick(LatinFamilies))),
            3 => Body(s),
            _ => (s.Outlet.Arabic, HandleOf(r, s.Outlet.Latin)),
        };
        return new TweetDraft(text, name, handle, date, TextDirection.Rtl).Linked(r);
    }

    // A ministry's, an authority's or a city's account, with the short Latin handle it keeps.
    private static (string Name, string Handle) Body(Dressing s)
    {
        var r = s.R;
        var (arabic, latin) = r.Pick(("وزارة الصحة", "Health"), ("وزارة التعليم", "Education"), ("وزارة السياحة", "Tourism"), ("وزارة النقل", "Transport"),
            ("الدفاع المدني", "CivilDefense"), ($"أمانة {s.Outlet.City}", "Amana"), ($"بلدية {s.Outlet.City}", "Baladiya"), ("هيئة الأرصاد", "Weather"));
        var country = s.Outlet.Country switch
        {
            Country.Saudi => "KSA", Country.Egypt => "Egypt", Country.Jordan => "Jo", Country.Palestine => "PS",
            Country.Bahrain => "BH", Country.Algeria => "DZ", Country.Tunisia => "TN", _ => "MA",
        };
        return (arabic, HandleOf(r, r.Pick($"Mo{latin[0]}_{country}", $"{latin}{country}", $"{country}_{latin}")));
    }

    private TweetDraft Linked(DressingRandom r)
    {
        var (url, printed) = Link(r);
        return this with { Url = url, Printed = printed };
    }

    // The link as the address (what a reader expects back) and as printed: share links carry
    // a tracking query the scraper kept.
    private (string Url, string Printed) Link(DressingRandom r)
    {
        var id = r.Chance(0.7) ? "6" + r.Letters(17, "0123456789") : "1" + r.Letters(18, "0123456789");
        var url = r.Next(10) switch
        {
            < 3 => "https://t.co/" + r.Letters(10),
            3 => "http://t.co/" + r.Letters(10),
            < 6 => "pic.twitter.com/" + r.Letters(10),
            6 => $"https://twitter.com/{Handle}/status/{id}",
            7 => $"https://x.com/{Handle}/status/{id}",
            8 => $"https://mobile.twitter.com/{Handle}/status/{id}",
            _ => r.Pick("twitter.com/", "x.com/") + $"{Handle}/status/{id}",
        };
        var query = url.Contains("/status/", StringComparison.Ordinal) && r.Chance(0.12) ? r.Pick("?s=20", "?s=21", "?lang=ar", "?s=20&t=" + r.Letters(22)) : "";
        return (url, url + query);
    }

    // A handle as accounts pick them: a name run together, an underscore or a few digits after
    // it; letters, digits and underscores only, fifteen characters at most.
    private static string HandleOf(DressingRandom r, string stem)
    {
        var handle = new string([.. stem.Where(c => char.IsAsciiLetterOrDigit(c) || c == '_')]) + r.Pick("", "", "_", r.Letters(r.Between(1, 3), "0123456789"), "AR");
        return handle.Length > 15 ? handle[..15] : handle;
    }
}
