namespace BlazorReader.Bench.Cleaning.Sixteenth;

// The story republished by an SEO content farm: the title dressed for search, who wrote it and
// when it was last updated, a star rating, a table of contents, an opening that restates the
// title, then after the story a FAQ that repeats it, an author box, keywords, cards of other
// stories and the site's footer.
internal static class ContentFarm
{
    private static readonly string[] Farms = ["موقع المرجع", "موسوعة الخليج", "ثقفني نيوز", "موقع زيادة", "بوابة الحدث الآن", "مدونة أخبار اليوم", "موقع محتوى"];

    private static readonly string[] Sections = ["تفاصيل الخبر", "ردود الفعل", "أسئلة شائعة", "الخلاصة", "خلفية الحدث", "ما الذي نعرفه حتى الآن", "مقدمة"];

    public static void Write(Page page)
    {
        var r = page.R;
        var farm = r.Pick(Farms);
        if (page.Title.Length > 0)
        {
            page.Add(NoiseKind.Headline, page.Title + r.Pick("", " بالتفاصيل", " – إليك التفاصيل", " (تفاصيل)", " " + r.Separator("|", "-") + farm));
        }
        var author = DressingPools.PersonName(r);
        if (r.Chance(0.7))
        {
            page.Add(NoiseKind.Byline, r.Pick("كتبه: ", "بواسطة ", "الكاتب: ", "By ", "✍️ ") + author);
        }
        if (r.Chance(0.7))
        {
            page.Add(NoiseKind.Dateline, r.Pick("آخر تحديث: ", "تم التحديث في ", "Last updated: ", "تاريخ النشر: ", "🕒 ") + Dates.Any(Dates.Of(page), r) + r.Pick("", " " + Dates.Clock(r)));
        }
        if (r.Chance(0.4))
        {
            page.Add(NoiseKind.Counter, Rating(r));
        }
        if (r.Chance(0.5))
        {
            var entries = Sections.OrderBy(_ => r.Next(100)).Take(r.Between(3, 5)).Select((s, i) => r.Pick($"{r.Number(i + 1)}. ", $"{r.Number(i + 1)}- ", "• ", "") + s);
            page.Add(NoiseKind.Tags, [r.Pick("محتويات المقال", "جدول المحتويات", "فهرس المحتوى", "محتويات المقال [إخفاء]", "المحتويات ▼"), .. entries]);
        }
        if (r.Chance(0.4) && page.Title.Length > 0)
        {
            page.Add(NoiseKind.Repeat, r.Pick("في هذا المقال نستعرض معكم ", "نقدم لكم في هذا المقال ", "تعرف معنا على ") + page.Title + r.Pick("، تابعوا معنا.", " بالتفصيل.", "، فتابعونا."));
        }
        StoryWriter.Write(page);
        if (r.Chance(0.45))
        {
            Faq(page);
        }
        if (r.Chance(0.45))
        {
            page.Add(NoiseKind.Byline, r.Pick("عن الكاتب", "نبذة عن الكاتب", "About the author"), author,
                r.Pick("محرر أخبار محلية ومهتم بالشأن الاقتصادي.", "كاتب ومحرر محتوى منذ عام " + Dates.Year(r.Between(2008, 2015), r) + ".", "صحفي متخصص في أخبار المنطقة."));
        }
        if (r.Chance(0.55))
        {
            var words = page.Title.Split(' ').Select(w => w.Trim('«', '»', '"', '(', ')', '،', ',', '.', ':', '؟')).Where(w => w.Length >= 4).Distinct().Take(r.Between(2, 5)).ToList();
            if (words.Count > 0)
            {
                page.Add(NoiseKind.Tags, r.Pick("الكلمات المفتاحية: ", "كلمات دلالية: ", "Tags: ", "الوسوم: ") + string.Join(r.Pick("، ", ", ", " - ", " "), words));
            }
        }
        if (r.Chance(0.6) && OtherStories.Titles(page, r.Between(2, 4)) is { Count: > 0 } cards)
        {
            page.Add(new NoisePiece(NoiseKind.Teaser, [r.Pick("قد يعجبك أيضاً", "مقالات قد تعجبك", "You may also like", "اقرأ المزيد من " + farm), .. cards.Select(c => c + r.Pick("", "", " " + Dates.Ago(r)))]) { Teasers = cards });
        }
        if (r.Chance(0.6))
        {
            page.Add(NoiseKind.Footer, r.Pick("جميع الحقوق محفوظة © " + Dates.Year(Dates.Of(page).Year, r) + " " + farm, "سياسة الخصوصية | اتصل بنا | من نحن", farm + " " + r.Separator("-", "|") + "كل ما تبحث عنه"));
        }
    }

    private static string Rating(DressingRandom r) => r.Next(3) switch
    {
        0 => r.Pick("★★★★☆", "★★★★★", "★★★☆☆") + " " + r.Pick("4.3", "٤٫٥", "3.9") + " (" + r.Number(r.Between(5, 900)) + " " + r.Pick("تقييم", "صوت", "votes") + ")",
        1 => "التقييم: " + r.Pick("4.5/5", "٤/٥", "5/5") + r.Pick("", " – " + r.Number(r.Between(5, 300)) + " مقيّم"),
        _ => r.Pick("قيم هذا المقال: ", "Rate this post: ") + "☆☆☆☆☆",
    };

    // The story again as questions and answers, the answer its lead's first sentence.
    private static void Faq(Page page)
    {
        var r = page.R;
        var lead = page.Lead();
        if (lead.Length < 10)
        {
            return;
        }
        var question = page.Title.Length > 0 ? r.Pick("ما تفاصيل ", "ما هي حقيقة ", "متى ") + page.Title + "؟" : "ما تفاصيل الخبر؟";
        page.Add(NoiseKind.Repeat, r.Pick("أسئلة شائعة", "الأسئلة الشائعة", "FAQ"), r.Pick("س: ", "❓ ", "") + question, r.Pick("ج: ", "الإجابة: ", "") + lead);
    }
}
