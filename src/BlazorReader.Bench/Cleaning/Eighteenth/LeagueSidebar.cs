namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A sports section's page: the story beside the league's standings as text rows, the next
// fixtures, the scorers' list, the «follow the match live» link. Some such stories report
// the round's scores themselves, as body.
internal sealed class LeagueSidebar(OtherStories stories) : IPageFamily
{
    private static readonly string[] Leagues = ["دوري عبداللطيف جميل", "دوري الدرجة الأولى", "كأس ولي العهد", "دوري الناشئين", "كأس الملك"];

    private static readonly string[] SportWords = ["مباراة", "المباراة", "لاعب", "اللاعب", "الدوري", "فريق", "الفريق", "نادي", "النادي", "المدرب", "هدف"];

    public bool Fits(PageDraft page) => SportWords.Count(w => page.NormalText.Contains(w, StringComparison.Ordinal)) >= 2;

    public void Dress(DressingRandom r, PageDraft page)
    {
        var league = r.Pick(Leagues);
        page.Top(Furniture.Piece(r, NoiseKind.Tags, Ink.Row(r, Ink.Some(r, ["رياضة", league, "الجولة " + Ink.Num(r, r.Between(1, 26))], 2))));
        if (page.Title is not null && r.Chance(0.5))
        {
            page.Top(Furniture.Headline(r, page));
        }
        if (r.Chance(0.6))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Byline, $"{r.Pick("تغطية", "متابعة", "كتب", "رصد")}{r.Separator(":", "-", "–")}{DressingPools.PersonName(r)}"));
        }
        if (r.Chance(0.3))
        {
            StoryExtras.Put(page, page.Count < 2 ? page.Count : r.Between(1, page.Count), ListLookalikes.Scores(r));
        }
        if (r.Chance(0.4))
        {
            page.At(r.Between(0, page.Count), Furniture.Piece(r, NoiseKind.Caption, $"{r.Pick("من المباراة", "لاعبو الفريق يحتفلون بالهدف", "جانب من اللقاء", "المدرب خلال المران")} {r.Pick("(تصوير: ", "- عدسة: ", "| ")}{StoryWords.MaleName(r)}{r.Pick(")", "")}"));
        }
        if (r.Chance(0.7))
        {
            var teams = StoryWords.Teams.OrderBy(_ => r.Next(99)).Take(r.Between(4, 7)).ToList();
            var points = teams.Select((_, i) => 30 - i * r.Between(1, 4)).ToList();
            var rows = teams.Select((t, i) => Ink.Digits(r, $"{i + 1}") + r.Pick(". ", " ", "- ") + t + r.Pick(" ", "\t", " | ") + Ink.Num(r, r.Between(10, 14)) + r.Pick(" ", "\t", " | ") + Ink.Num(r, points[i]));
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, [r.Pick("جدول الترتيب", "ترتيب الفرق", "الترتيب العام"), Ink.Row(r, ["المركز", "الفريق", "لعب", "النقاط"]), .. rows]));
        }
        if (r.Chance(0.5))
        {
            var teams = StoryWords.Teams.OrderBy(_ => r.Next(99)).Take(2 * r.Between(1, 3)).ToList();
            var matches = teams.Chunk(2).Select(p => $"{p[0]} {r.Pick("×", "vs", "ضد", "-")} {p[1]}{Ink.Bar(r)}{r.Pick("الخميس", "الجمعة", "السبت")} {Ink.Time(r)}");
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, [r.Pick("المباريات القادمة", "مواعيد الجولة المقبلة", "جدول المباريات"), .. matches]));
        }
        if (r.Chance(0.4))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, r.Pick("الهدافون", "ترتيب الهدافين") + ": " + string.Join("، ", Enumerable.Range(0, r.Between(2, 3)).Select(_ => $"{StoryWords.MaleName(r)} ({Ink.Num(r, r.Between(2, 14))})"))));
        }
        if (r.Chance(0.4))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.MoreLink, r.Pick("تابع المباراة لحظة بلحظة", "شاهد ملخص اللقاء ◀", "التغطية الكاملة للجولة", "كل أخبار " + r.Pick(StoryWords.Teams))));
        }
        if (r.Chance(0.5) && stories.Titles(r, page, r.Between(2, 4)) is { Count: > 0 } more)
        {
            page.Bottom(Furniture.Teasers(r, NoiseKind.Teaser, [r.Pick("الأكثر قراءة في الرياضة", "أخبار رياضية أخرى"), .. more], more));
        }
    }
}
