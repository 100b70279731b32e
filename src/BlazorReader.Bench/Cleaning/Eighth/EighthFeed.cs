namespace BlazorReader.Bench.Cleaning.Eighth;

// A story as a feed reader or a CMS export gives it: the item's categories and labels, the
// theme's breadcrumbs and menus, the pager of a story split over pages, the feed's «the post
// appeared first on» line and the CMS's «powered by», the link back to the source.
internal static class EighthFeed
{
    public static Chrome Tags(DressingRandom r, EighthContext c)
    {
        var words = TitleWords(c.Title).Take(r.Between(1, 4)).ToList();
        words.Insert(0, r.Pick(EighthWords.Sections));
        var join = r.Pick("، ", " , ", " | ", " ", " • ", "، ");
        var hashed = r.Chance(0.3);
        var list = string.Join(join, words.Select(w => hashed ? "#" + w.Replace(' ', '_') : w));
        return Chrome.Of(NoiseKind.Tags, r.Next(6) switch
        {
            0 => $"{r.Pick("التصنيفات", "التصنيف", "الفئة", "القسم")}{r.Separator(":", "|", "-")}{list}",
            1 => $"{r.Pick("التسميات", "الوسوم", "الكلمات المفتاحية", "كلمات دلالية")}{r.Separator(":", "|")}{list}",
            2 => $"{r.Pick("Tags", "Labels", "Categories", "Filed under")}: {list}",
            3 => Breadcrumb(r, c),
            4 => $"{r.Pick("انتقل إلى المحتوى", "تخطَّ إلى المحتوى الرئيسي", "انتقل إلى المحتوى الرئيسي", "Skip to content")}",
            _ => $"{r.Pick("القائمة الرئيسية", "القائمة", "☰ القائمة")}{r.Separator("|", " ")}{string.Join(r.Pick(" | ", "  ", " • "), Enumerable.Range(0, r.Between(3, 6)).Select(_ => r.Pick(EighthWords.Sections)).Prepend("الرئيسية").Distinct())}",
        });
    }

    private static string Breadcrumb(DressingRandom r, EighthContext c)
    {
        var mark = r.Pick(" › ", " » ", " > ", " / ", " ← ", "»");
        var parts = new List<string> { r.Pick("الرئيسية", "الصفحة الرئيسية", "Home") };
        parts.Add(r.Pick(EighthWords.Sections));
        if (r.Chance(0.5))
        {
            // Cut, as themes do; whole, it would hold the headline's label inside this one.
            var words = c.Title.Split(' ');
            parts.Add(string.Join(' ', words.Take(Math.Max(1, Math.Min(5, words.Length - 1)))) + r.Pick("…", "...", " …"));
        }
        return (r.Chance(0.3) ? r.Pick("أنت هنا: ", "مسار التصفح: ") : "") + string.Join(mark, parts);
    }

    // Pages of one story: «الصفحة 2 من 3» at a page's head, the pager at its foot.
    public static Chrome Pager(DressingRandom r)
    {
        var pages = r.Between(2, 5);
        var numbers = string.Join(r.Pick(" ", "  ", " | ", " - "), Enumerable.Range(1, pages).Select(r.Number));
        return Chrome.Of(NoiseKind.MoreLink, r.Next(4) switch
        {
            0 => $"{r.Pick("الصفحة التالية", "التالي", "الصفحة اللاحقة")} {r.Pick("»", "›", "←", "")} {numbers}".Replace("  ", " ", StringComparison.Ordinal),
            1 => $"{r.Pick("الصفحات", "صفحات الخبر", "Pages")}: {numbers} {r.Pick("التالي ›", "»", "Next")}",
            2 => $"{r.Pick("« السابق", "‹ السابقة")} {numbers} {r.Pick("التالي »", "التالية ›")}",
            _ => $"{r.Pick("تابع القراءة في الصفحة", "يتبع في الصفحة", "أكمل القراءة في الصفحة")} {r.Number(r.Between(2, pages))}",
        });
    }

