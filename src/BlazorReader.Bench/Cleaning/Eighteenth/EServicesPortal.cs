namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A ministry's or authority's portal: the news item sits among the portal's breadcrumb,
// publication and update stamps, visit counter, e-services cards, the «was this page
// useful?» survey, the virtual assistant's bubble and the legal footer.
internal sealed class EServicesPortal(OtherStories stories) : IPageFamily
{
    private static readonly string[] Services = ["حجز موعد", "الاستعلام عن طلب", "تجديد الترخيص", "بلاغ عن مخالفة", "طباعة شهادة", "تحديث البيانات", "سداد المخالفات", "تتبع المعاملة"];

    private static readonly string[] Legal = ["سياسة الخصوصية", "شروط الاستخدام", "خريطة الموقع", "إمكانية الوصول", "اتصل بنا", "الأسئلة الشائعة", "البيانات المفتوحة"];

    public void Dress(DressingRandom r, PageDraft page)
    {
        var body = r.Pick(StoryWords.Bodies);
        var day = Ink.Day(page.Source, r);
        if (r.Chance(0.4))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Footer, Ink.Row(r, ["الرئيسية", r.Pick("من نحن", "عن الجهة", "عن الوزارة"), "الخدمات الإلكترونية", "المركز الإعلامي", "تواصل معنا"])));
        }
        page.Top(Furniture.Piece(r, NoiseKind.Tags, string.Join(r.Pick(" › ", " > ", " / ", " « ", " ← "), Ink.Some(r, ["الرئيسية", "المركز الإعلامي", "الأخبار", r.Pick("أخبار الوزارة", "أخبار الفروع", "التعاميم")], 3))));
        if (page.Title is not null && r.Chance(0.6))
        {
            page.Top(Furniture.Headline(r, page));
            page.DropTitle = r.Chance(0.5);
        }
        var stamps = new List<string> { $"{Ink.Stretch(r, "تاريخ")} النشر: {Ink.Date(r, day)}" };
        if (r.Chance(0.5))
        {
            stamps.Add($"آخر تحديث: {Ink.Date(r, day.AddDays(r.Between(0, 3)))} {Ink.Time(r)}");
        }
        page.Top(Furniture.Piece(r, NoiseKind.Dateline, r.Chance(0.5) ? [string.Join(Ink.Bar(r), stamps)] : stamps));
        if (r.Chance(0.5))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Counter, $"{r.Pick("عدد الزيارات", "المشاهدات", "قُرئ")}: {Ink.Num(r, r.Between(40, 25000))}"));
        }
        if (r.Chance(0.35))
        {
            page.Glue(0, NoiseKind.Dateline, $"{r.Pick(StoryWords.LocalCities)} {r.Pick("-", "–", "ـ")} {r.Pick("المركز الإعلامي", "إدارة الاتصال المؤسسي", "العلاقات العامة")}", r.Pick(": ", " - ", ":"), before: true);
        }
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Share, $"{r.Pick("شارك الخبر", "مشاركة عبر", "أرسل لصديق")}: {Ink.Row(r, Ink.Some(r, ["واتساب", "إكس", "البريد الإلكتروني", "لينكدإن", "نسخ الرابط"]))}"));
        }
        if (r.Chance(0.7))
        {
            var lines = new List<string> { r.Pick("هل كانت هذه الصفحة مفيدة؟", "هل وجدت ما تبحث عنه؟", "ما مدى رضاك عن محتوى هذه الصفحة؟"), Ink.Row(r, r.Chance(0.5) ? ["نعم", "لا"] : ["راضٍ جدًا", "راضٍ", "محايد", "غير راضٍ"]) };
            if (r.Chance(0.5))
            {
                lines.Add($"{Ink.Num(r, r.Between(3, 90))} من أصل {Ink.Num(r, r.Between(91, 300))} {r.Pick("زائرًا وجدوا هذا المحتوى مفيدًا", "مستخدمًا قيّموا الصفحة")}");
            }
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, lines));
        }
        if (stories.Titles(r, page, r.Between(2, 4)) is { Count: > 0 } related && r.Chance(0.6))
        {
            page.Bottom(Furniture.Teasers(r, NoiseKind.Teaser, [r.Pick("أخبار ذات صلة", "أخبار أخرى", "آخر أخبار الوزارة"), .. related.Select(t => Ink.Bullet(r) + " " + t)], related));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, [r.Pick("الخدمات الإلكترونية", "الخدمات الأكثر استخدامًا", "خدمات الأفراد"), .. Services.OrderBy(_ => r.Next(99)).Take(r.Between(2, 5)).Select(s => (r.Chance(0.5) ? Ink.Bullet(r) + " " : "") + s)]));
        }
        if (r.Chance(0.3))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, r.Pick("المساعد الافتراضي", "مساعدك الذكي", "الدردشة المباشرة") + ": " + r.Pick("مرحبًا، كيف يمكنني مساعدتك اليوم؟", "اسألني عن خدماتنا", "ابدأ المحادثة")));
        }
        page.Bottom(Furniture.Piece(r, NoiseKind.Footer, Ink.Some(r, [
            $"جميع الحقوق محفوظة © {Ink.Plain(r, r.Between(2014, 2016))} {body}",
            Ink.Row(r, Legal.OrderBy(_ => r.Next(99)).Take(r.Between(2, 5))),
            r.Pick("تم التطوير والتشغيل بواسطة مركز المعلومات", "آخر تعديل على الموقع: " + Ink.Date(r, day), "الرقم الموحد " + StoryWords.Unified(r)),
        ], 1)));
    }
}
