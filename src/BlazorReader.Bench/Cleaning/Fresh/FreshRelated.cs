namespace BlazorReader.Bench.Cleaning.Fresh;

// Other stories the page lists: teaser blocks (titles and lead sentences of other corpus
// articles, with or without a heading) and «اقرأ أيضا» lines, alone or as a block. The
// teasers a reader expects listed are the stories' texts without bullets or dates.
internal sealed class FreshRelated(DressingPools pools, string? title, IReadOnlyList<string> body)
{
    private static readonly string[] Headings =
    [
        "أخبار ذات صلة", "مواضيع ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "أخبار متعلقة", "لا تفوتك", "قد يعجبك أيضا",
        "مقالات ذات صلة", "آخر الأخبار", "أحدث الأخبار", "ننصحك بقراءة", "شاهد أيضاً", "المزيد من الأخبار", "أخبار أخرى",
    ];

    private static readonly string[] ReadAlsoWords =
    [
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ ايضا", "طالع أيضا", "طالع أيضاً", "شاهد أيضا", "اقرأ كذلك", "يهمك أيضا", "اقرأ أيضا في " + "«" + "{0}" + "»",
    ];

    public NoisePiece Teasers(DressingRandom r)
    {
        var items = Stories(r, r.Between(2, 5));
        var bullet = Bullet(r);
        var dated = r.Chance(0.12);
        var lines = new List<string>();
        if (r.Chance(0.65))
        {
            var heading = r.Chance(0.15) ? "المزيد من " + r.Pick(FreshWords.Sections) : r.Pick(Headings);
            lines.Add(r.Scuff(FreshWords.Icons[r.Next(FreshWords.Icons.Length)] + heading + r.Pick("", ":", " :", " »", "")));
        }
        for (var i = 0; i < items.Count; i++)
        {
            var suffix = dated ? r.Pick(" - ", " | ", "  ") + (r.Chance(0.5) ? FreshDates.Age(r) : FreshDates.Printed(r, FreshDates.Any(r))) : "";
            lines.Add(r.Scuff(string.Format(System.Globalization.CultureInfo.InvariantCulture, bullet, r.Number(i + 1)) + items[i] + suffix, 0.2));
        }
        return new NoisePiece(NoiseKind.Teaser, lines) { Teasers = items };
    }

    public NoisePiece ReadAlsoLine(DressingRandom r)
    {
        var item = Stories(r, 1)[0];
        var words = string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(ReadAlsoWords), r.Pick(FreshWords.Sections));
        var line = FreshWords.Icons[r.Next(FreshWords.Icons.Length)] + words + r.Pick(": ", ":", " - ", " ", " .. ", "/ ", " >> ", " | ") + item;
        return new NoisePiece(NoiseKind.ReadAlso, [r.Scuff(line)]) { Teasers = [item] };
    }

    public NoisePiece ReadAlsoBlock(DressingRandom r)
    {
        var items = Stories(r, r.Between(2, 4));
        var bullet = Bullet(r);
        var words = string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(ReadAlsoWords), r.Pick(FreshWords.Sections));
        var lines = new List<string> { r.Scuff(FreshWords.Icons[r.Next(FreshWords.Icons.Length)] + words + r.Pick(":", "", " :", "..")) };
        lines.AddRange(items.Select((t, i) => r.Scuff(string.Format(System.Globalization.CultureInfo.InvariantCulture, bullet, r.Number(i + 1)) + t, 0.2)));
        return new NoisePiece(NoiseKind.ReadAlso, lines) { Teasers = items };
    }

    // A bullet as a format: {0} is the item's number where the list is numbered.
    private static string Bullet(DressingRandom r) =>
        r.Pick("", "", "- ", "• ", "■ ", "▪ ", "◄ ", "» ", "* ", "{0}. ", "{0}- ", "{0}) ", "⬅️ ", "🔴 ", "– ");

    private List<string> Stories(DressingRandom r, int count)
    {
        var picked = new List<string>();
        for (var tries = 0; picked.Count < count && tries < count * 10; tries++)
        {
            var story = r.Next(10) switch
            {
                < 6 => r.Pick(pools.Titles),
                < 8 => r.Pick(pools.Leads),
                _ => pools.RelatedTitle(r, title) ?? r.Pick(pools.Titles),
            };
            if (!picked.Contains(story) && story != title && !body.Any(b => b.Contains(story, StringComparison.Ordinal) || story.Contains(b, StringComparison.Ordinal)))
            {
                picked.Add(story);
            }
        }
        if (picked.Count == 0)
        {
            picked.Add(pools.Titles.First(t => t != title));
        }
        return picked;
    }
}
