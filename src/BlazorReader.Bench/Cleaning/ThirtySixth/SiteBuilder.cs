namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// A page on a hosted site builder (Wix, Google Sites and the like) that reposts the story:
// the skip link and the site's menu, then the builder's own footer rows.
internal sealed class SiteBuilder : Frame
{
    private static readonly string[] Menu = ["الصفحة الرئيسية", "الأخبار", "من نحن", "اتصل بنا"];

    private static readonly string[] Row = ["تسجيل الدخول", "النشاط الأخير في الموقع", "طباعة الصفحة", "Google Sites"];

    public override bool PlainLines => true;

    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        p.Line(r.Pick("تخطي إلى المحتوى الرئيسي", "Skip to main content", "الانتقال إلى المحتوى"));
        p.Line(r.Pick("أخبار ", "منتدى ", "بوابة ") + p.City + r.Pick(" اليوم", " الإخبارية", ""));
        p.Line(string.Join(r.Pick("  ", " | ", "\n"), Menu.Take(r.Between(2, 4))));
        if (r.Chance(0.4))
        {
            p.Line(r.Pick("بحث في هذا الموقع", "Search this site"));
        }
        p.Chrome(headline);
        Pieces(p, more);
    }

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        var r = p.R;
        Pieces(p, tail);
        var rows = new List<NoisePiece>
        {
            p.Piece(NoiseKind.Dateline, r.Pick("آخر تعديل على الصفحة: ", "تم آخر تحديث للصفحة في ", "آخر تعديل: ") + Dates.Gregorian(r, p.When.AddDays(r.Between(0, 3)))),
            p.Piece(NoiseKind.Footer, r.Pick("تم إنشاء هذا الموقع باستخدام ", "أنشئ هذا الموقع بواسطة ", "مدعوم من ") + r.Pick("Wix.com", "Google Sites", "مواقع Google", "Weebly")),
            p.Piece(NoiseKind.Footer, r.Pick("الإبلاغ عن إساءة", "الإبلاغ عن إساءة الاستخدام", "Report abuse")),
            p.Piece(NoiseKind.Footer, string.Join(r.Pick(" | ", " · ", "  "), Row.Take(r.Between(2, 4)))),
        };
        foreach (var row in rows.Where(_ => r.Chance(0.75)).OrderBy(_ => r.Next(9)))
        {
            p.Chrome(row);
        }
    }
}
