namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// A web-annotation layer copied with the page: the sidebar's counts and sort bar above, the
// highlighted story passages, and beside some of them an annotation card (annotator and
// time, the quoted words, the note, tag chips, «رد · مشاركة · تعديل»); page notes below.
// The annotator line is a byline, the quoted words a repeat, the note the social layer (share).
internal sealed class AnnotationFrame : Frame
{
    private DressingRandom r = new(0);

    public override void Head(Page p, Story s)
    {
        r = p.R;
        var counts = $"{r.Pick("التعليقات التوضيحية", "تعليقات توضيحية", "Annotations")} {r.Pick("(" + r.Number(r.Between(1, 40)) + ")", r.Number(r.Between(1, 40)))}{r.Pick(" · ", " | ", "   ")}{r.Pick("ملاحظات الصفحة", "Page Notes")} {r.Pick("(" + r.Number(r.Between(0, 9)) + ")", r.Number(r.Between(0, 9)))}";
        p.Chrome(NoiseKind.Counter, counts);
        p.Chrome(NoiseKind.Footer, r.Pick("عام ▾ | ترتيب: الموقع في الصفحة", "المجموعة: عام · الأحدث أولاً", "تسجيل الدخول · إنشاء حساب · ترتيب حسب الموقع"));
        p.Gap(0.7);
    }

    private string Who() => Story.Person(r) + r.Pick(" · ", " - ", "  ") + r.Pick("منذ يومين", "منذ ساعة", "أمس", Story.Ago(r), "منذ " + r.Number(r.Between(11, 20)) + " يوماً", "قبل أسبوع");

    private void Card(Page p, string? quote, string label)
    {
        p.Chrome(NoiseKind.Byline, label + Who());
        if (quote is not null)
        {
            var words = quote.Split(' ');
            var start = r.Between(0, Math.Max(0, words.Length - 4));
            p.Chrome(NoiseKind.Repeat, r.Pick("❝ ", "“", "> ") + string.Join(" ", words.Skip(start).Take(r.Between(3, 7))) + r.Pick("…", "”", ""));
        }
        p.Chrome(NoiseKind.Share, r.Pick("مصدر مهم", "يحتاج تحققاً", "قارن بالخبر السابق", "رقم لافت", "للمتابعة لاحقاً", "هل صدر القرار رسمياً؟") + r.Pick("", ".", " 👀"));
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Tags, Parts.Some(r, r.Pick("  ", " · ", " "), 1, 3, "#مهم", "#اقتصاد", "#تحقق", "#محليات", "#للقراءة"));
        }
        p.Chrome(NoiseKind.Share, Parts.First(r, r.Pick(" · ", " | ", "  "), 2, 4, "رد", "مشاركة", "تعديل", "حذف"));
    }

    public override void Paragraph(Page p, Story s, string text, int index, int count)
    {
        p.Para(text);
        if (r.Chance(0.18))
        {
            Card(p, text, "");
        }
    }

    public override void Tail(Page p, Story s)
    {
        if (r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Counter, $"{r.Pick("ملاحظات الصفحة", "ملاحظة عامة")} ({r.Number(r.Between(1, 5))})");
            Card(p, null, r.Pick("ملاحظة عامة · ", "ملاحظة على الصفحة · "));
        }
        p.Chrome(NoiseKind.Footer, r.Pick("Hypothesis · سياسة المحتوى · المساعدة", "أداة التعليق التوضيحي — الشروط والخصوصية", "مدعوم من Hypothesis"));
    }
}
