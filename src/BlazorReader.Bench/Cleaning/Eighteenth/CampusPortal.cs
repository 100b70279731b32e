namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A university's news portal: the students' quick links, the breadcrumb, the deanship that
// wrote the item, the photo and its place in the album, the rating stars readers give,
// the coming events with «add to calendar», the university's other news and its footer.
internal sealed class CampusPortal(OtherStories stories) : IPageFamily
{
    private static readonly string[] Units = ["عمادة شؤون الطلاب", "إدارة العلاقات العامة والإعلام", "كلية الهندسة", "عمادة التعلم الإلكتروني", "وكالة الجامعة للدراسات العليا", "مركز الابتكار"];

    private static readonly string[] Events = ["ورشة عمل: كتابة السيرة الذاتية", "محاضرة: الأمن السيبراني", "ملتقى التوظيف السنوي", "لقاء مفتوح مع عميد الكلية", "دورة: مهارات البحث العلمي"];

    public void Dress(DressingRandom r, PageDraft page)
    {
        var university = r.Pick("جامعة الملك سعود", "جامعة أم القرى", "جامعة الملك فيصل", "جامعة طيبة", "جامعة حائل", "جامعة الإمام");
        var day = Ink.Day(page.Source, r);
        if (r.Chance(0.6))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Footer, Ink.Row(r, Ink.Some(r, ["البوابة الإلكترونية", "البريد الجامعي", "البلاك بورد", "نظام التسجيل", "المكتبة الرقمية"], 3))));
        }
        page.Top(Furniture.Piece(r, NoiseKind.Tags, string.Join(r.Pick(" › ", " / ", " >> "), Ink.Some(r, [university, "المركز الإعلامي", r.Pick("أخبار الكليات", "أخبار الجامعة", "إنجازات")], 2))));
        if (page.Title is not null && r.Chance(0.6))
        {
            page.Top(Furniture.Headline(r, page));
            page.DropTitle = r.Chance(0.4);
        }
        page.Top(Furniture.Piece(r, NoiseKind.Byline, $"{r.Pick(Units)}{Ink.Bar(r)}{Ink.Date(r, day)}"));
        if (r.Chance(0.6))
        {
            page.At(r.Between(0, Math.Min(2, page.Count)), Furniture.Piece(r, NoiseKind.Caption, Ink.Some(r, [
                $"{r.Pick("📷", "صورة:", "")} {r.Pick("جانب من الحفل", "الطلاب خلال الورشة", "مدير الجامعة يكرّم الفائزين", "من فعاليات اليوم المفتوح")}".Trim(),
                $"{Ink.Num(r, 1)} / {Ink.Num(r, r.Between(3, 24))}",
            ], 1)));
        }
        if (r.Chance(0.5))
        {
            var stars = r.Between(2, 5);
            page.Bottom(Furniture.Piece(r, NoiseKind.Counter, $"{r.Pick("قيّم هذا الخبر", "التقييم", "تقييم القراء")}: {new string('★', stars)}{new string('☆', 5 - stars)} ({Ink.Digits(r, $"{stars - 1}.{r.Between(5, 9)}")}/{Ink.Num(r, 5)} {r.Pick("من", "—")} {Ink.Num(r, r.Between(3, 300))} {r.Pick("تقييمًا", "صوتًا")})"));
        }
        if (r.Chance(0.6))
        {
            var rows = Events.OrderBy(_ => r.Next(99)).Take(r.Between(1, 3)).Select(e => $"{Ink.Date(r, day.AddDays(r.Between(2, 30)))}{Ink.Bar(r)}{e}{Ink.Bar(r)}{r.Pick("قاعة", "مبنى", "المسرح")} {Ink.Num(r, r.Between(1, 40))}");
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, [r.Pick("الفعاليات القادمة", "فعاليات هذا الأسبوع", "التقويم"), .. rows]));
            if (r.Chance(0.6))
            {
                page.Bottom(Furniture.Piece(r, NoiseKind.Share, r.Pick("أضف إلى التقويم", "📅 أضف إلى التقويم · سجّل حضورك", "التسجيل في الفعالية")));
            }
        }
        if (r.Chance(0.5) && stories.Titles(r, page, r.Between(2, 4)) is { Count: > 0 } more)
        {
            page.Bottom(Furniture.Teasers(r, NoiseKind.Teaser, [r.Pick("أخبار الجامعة", "آخر الأخبار", "المزيد من أخبار الكليات"), .. more], more));
        }
        page.Bottom(Furniture.Piece(r, NoiseKind.Footer, r.Pick($"© {university}", $"جميع الحقوق محفوظة، {university}", $"{university} — الرقم الموحد {StoryWords.Unified(r)}")));
    }
}
