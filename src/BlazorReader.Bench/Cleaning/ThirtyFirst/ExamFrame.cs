namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// An online exam platform that set the story as a reading-comprehension passage: course and
// question number and timer above, the instruction, the passage, then the question, its
// choices and the platform's buttons.
internal sealed class ExamFrame(DressingRandom r) : IFrame
{
    private static readonly string[] Letters = ["أ", "ب", "ج", "د"];

    private static readonly string[] Choices = ["التعريف بالحدث وأطرافه", "نقد القرار وبيان آثاره", "الدعوة إلى المشاركة", "سرد سيرة شخصية"];

    private readonly int number = r.Between(1, 14);
    private readonly int total = r.Between(15, 30);

    private string Timer()
    {
        var t = r.Between(0, 12).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ":" + r.Between(0, 59).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        return r.Pick("الوقت المتبقي ", "⏱ ", "المتبقي: ") + (r.Chance(0.5) ? DressingRandom.ToArabicIndic(t) : t);
    }

    public void Head(Page p, Story s)
    {
        p.Chrome(NoiseKind.Footer, r.Pick("منصة الاختبارات", "نظام التقويم الإلكتروني", "بوابة الاختبارات — ") + r.Pick(" | مادة لغتي", " · لغتي الخالدة", " – القراءة والفهم"));
        p.Chrome(NoiseKind.Counter, r.Pick("السؤال ", "سؤال ") + Words.D(r, number) + r.Pick(" من ", "/") + Words.D(r, total) + r.Pick("  ", " · ", " | ") + Timer());
        p.Raw(r.Pick("اقرأ النص الآتي ثم أجب عن السؤال:", "اقرأ النص التالي بعناية، ثم اختر الإجابة الصحيحة.", "النص:"));
        if (r.Chance(0.3))
        {
            p.Raw("(" + r.Pick("الدرجة: ", "") + Words.Count(r, r.Between(1, 5), "درجة واحدة", "درجتان", "درجات", "درجة") + ")");
        }
    }

    public void Between(Page p, Story s, int paragraph)
    {
        if (r.Chance(0.07))
        {
            p.Chrome(NoiseKind.Counter, Timer());
        }
    }

    public void Tail(Page p, Story s)
    {
        var subject = Words.TitleWords(s).FirstOrDefault() ?? r.Pick("الخبر", "النص");
        p.Raw(Words.D(r, number) + r.Pick("- ", ". ", ") ") + r.Pick("ما الفكرة الرئيسة للنص؟", "ما الغرض الرئيس من النص؟", "ما المقصود بكلمة «" + subject + "» في النص؟", "ما الهدف من الخبر السابق؟"));
        var choices = Choices.OrderBy(_ => r.Next(9)).ToList();
        for (var i = 0; i < choices.Count; i++)
        {
            p.Raw(r.Pick("○ ", "", "◯ ") + Letters[i] + r.Pick(") ", "- ", ". ") + choices[i]);
        }
        p.Chrome(NoiseKind.Footer, r.Pick("السؤال السابق", "→ السابق") + r.Pick("   ", " | ", "  ·  ") + r.Pick("السؤال التالي", "التالي ←") + r.Pick("", " | تسليم الاختبار", "  🚩 تمييز للمراجعة"));
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Footer, r.Pick("تم حفظ إجابتك تلقائياً", "جميع الحقوق محفوظة لوزارة التعليم") + r.Pick("", " " + Words.D(r, 2015)));
        }
    }
}
