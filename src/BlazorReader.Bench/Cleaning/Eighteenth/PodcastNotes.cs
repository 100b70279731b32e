namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A podcast episode's page whose notes carry the story: the show and episode, the guest,
// the running time, chapters with timestamps, the apps to listen on, the links mentioned.
internal sealed class PodcastNotes : IPageFamily
{
    private static readonly string[] Shows = ["بودكاست المشهد", "فنجان الصباح", "موجز الأخبار", "حديث المدينة", "على الطاولة", "نشرة الظهيرة"];

    private static readonly string[] Sources = ["التقرير السنوي للهيئة (PDF)", "حساب الضيف على إكس", "الحلقة السابقة عن الموضوع", "دراسة مركز الأبحاث", "نص القرار كاملًا"];

    private static readonly string[] Chapters = ["مقدمة", "الخبر بالتفصيل", "ردود الفعل", "رأي الضيف", "أسئلة المستمعين", "الختام", "ماذا بعد؟"];

    public void Dress(DressingRandom r, PageDraft page)
    {
        var show = r.Pick(Shows);
        page.Top(Furniture.Piece(r, NoiseKind.Byline, $"{show}{Ink.Bar(r)}{r.Pick("الحلقة", "حلقة رقم", "ح")} {Ink.Num(r, r.Between(3, 240))}"));
        if (page.Title is not null && r.Chance(0.4))
        {
            page.Top(Furniture.Headline(r, page));
        }
        if (r.Chance(0.7))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Counter, Ink.Row(r, Ink.Some(r, [
                $"{r.Pick("مدة الحلقة", "المدة", "⏱")} {Ink.Digits(r, $"{r.Between(12, 58)}:{r.Next(60):00}")}",
                $"{Ink.Num(r, r.Between(200, 40000))} {r.Pick("استماع", "مرة تشغيل")}",
                Ink.Date(r, Ink.Day(page.Source, r)),
            ], 1))));
        }
        if (r.Chance(0.5))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Byline, $"{r.Pick("ضيف الحلقة", "الضيف", "مع")}: {StoryWords.Speaker(r)}"));
        }
        if (r.Chance(0.75))
        {
            var at = 0;
            var lines = new List<string> { r.Pick("محاور الحلقة", "الفصول", "فهرس الحلقة", "في هذه الحلقة:") };
            foreach (var c in Chapters.Where(_ => r.Chance(0.6)).DefaultIfEmpty(Chapters[0]))
            {
                lines.Add($"{Ink.Digits(r, $"{at / 60:00}:{at % 60:00}")}{r.Pick(" ", " - ", " | ", " ")}{c}");
                at += r.Between(40, 600);
            }
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, lines));
        }
        if (r.Chance(0.7))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Share, $"{r.Pick("استمع عبر", "متوفر على", "اشترك في")}: {Ink.Row(r, Ink.Some(r, ["Apple Podcasts", "Spotify", "أنغامي", "Google Podcasts", "ساوندكلاود", "يوتيوب"], 2).Select(a => Ink.Latin(r, a)))}"));
        }
        if (r.Chance(0.4))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, [r.Pick("روابط ذُكرت في الحلقة:", "مصادر الحلقة"), .. Sources.OrderBy(_ => r.Next(99)).Take(r.Between(1, 3)).Select(l => Ink.Bullet(r) + " " + l + r.Pick("", " ↗", " 🔗"))]));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, r.Pick("شاركونا آراءكم وأسئلتكم عبر البريد الصوتي للبرنامج", "إنتاج: شبكة الصوت العربي — جميع الحقوق محفوظة", "اشترك في البودكاست ليصلك كل جديد", "موسيقى الحلقة: مكتبة الإنتاج الصوتي")));
        }
    }
}
