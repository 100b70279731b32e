namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A story posted as a thread, one post per paragraph, then copied whole: the author's line,
// the 🧵 label, each post's «3/7» counter glued at its start or end, and the thread's end
// with its counts and its «follow me for more».
internal sealed class NumberedThread : IPageFamily
{
    public void Dress(DressingRandom r, PageDraft page)
    {
        var handle = PostLinks.Handle(r);
        page.Top(Furniture.Piece(r, NoiseKind.Byline, $"{DressingPools.PersonName(r)}{r.Pick(" ", " · ", "\t")}@{handle}"));
        if (r.Chance(0.6))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Footer, r.Pick("🧵 سلسلة تغريدات", "ثريد 🧵👇", "سلسلة: القصة كاملة", "Thread 🧵")));
        }
        var total = page.Count + (r.Chance(0.3) ? 1 : 0);
        var style = r.Next(4);
        var before = style is 0 or 2;
        for (var i = 0; i < page.Count; i++)
        {
            if (r.Chance(0.15))
            {
                continue;
            }
            var n = Ink.Digits(r, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var t = Ink.Digits(r, total.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var mark = style switch
            {
                0 => $"{n}/{t}",
                1 => $"({n}/{t})",
                2 => $"{n}/",
                _ => $"[{n}]",
            };
            page.Glue(i, NoiseKind.Counter, mark, r.Pick(" ", " - ", "\u00A0"), before);
        }
        if (r.Chance(0.6))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, r.Pick("انتهى 🔚", "نهاية الثريد.", "/انتهى", "تابعوني لمزيد من السلاسل المفيدة")));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Counter, $"{Ink.Num(r, r.Between(3, 900))} {r.Pick("إعادة نشر", "مشاركة")}{Ink.Bar(r)}{Ink.Num(r, r.Between(10, 9000))} {r.Pick("إعجاب", "❤")}"));
        }
        if (r.Chance(0.4))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Share, r.Pick("إذا أفادك الثريد أعد نشر التغريدة الأولى 🔁", "انشرها تؤجر", "احفظ الثريد للرجوع إليه 🔖")));
        }
    }
}
