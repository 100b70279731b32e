namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// A school-radio script or a children's news site carrying the story: the segment's cue, the
// age badge, the new-words box, «did you know» and the comprehension questions after it.
internal static class SchoolNewsPage
{
    private static readonly string[] Facts =
    [
        "هل تعلم؟ أن النخلة الواحدة قد تنتج أكثر من 100 كيلوغرام من التمر في الموسم.",
        "هل تعلم: أن قلب الإنسان ينبض نحو 100 ألف مرة في اليوم",
        "هل تعلم أن الجمل يستطيع البقاء أياماً دون ماء؟",
        "معلومة سريعة: أعلى درجة حرارة سُجلت في المملكة تجاوزت 50 درجة.",
    ];

    public static void Dress(PageDraft d)
    {
        var r = d.R;
        if (r.Chance(0.5))
        {
            d.Top(NoiseKind.Footer, r.Pick("الإذاعة المدرسية — فقرة الخبر", "فقرة: من أخبار الوطن", "🎙 الطالب المذيع يقرأ:", "الإذاعة الصباحية | الأسبوع الثالث"));
        }
        else
        {
            d.Top(NoiseKind.Tags, r.Pick($"مناسب لعمر {r.Number(8)}-{r.Number(12)} سنة", "أخبار الصغار ⭐ المستوى 2", "للأطفال من 9 سنوات"));
        }
        var words = PageWords.TitleWords(d.Title, r.Between(2, 3));
        if (words.Count > 0 && r.Chance(0.7))
        {
            var box = words.Select(w => $"{w}{r.Separator(":", "=", "—")}{r.Pick("معناها في المعجم", "انظر المعجم", "كلمة جديدة")}").ToList();
            d.Tail(NoiseKind.Tags, [r.Pick("كلمات جديدة", "📘 معاني الكلمات:", "قاموسي الصغير"), .. box]);
        }
        if (r.Chance(0.5))
        {
            d.Between(NoiseKind.Footer, r.Pick(Facts));
        }
        var about = words.Count > 0 ? words[0] : "الخبر";
        if (r.Chance(0.7))
        {
            d.Tail(NoiseKind.Footer, r.Pick("أسئلة الفهم:", "ناقش مع زملائك:", "✏️ أجب عن الأسئلة"),
                $"{r.Number(1)}. ما الفكرة الرئيسة في خبر «{about}»؟",
                $"{r.Number(2)}. {r.Pick("أين وقع الحدث؟", "من هي الجهة المسؤولة؟", "ما رأيك في القرار؟")}");
        }
        if (r.Chance(0.3))
        {
            d.Tail(NoiseKind.Signature, r.Pick($"إعداد الطالب: {DressingPools.PersonName(r)} — الصف {r.Pick("الخامس", "الأول المتوسط", "الثاني الثانوي")}", "(ينتقل الميكروفون إلى فقرة الحكمة)"));
        }
        if (r.Chance(0.2))
        {
            // A question the story itself asks is not a quiz question.
            d.StoryLine(r.Pick("فهل تنجح الخطة في تحقيق أهدافها؟", "والسؤال الذي يطرحه الأهالي: إلى متى؟", "هل تعلم الجهات المعنية حجم المشكلة؟ يتساءل السكان."));
        }
    }
}
