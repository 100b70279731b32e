namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// A newsroom's planning budget: the day's sheet, other slugs with word counts, status, desk
// and editor (their titles are other stories), then the story's own row and its approved copy.
internal sealed class PlanningBudgetFrame : Frame
{
    private static readonly string[] Desks = ["المحليات", "الاقتصاد", "الرياضة", "الدولي", "المنوعات"];

    private static string Status(DressingRandom r) => r.Pick("جاهز للنشر", "قيد التحرير", "بانتظار الصور", "مؤجل", "معتمد");

    private static void OtherSlug(Page p)
    {
        var r = p.R;
        if (p.OtherStory() is not { } other)
        {
            return;
        }
        var row = $"{Slug(r).ToUpperInvariant()}{r.Pick(" | ", " — ", "  ")}{other}{r.Pick(" | ", " — ", "  ")}{r.Number(r.Between(150, 900))} كلمة{r.Pick(" | ", " — ")}{Status(r)}";
        p.Piece(new NoisePiece(NoiseKind.Teaser, r.Chance(0.6) ? [row] : [row, $"{r.Pick("المحرر", "المسؤول")}: {StoryHeadChrome.Name(r, false)}"]) { Teasers = [other] });
    }

    public override void Head(Page p)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Footer, $"{r.Pick("ميزانية الأخبار", "خطة التغطية", "جدول الصفحة الأولى")}{r.Separator("—", "|", ":")}{Dates.Weekday(p.Day)} {Dates.Gregorian(r, p.Day)}");
        p.Chrome(NoiseKind.Byline, $"{r.Pick("القسم", "الديسك")}: {r.Pick(Desks)}{r.Pick(" | ", " — ", "، ")}{r.Pick("المحرر المناوب", "رئيس القسم", "مدير التحرير")}: {StoryHeadChrome.Name(r, false)}");
        for (var i = 0; i < r.Between(0, 2); i++)
        {
            OtherSlug(p);
        }
        var lines = new List<string>
        {
            $"{r.Pick("الموضوع", "SLUG", "الرمز")}: {Slug(r)}",
            $"{r.Pick("الطول", "عدد الكلمات", "الكلمات")}: {r.Number(r.Between(250, 900))} كلمة",
            $"{r.Pick("الحالة", "Status")}: {r.Pick("جاهز للنشر", "معتمد للنشر", "✔ جاهز للنشر")}",
            $"{r.Pick("الموعد النهائي", "التسليم")}: {Dates.Time(r)}",
        };
        p.Chrome(NoiseKind.Counter, [.. lines.OrderBy(_ => r.Next(9)).Take(r.Between(2, 4))]);
        if (p.Title is not null && r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Headline, $"{r.Pick("العنوان المقترح", "العنوان")}: {p.Title}");
        }
    }

    public override void BeforeStory(Page p) => p.Chrome(NoiseKind.Footer, p.R.Pick("النص المعتمد:", "--- النص ---", "نص الخبر (نسخة نهائية):"));

    public override void Tail(Page p, IReadOnlyList<StoryLine> story)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Footer, r.Pick("--- نهاية النص ---", "انتهى النص المعتمد", "#####"));
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Caption, $"{r.Pick("الصور", "صور")}: {r.Pick("مطلوبة من قسم التصوير", "من الأرشيف", "٣ صور — " + StoryHeadChrome.Name(r))}");
        }
        p.Chrome(NoiseKind.Signature, $"{r.Pick("ملاحظات المحرر", "ملاحظة")}: {r.Pick("يُنشر في الصفحة الثالثة", "يُدمج مع خبر الأمس", "بانتظار تأكيد الأرقام")} — {StoryHeadChrome.Name(r)}");
        for (var i = 0; i < r.Between(1, 3); i++)
        {
            OtherSlug(p);
        }
    }
}
