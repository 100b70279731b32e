using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Sixteenth;

// What a post says: a clean sentence from another story, English of its own, or both mixed,
// on one line or two; its direction is that of the script most of its letters are in.
internal static class TweetTexts
{
    private static readonly string[] English =
    [
        "Proud of our volunteers who worked through the night to help families",
        "Great meeting today with the delegation, many thanks for the warm welcome",
        "Road closures tomorrow morning near the stadium, please plan your trip",
        "What a match! Three points and top of the table",
        "Registration for the summer programme opens on Sunday",
        "Our thoughts are with everyone affected by the floods",
        "New figures released today show a sharp rise in visitors",
        "Happy to announce the opening of the new branch",
    ];

    // A post's length then: longer text is a story's paragraph, not a post.
    private const int MaxLength = 280;

    private static readonly string[] Tags = ["#السعودية", "#الرياض", "#عاجل", "#KSA", "#Riyadh", "#جدة", "#الهلال", "#Vision2030", "#رؤية_2030"];

    public static List<string> Pick(Page page)
    {
        var r = page.R;
        var arabic = Sentence(page);
        switch (r.Next(5))
        {
            case 0:
                return [r.Pick(English) + r.Pick(".", "", " " + r.Pick(Tags), "!")];
            case 1 when arabic is not null:
                return [arabic + " " + r.Pick(Tags) + r.Pick("", " " + r.Pick("via", "cc") + " @" + TweetPeople.Pick(r).Handle)];
            case 2 when arabic is not null && Sentence(page) is { } second && second != arabic && arabic.Length + second.Length < MaxLength:
                return [arabic, second];
            case 3 when arabic is not null && arabic.Length < MaxLength - 75:
                return [r.Pick(English) + " " + r.Pick("–", "|", "/") + " " + arabic];
            default:
                return [arabic ?? r.Pick(English)];
        }
    }

    public static TextDirection Direction(IEnumerable<string> lines)
    {
        int arabic = 0, latin = 0;
        foreach (var c in string.Concat(lines))
        {
            if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                latin++;
            }
        }
        return arabic >= latin ? TextDirection.Rtl : TextDirection.Ltr;
    }

    private static string? Sentence(Page page)
    {
        for (var i = 0; i < 4 && page.Pools.Sentences.Count > 0; i++)
        {
            var s = TextReferee.Normalize(page.R.Pick(page.Pools.Sentences));
            if (!TextReferee.Normalize(page.Article.Text).Contains(s, StringComparison.Ordinal) && !s.Contains("http", StringComparison.OrdinalIgnoreCase))
            {
                return s;
            }
        }
        return null;
    }
}
