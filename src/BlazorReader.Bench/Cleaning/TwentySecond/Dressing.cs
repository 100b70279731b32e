using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentySecond;

// One article being dressed and the dice: what every family needs to write its chrome about
// this story (its title, its date, other stories to tease) and nothing of any other catalogue.
internal sealed class Dressing(RawArticle article, DressingRandom r, DressingPools pools)
{
    private static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] LevantMonths =
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private readonly HashSet<string> teased = new(StringComparer.Ordinal);

    private readonly string ownText = TextReferee.Normalize(article.Text);

    public DressingRandom R { get; } = r;

    public DressingPools Pools { get; } = pools;

    public RawArticle Article { get; } = article;

    public string Title { get; } = TextReferee.Normalize(article.Title ?? "");

    public DateOnly Day { get; } = DateOnly.FromDateTime(article.PublishedAt ?? new DateTime(2015, 7, 21).AddDays(r.Next(22)));

    public string City => R.Pick(DressingPools.Cities);

    // One paper, one writer and one source per page: a page credits the story to one place
    // and signs it with one name, however many of its pieces repeat them.
    public string Paper { get; } = r.Pick(DressingPools.Papers);

    public string Writer { get; } = DressingPools.PersonName(r);

    public string Source => source ??= R.Chance(0.7) ? Agency : "صحيفة " + Paper;

    private string? source;

    public string Agency => R.Pick(DressingPools.Agencies);

    public string Person => DressingPools.PersonName(R);

    public string Num(int value) => R.Number(value);

    public bool Mentions(params string[] words) => words.Any(w => Article.Text.Contains(w, StringComparison.Ordinal));

    // A year or a code: never grouped, in either script.
    public string Plain(int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return R.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    // A phone number or a code: a run of digits, never grouped, in either script.
    public string Digits(int count, string prefix = "")
    {
        var text = prefix + R.Letters(count - prefix.Length, "0123456789");
        return R.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    // Another story's title (or now and then its lead), never this one's and never one the
    // page already teased: a reader expects each listed once.
    public string? Teaser(bool leadToo = false)
    {
        for (var tries = 0; tries < 12; tries++)
        {
            var pick = leadToo && R.Chance(0.25) ? R.Pick(Pools.Leads)
                : R.Chance(0.3) ? Pools.RelatedTitle(R, Article.Title) ?? R.Pick(Pools.Titles) : R.Pick(Pools.Titles);
            if (pick != Title && !ownText.Contains(pick, StringComparison.Ordinal) && teased.Add(pick))
            {
                return pick;
            }
        }
        return null;
    }

    public List<string> Teasers(int count) => [.. Enumerable.Range(0, count).Select(_ => Teaser()).OfType<string>()];

    // A date in one of the ways pages print it: names of months in either calendar's words,
    // numbers in either script, day first or year first.
    public string Date(DateOnly? day = null)
    {
        var d = day ?? Day;
        var text = R.Next(6) switch
        {
            0 => $"{d.Day} {Months[d.Month - 1]} {d.Year}",
            1 => $"{d.Day} {LevantMonths[d.Month - 1]} {d.Year}",
            2 => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            3 => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            4 => $"{Months[d.Month - 1]} {d.Day}، {d.Year}",
            _ => d.ToString("d.M.yyyy", CultureInfo.InvariantCulture),
        };
        return R.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    public string Clock()
    {
        var text = $"{R.Between(1, 12)}:{R.Next(60):00}";
        text = R.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
        return text + R.Pick(" ص", " م", "", " AM", " PM");
    }
}
