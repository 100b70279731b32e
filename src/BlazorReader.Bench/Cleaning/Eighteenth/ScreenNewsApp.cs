namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A smart-TV or car-dashboard news app read off its screen: the clock and weather strip,
// the section and the story's place in the queue, the remote's hints, the next story's
// title, the safety notice a car's screen shows.
internal sealed class ScreenNewsApp(OtherStories stories) : IPageFamily
{
    public void Dress(DressingRandom r, PageDraft page)
    {
        var car = r.Chance(0.4);
        if (r.Chance(0.7))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Footer, Ink.Row(r, Ink.Some(r, [
                Ink.Time(r),
                $"{Ink.Num(r, r.Between(24, 47))}°{r.Pick("", "C", "م")}",
                r.Pick(StoryWords.LocalCities),
                car ? r.Pick("🔋 ٨٢٪", "⛽ ٣٤٠ كم", "📶 LTE") : r.Pick("📶", "Wi-Fi", "🔇"),
            ], 2))));
        }
        page.Top(Furniture.Piece(r, NoiseKind.Tags, $"{r.Pick("◀ ", "‹ ", "")}{r.Pick("الأخبار", "أخبار", "موجز")}{r.Pick(" • ", " / ", " ▸ ")}{r.Pick("محليات", "اقتصاد", "رياضة", "منوعات", "العالم")}"));
        if (r.Chance(0.6))
        {
            var total = r.Between(6, 30);
            page.Top(Furniture.Piece(r, NoiseKind.Counter, r.Pick(
                $"{Ink.Num(r, r.Between(1, total))}/{Ink.Num(r, total)}",
                $"الخبر {Ink.Num(r, r.Between(1, total))} من {Ink.Num(r, total)}",
                $"{Ink.Num(r, r.Between(1, total))} من {Ink.Num(r, total)} ●○○○")));
        }
        if (page.Title is not null && r.Chance(0.7))
        {
            page.Top(Furniture.Headline(r, page));
            page.DropTitle = r.Chance(0.5);
        }
        if (r.Chance(0.4))
        {
            page.At(r.Between(0, Math.Min(1, page.Count)), Furniture.Piece(r, NoiseKind.Caption, r.Pick("🖼 صورة الخبر", "[صورة]", "صورة: أرشيفية", "▶ فيديو · ١:٢٤", "اضغط لعرض الصورة بالحجم الكامل")));
        }
        if (r.Chance(0.7))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, car
                ? r.Pick("لسلامتك، تتوقف القراءة أثناء القيادة", "القيادة بأمان: يمكنك الاستماع للخبر بدل قراءته", "تم إيقاف التمرير أثناء الحركة")
                : r.Pick("اضغط OK لقراءة الخبر كاملًا", "استخدم الأسهم ◀ ▶ للتنقل بين الأخبار", "اضغط الزر الأحمر للعودة إلى القائمة", "اضغط ⓘ لمزيد من الخيارات")));
        }
        if (r.Chance(0.6) && stories.Titles(r, page, 1) is [var next])
        {
            page.Bottom(Furniture.Teasers(r, NoiseKind.Teaser, [$"{r.Pick("الخبر التالي", "التالي", "يليه", "▶ التالي")}{r.Separator(":", "|", "›")}{next}"], [next]));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Share, Ink.Row(r, Ink.Some(r, ["🔊 استمع", "حفظ لوقت لاحق", "إرسال إلى الجوال", "تكبير النص"]))));
        }
    }
}
