using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyThird;

// What every family fills its shapes with: the dice, the pools, the story's own title and
// date, and the other stories it may tease. Teasers are checked against the story so that a
// teased title is never a line of the story itself.
internal sealed class PageKit(DressingPools pools, DressingRandom r, RawArticle article)
{
    private static readonly string[] ArabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly string storyText = TextReferee.Normalize(article.Text);
    private readonly HashSet<string> used = [];

    public DressingPools Pools => pools;

    public DressingRandom R => r;

    public string Title { get; } = TextReferee.Normalize(article.Title ?? "");

    // Set when a family writes the story's title into the page, so that the title is expected
    // back even when the scrape lost the title field.
    public bool TitleWritten { get; set; }

    public DateOnly Date { get; } = DateOnly.FromDateTime(article.PublishedAt ?? new DateTime(2015, 7, 21, 0, 0, 0, DateTimeKind.Utc));

    // One paper per page: its name in the footer, the more-link and the credit agree.
    public string Paper { get; } = r.Pick(DressingPools.Papers);

    public string Num(int value) => r.Number(value);

    // A year or an issue number: either digit script, never grouped.
    public string Plain(int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    // A date as pages print it: Arabic, Levantine or English month names, slashes or ISO, in
    // either digit script.
    public string DateText(DateOnly? day = null)
    {
        var d = day ?? Date;
        var text = r.Next(7) switch
        {
            0 => $"{d.Day} {ArabicMonths[d.Month - 1]} {d.Year}",
            1 => $"{d.Day} {LevantMonths[d.Month - 1]} {d.Year}",
            2 => $"{d.Day} {LevantMonths[d.Month - 1]}/{ArabicMonths[d.Month - 1]} {d.Year}",
            3 => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            4 => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            5 => $"{EnglishMonths[d.Month - 1]} {d.Day}, {d.Year}",
            _ => $"{d.Day}-{d.Month}-{d.Year}",
        };
        return r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;
    }

    public string Time() => $"{r.Between(1, 12)}:{r.Between(0, 59):00} {r.Pick("ص", "م", "AM", "PM", "مساءً")}";

    public string Person() => DressingPools.PersonName(r);

    // Other stories' titles (now and then one on the same subject), never the story's own.
    public List<string> Teasers(int count)
    {
        var chosen = new List<string>();
        for (var tries = 0; chosen.Count < count && tries < count * 20; tries++)
        {
            var title = r.Chance(0.3) ? pools.RelatedTitle(r, article.Title) : r.Pick(r.Chance(0.85) ? pools.Titles : pools.Leads);
            if (title is { Length: >= 12 and <= 220 } && title != Title && !storyText.Contains(title, StringComparison.Ordinal) && used.Add(title))
            {
                chosen.Add(title);
            }
        }
        return chosen;
    }

    // Words of the story's title a page would list as its keywords.
    public List<string> Keywords(int count)
    {
        var words = Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('«', '»', '"', ':', '،', '.', '!', '؟', '(', ')', '“', '”')).Where(w => w.Length >= 4 && !w.Any(char.IsDigit)).Distinct().ToList();
        var extra = new[] { "السعودية", "اقتصاد", "تقارير", "محليات", "الخليج", "دراسات", "سياسات عامة", "التنمية" };
        return [.. words.Concat(extra).OrderBy(_ => r.Next(1000)).Take(count)];
    }

    public bool InStory(string text) => storyText.Contains(text, StringComparison.Ordinal);

    public string Scuff(string line) => r.Scuff(line, 0.25);
}
