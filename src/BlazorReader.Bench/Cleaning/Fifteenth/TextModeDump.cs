namespace BlazorReader.Bench.Cleaning.Fifteenth;

// A page saved from a text-mode browser (lynx, w3m, links): every link numbered in brackets,
// menus as starred bullets, form fields drawn with underscores, pictures as [IMG], and the
// numbered list of the page's addresses at the bottom.
internal static class TextModeDump
{
    private static readonly string[] Networks = ["فيسبوك", "تويتر", "واتساب", "تيليجرام", "X", "LinkedIn", "نسخ الرابط"];

    private static readonly string[] Sections = ["الرئيسية", "محليات", "اقتصاد", "رياضة", "دوليات", "ثقافة", "منوعات", "تقنية", "صحة", "آراء", "فيديو"];

    public static void Dress(PageDraft page, DressingRandom r, OtherStories others)
    {
        var n = r.Between(1, 40);
        string Ref() => $"[{n++}]";
        var bullet = r.Pick("*", "o", "+", "•");
        if (r.Chance(0.7))
        {
            var menu = Sections.OrderBy(_ => r.Next(100)).Take(r.Between(4, 8)).Select(s => $"   {bullet} {Ref()}{s}").ToList();
            page.Add(Zone.Head, NoiseKind.Footer, r.Chance(0.5) ? menu : [string.Join(" ", menu.Select(m => m.Trim()))]);
        }
        if (r.Chance(0.5))
        {
            page.Add(Zone.Head, NoiseKind.Footer, [$"{r.Pick("[بحث", "بحث: [", "[Search")}{new string('_', r.Between(8, 24))}] {Ref()}{r.Pick("[Submit]", "[بحث]", "[ابحث]", "[Go]")}"]);
        }
        if (r.Chance(0.5) && page.Article.Title is { } title)
        {
            page.Add(Zone.Top, NoiseKind.Headline, [new string(' ', r.Between(0, 12)) + r.Pick("", "# ", "   ") + title]);
        }
        if (r.Chance(0.4))
        {
            page.Add(Zone.Top, NoiseKind.Byline, [$"{r.Pick("بقلم:", "كتب:", "بواسطة")} {Ref()}{PageWords.Person(r)}"]);
        }
        if (r.Chance(0.45))
        {
            var caption = r.Pick("[IMG]", "[صورة]", "[image]", "[IMG: صورة أرشيفية]", $"[صورة: {PageWords.Gist(page.Article.Title, 3)}]");
            page.AddBetween(r, NoiseKind.Caption, [$"{(r.Chance(0.4) ? Ref() : "")}{caption}"]);
        }
        if (r.Chance(0.3))
        {
            var name = PageWords.Person(r);
            page.AddBetween(r, NoiseKind.Credit, [$"[IMG] {r.Pick("تصوير:", "عدسة:", "(تصوير)")} {name}"], credit: name);
        }
        if (r.Chance(0.5) && others.OneTitle(r) is { } readAlso)
        {
            page.AddBetween(r, NoiseKind.ReadAlso, [$"{Ref()}{r.Pick("اقرأ أيضا", "اقرأ أيضاً:", "إقرأ أيضا:", "طالع أيضا")} {readAlso}"], [readAlso]);
        }
        if (r.Chance(0.5))
        {
            var networks = Networks.OrderBy(_ => r.Next(100)).Take(r.Between(3, 5));
            page.Add(Zone.Tail, NoiseKind.Share, [$"{r.Pick("شارك:", "مشاركة", "Share:", "")} " + string.Join(" ", networks.Select(s => Ref() + s))]);
        }
        if (r.Chance(0.35))
        {
            page.Add(Zone.Tail, NoiseKind.Counter, [r.Pick($"{Ref()}{r.Number(r.Between(0, 90))} تعليق", $"عدد القراءات: {r.Number(r.Between(40, 90000))}", $"({r.Number(r.Between(2, 400))}) مشاهدة {Ref()}طباعة")]);
        }
        if (r.Chance(0.4) && page.Article.Title is not null)
        {
            page.Add(Zone.Tail, NoiseKind.Footer, [$"هل أعجبك الخبر؟ {r.Pick("(*) نعم ( ) لا", "( ) نعم (*) لا", "( ) نعم ( ) لا")} {r.Pick("[تصويت]", "[Submit]", "[إرسال]")}"]);
        }
        var teasers = others.Titles(r, r.Between(2, 4));
        if (r.Chance(0.55) && teasers.Count > 0)
        {
            page.Add(Zone.Tail, NoiseKind.Teaser, [r.Pick("أخبار ذات صلة", "الأكثر قراءة", "Related"), .. teasers.Select(t => $"   {bullet} {Ref()}{t}")], teasers);
        }
        if (r.Chance(0.5))
        {
            page.Add(Zone.Footer, NoiseKind.Footer, [$"{Ref()}من نحن {Ref()}اتصل بنا {Ref()}سياسة الخصوصية", $"© {PageWords.Year(r, 2026)} {r.Pick(DressingPools.Papers)} {r.Pick("جميع الحقوق محفوظة", "All rights reserved")}"]);
        }
        if (r.Chance(0.75))
        {
            var head = r.Pick("References", "Visible links", "الروابط", "Visible links:", "Hidden links:");
            var links = Enumerable.Range(1, r.Between(3, 7)).Select(i => $"  {i}. {PageWords.Url(r)}").ToList();
            page.Add(Zone.Bottom, NoiseKind.Footer, [head, .. links]);
        }
    }
}
