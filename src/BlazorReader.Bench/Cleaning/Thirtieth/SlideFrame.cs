using System.Globalization;
namespace BlazorReader.Bench.Cleaning.Thirtieth;

// A slide deck exported as text (a briefing built from the story): the file's name, the
// title slide, «الشريحة n من m» markers, speaker notes between slides, the deck's end.
internal sealed class SlideFrame : Frame
{
    private int slide = 1;
    private int total;

    public override void Head(Page page, StoryFacts f)
    {
        var r = f.R;
        total = r.Between(6, 24);
        page.Chrome(NoiseKind.Footer, r.Pick("إحاطة_", "عرض_", "briefing_") + r.Letters(r.Between(3, 6), "abcdefghijklmnopqrstuvwxyz") + r.Pick(".pptx", ".key", ".odp") + r.Pick("", " — تصدير نصي", " (للقراءة فقط)"));
        var label = r.Pick("الشريحة ", "شريحة ", "Slide ") + f.Digits("1") + r.Pick(" من " + f.Digits(total.ToString(CultureInfo.InvariantCulture)), "");
        if (f.Title is { } title && r.Chance(0.6))
        {
            page.Chrome(NoiseKind.Headline, label + r.Separator(":", "—", "|") + title);
            return;
        }
        page.Chrome(NoiseKind.Counter, label + r.Pick(" — العنوان", " · غلاف", ""));
    }

    public override void Paragraph(Page page, StoryFacts f, string text, string? written)
    {
        var r = f.R;
        if (r.Chance(0.6))
        {
            slide += 1;
            page.Chrome(NoiseKind.Counter, r.Pick("الشريحة ", "— شريحة ", "Slide ") + f.Digits(slide.ToString(CultureInfo.InvariantCulture)) + r.Pick(" من " + f.Digits(total.ToString(CultureInfo.InvariantCulture)), " —", "", " / " + f.Digits(total.ToString(CultureInfo.InvariantCulture))));
        }
        page.Paragraph(text, written);
    }

    public override void Between(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Footer, r.Pick("ملاحظات المتحدث: ", "ملاحظات المتحدث — ", "Speaker notes: ") + r.Pick("توقف هنا لعرض الصورة", "اذكر الأرقام ببطء", "انتقل إلى الخريطة", "ثلاث دقائق لهذه الشريحة", "اسأل الحضور قبل المتابعة"));
    }

    public override void Tail(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Footer, r.Pick("نهاية العرض التقديمي", "انقر لإضافة ملاحظات", "— نهاية الشرائح —", "End of slideshow") + r.Pick("", " · " + f.Digits(total.ToString(CultureInfo.InvariantCulture)) + " شريحة"));
    }
}