    public static Chrome PageOf(DressingRandom r) =>
        Chrome.Of(NoiseKind.Counter, $"{r.Pick("الصفحة", "صفحة", "Page")} {r.Number(r.Between(2, 3))} {r.Pick("من", "/", "of")} {r.Number(r.Between(3, 5))}");

    public static Chrome FeedFooter(DressingRandom r, EighthContext c) => Chrome.Of(NoiseKind.Footer, r.Next(6) switch
    {
        0 => $"{r.Pick("ظهرت هذه المقالة", "ظهر هذا المنشور", "نُشر هذا المقال")} {r.Pick("أولاً على", "أولاً في", "للمرة الأولى على")} {c.Paper.Name}.",
        1 => $"The post appeared first on {c.Paper.Slug}{r.Pick(EighthWords.TopLevelDomains)}.",
        2 => $"{r.Pick("Powered by", "يعمل بواسطة", "بدعم من")} {r.Pick("Joomla!", "Blogger", "Ghost", "Drupal", "بلوجر", "جوملا")}{r.Pick("", " | " + r.Pick("تصميم", "Designed by") + " " + r.Pick("ArabThemes", "Qalam Studio", "ميديا برو"))}",
        3 => $"{r.Pick("©", "(c)", "حقوق النشر ©")} {EighthDates.Digits(r, 2015)} {c.Paper.Name}{r.Separator("-", "|", ".")}{r.Pick("جميع الحقوق محفوظة", "كل الحقوق محفوظة", "All rights reserved")}",
        4 => $"{r.Pick("جميع الحقوق محفوظة لـ", "الحقوق محفوظة ل")}{c.Paper.Name} {r.Pick("©", "")} {EighthDates.Digits(r, r.Between(2008, 2015))}{r.Pick("", " - " + EighthDates.Digits(r, 2015))}",
        _ => $"{r.Pick("هذا الخبر من خلاصة", "عنصر من تغذية", "من موجز RSS لـ")} {c.Paper.Name} {r.Pick("(RSS)", "RSS", "- الخلاصات")}",
    });

    public static Chrome SourceLink(DressingRandom r, EighthContext c)
    {
        var url = r.Pick("https://", "http://", "") + EighthWords.Host(r, c.Paper.Slug) + EighthWords.ArticlePath(r);
        var before = r.Pick("رابط الخبر", "رابط المصدر", "المصدر الأصلي للخبر", "اقرأ الخبر من المصدر", "الرابط المختصر", "Read more", "Source") + r.Separator(":", "|", "-", "←");
        return r.Chance(0.25) ? Chrome.Of(NoiseKind.MoreLink, r.Pick("لقراءة الخبر كاملاً اضغط هنا", "اقرأ المقال كاملاً على موقع " + c.Paper.Name, "تابع القراءة على " + c.Paper.Name + " »"))
            : Chrome.Linked(NoiseKind.MoreLink, r, before, url);
    }

    public static Chrome Comments(DressingRandom r) => Chrome.Of(NoiseKind.Counter, r.Next(4) switch
    {
        0 => $"{r.Pick("التعليقات", "تعليقات", "عدد التعليقات")} ({r.Number(r.Between(0, 240))})",
        1 => $"{r.Number(r.Between(0, 240))} {r.Pick("تعليق", "تعليقات", "comments")}{r.Separator("|", "•")}{r.Pick("أضف تعليقاً", "اكتب تعليقك", "Leave a comment")}",
        2 => $"{r.Pick("لا توجد تعليقات", "كن أول من يعلق", "No comments yet")}{r.Pick(".", "", " »")}",
        _ => $"{r.Pick("الزيارات", "عدد الزيارات", "قراءات", "Hits")}: {r.Number(r.Between(12, 48000))}",
    });

    public static IEnumerable<string> TitleWords(string title) =>
        title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('«', '»', '"', '(', ')', '،', ':', '.')).Where(w => w.Length >= 4).Distinct();
}
