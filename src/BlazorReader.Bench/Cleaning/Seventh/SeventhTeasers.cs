using static BlazorReader.Bench.Cleaning.Seventh.SeventhWords;

namespace BlazorReader.Bench.Cleaning.Seventh;

// Other stories listed under or beside this one: «الأكثر قراءة» with rank numbers, an
// aggregator's related items with their source, a news ticker's «عاجل» run, a portal's
// latest leads. One to six items, a header or none; the labels are the stories' own words.
internal static class SeventhTeasers
{
    private static readonly string[] Headers =
    [
        "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تعليقا", "أخبار ذات صلة", "قد يهمك أيضا", "المزيد من الأخبار", "آخر الأخبار",
        "أخبار متعلقة", "من المصدر نفسه", "مواضيع مشابهة", "اخترنا لك", "في هذا القسم", "المواضيع المتشابهه",
    ];

    public static NoisePiece? Block(SeventhPage p)
    {
        var r = p.R;
        var style = r.Next(5);
        var leads = style == 4 || r.Chance(0.3);
        var items = Enumerable.Range(0, r.Pick(1, 1, 2, 2, 3, 3, 4, 5, 6)).Select(_ => p.OtherStory(leads && r.Chance(0.8))).OfType<string>().Distinct().ToList();
        if (items.Count == 0)
        {
            return null;
        }
        var lines = new List<string>();
        if (style is 0 or 1 && r.Chance(0.8) || style == 2 && r.Chance(0.3))
        {
            lines.Add(r.Pick(Headers) + r.Pick("", ":", " »", " ▼"));
        }
        for (var i = 0; i < items.Count; i++)
        {
            var rank = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            lines.Add(style switch
            {
                0 => $"{Digits(r, rank)}{r.Pick(". ", " - ", "- ", " ", ") ")}{items[i]}",
                1 => $"{r.Pick("• ", "- ", "◄ ", "» ", "")}{items[i]}{r.Pick("", "", $" — {r.Pick(DressingPools.Papers)}", $" ({r.Pick("منذ", "قبل")} {r.Number(r.Between(2, 23))} {r.Pick("ساعة", "ساعات")})")}",
                2 => $"{r.Pick("عاجل", "عاجل |", "عاجل:", "⚡ عاجل")} {items[i]}",
                3 => items[i] + r.Pick("", "", " »"),
                _ => items[i],
            });
        }
        return new NoisePiece(NoiseKind.Teaser, [.. lines.Select(l => r.Scuff(l, 0.2))]) { Teasers = items };
    }
}
