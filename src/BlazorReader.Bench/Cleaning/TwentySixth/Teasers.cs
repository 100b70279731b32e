namespace BlazorReader.Bench.Cleaning.TwentySixth;

// Other corpus stories listed by the page: a related title when one shares a word, else any
// title or lead, never the story's own title nor a line it carries.
internal static class Teasers
{
    public static string? Pick(PageDraft p)
    {
        var own = TextReferee.Normalize(p.Article.Title ?? "");
        var text = TextReferee.Normalize(p.Article.Text);
        for (var tries = 0; tries < 8; tries++)
        {
            var pick = tries < 2 ? p.Pools.RelatedTitle(p.R, p.Article.Title) : p.R.Chance(0.8) || p.Pools.Leads.Count == 0 ? p.R.Pick(p.Pools.Titles) : p.R.Pick(p.Pools.Leads);
            if (pick is not null && pick != own && !text.Contains(pick, StringComparison.Ordinal) && p.Teased.Add(pick))
            {
                return pick;
            }
        }
        return null;
    }

    public static List<string> Several(PageDraft p, int count) =>
        [.. Enumerable.Range(0, count * 2).Select(_ => Pick(p)).OfType<string>().Distinct().Take(count)];

    // A block of teased titles under a heading, each line dressed as the family's list prints it.
    public static Chunk? Block(PageDraft p, string heading, Func<string, int, string> line)
    {
        var titles = Several(p, p.R.Between(2, 4));
        if (titles.Count == 0)
        {
            return null;
        }
        string[] lines = [heading, .. titles.Select((t, i) => line(t, i))];
        return new Chunk(lines, [new NoisePiece(NoiseKind.Teaser, lines) { Teasers = titles }]);
    }

    public static Chunk? Block(PageDraft p) => p.R.Next(4) switch
    {
        0 => Block(p, "الأكثر تداولاً الآن", (t, i) => $"{p.R.Number(i + 1)}. {t}"),
        1 => Block(p, "في السياق نفسه", (t, _) => $"◄ {t}"),
        2 => Block(p, "من أرشيف القسم", (t, _) => $"{t} {p.R.Separator("|", "·")}{Stamps.Ago(p.R)}"),
        _ => Block(p, "تابع أيضاً:", (t, _) => t),
    };
}
