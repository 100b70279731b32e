namespace BlazorReader.Bench.Cleaning.Fifteenth;

// Lines the story itself carries that look like a page's chrome and are body all the same: a
// decree's text, a disclosure's rows, a list of names, a timeline, a post reported in prose,
// a hotline in an announcement, a hadith that opens «اقرأ», the study a finding comes from,
// a one-line «here is the statement». Each only where the story's subject calls for it.
internal static class StoryOwnLines
{
    // A title in the paper's quotes, unless it has quotes of its own.
    private static string Quoted(string title) => title.Contains('«', StringComparison.Ordinal) ? $"\"{title}\"" : $"«{title}»";

    // Adds one or two such lines where they fit; says whether it added any.
    public static bool Add(PageDraft page, DressingRandom r, StorySubject subject)
    {
        var lines = page.SourceLines;
        var fits = new List<Action>();
        if (subject.Decree)
        {
            fits.Add(() => OfficialText.AddDecree(page, r, subject));
        }
        if (subject.Earnings)
        {
            fits.Add(() => OfficialText.AddDisclosure(page, r));
        }
        if (subject.Appointment && !subject.Grief)
        {
            fits.Add(() => StoryLists.AddAppointees(page, r));
        }
        if (subject.Deaths)
        {
            fits.Add(() => StoryLists.AddVictims(page, r));
        }
        if (subject.Event && !subject.Grief)
        {
            fits.Add(() => StoryLists.AddTimeline(page, r));
        }
        if (subject.Quran)
        {
            fits.Add(() => page.InsertParagraph(page.ItemOf(Math.Max(0, StorySubject.LineWith(lines, "القرآن", "تحفيظ"))) + 1,
                "اقرأ وارتقِ ورتّل كما كنت ترتّل في الدنيا، فإن منزلتك عند آخر آية تقرؤها؛ حديث نبوي " + r.Pick("استشهد به المتحدثون في الحفل", "ذكّر به المشاركون الحفظة", "تصدّر كلمة الافتتاح")));
        }
        if (subject.Study)
        {
            fits.Add(() => page.InsertParagraph(page.BodyCount, r.Pick("المصدر: دراسة نشرتها مجلة علمية محكّمة", "المصدر: دراسة منشورة في دورية طبية متخصصة", "المصدر: الدراسة التي أعدّها فريق الباحثين") + r.Pick(".", "")));
        }
        if (subject.Entity is { } entity)
        {
            var to = entity.StartsWith("ال", StringComparison.Ordinal) ? "ل" + entity[1..] : "ل" + entity;
            // A story closed by a block of its own may leave no gap between two of its paragraphs.
            fits.Add(() =>
            {
                if (page.Gaps() is { Count: > 0 } gaps)
                {
                    page.InsertParagraph(r.Pick(gaps), $"{r.Pick("ونشر", "وكتب")} الحساب الرسمي {to} على منصة «إكس»: {Quoted(TextReferee.Normalize(page.Article.Title ?? entity))}.");
                }
            });
            if (subject.Service && !subject.Grief)
            {
                fits.Add(() => page.InsertParagraph(page.BodyCount, $"{r.Pick("للتواصل والاستفسار:", "للتواصل:", "وللاستفسار يمكن التواصل عبر")} {r.Pick("الرقم الموحد", "الرقم المجاني", "مركز الاتصال")} {PageWords.Digits(r, r.Pick("9200" + r.Letters(5, "0123456789"), "800124" + r.Letters(4, "0123456789"), "937", "940"))}"));
            }
        }
        var quote = Enumerable.Range(1, Math.Max(0, lines.Count - 1)).FirstOrDefault(i => lines[i].StartsWith('«') || lines[i].StartsWith('"'), -1);
        if (subject.Statement && quote > 0)
        {
            fits.Add(() => page.InsertParagraph(page.ItemOf(quote), r.Pick("وهذا نصّ البيان:", "وجاء في البيان:", "وفيما يلي نص البيان:")));
        }
        if (fits.Count == 0 || !r.Chance(0.5))
        {
            return false;
        }
        foreach (var fit in fits.OrderBy(_ => r.Next(100)).Take(r.Chance(0.25) ? 2 : 1))
        {
            fit();
        }
        return true;
    }
}
