namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// A clipboard manager's history: the app bar and search box, pinned clips, the story as one
// entry among short clips, each entry stamped with its source app and age.
internal sealed class ClipboardHistoryFrame : Frame
{
    private static string Stamp(DressingRandom r) =>
        $"{r.Pick("نُسخ من", "من", "Copied from")} {r.Pick("Chrome", "Safari", "واتساب", "Word", "تويتر", "Telegram")}{r.Pick(" · ", " — ", " | ")}{r.Pick($"منذ {r.Number(r.Between(1, 59))} د", $"منذ {r.Number(r.Between(1, 9))} س", "الآن", "أمس")}";

    private static string ShortClip(DressingRandom r) => r.Pick(
        $"05{r.Letters(8, "0123456789")}", $"https://{r.Pick("maps.app.goo.gl", "bit.ly", "t.me")}/{r.Letters(8)}", r.Pick("رقم الطلب", "كود الخصم", "Order") + " #" + r.Letters(6, "0123456789"),
        r.Pick("موعد الاجتماع الساعة ١٠", "العنوان: حي النرجس، شارع ١٢", "تم التحويل بنجاح"));

    public override void Head(Page p)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Footer, r.Pick("الحافظة", "سجل الحافظة", "Clipboard", "مدير الحافظة"), r.Pick("ابحث في المقاطع المنسوخة…", "🔍 بحث", "Search clips"));
        if (r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Footer, r.Pick("📌 مثبّت", "المثبتة", "Pinned"), ShortClip(r));
            if (r.Chance(0.5) && p.OtherStory() is { } pinned)
            {
                p.Piece(new NoisePiece(NoiseKind.Teaser, [pinned, Stamp(r)]) { Teasers = [pinned] });
            }
        }
        p.Chrome(NoiseKind.Footer, r.Pick("الأحدث", "اليوم", "Recent"));
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Footer, ShortClip(r), Stamp(r));
        }
        p.Chrome(NoiseKind.Counter, $"{Stamp(r)}{r.Pick("", " · " + r.Number(r.Between(800, 4200)) + " حرفاً", " · نص طويل")}");
    }

    public override void Tail(Page p, IReadOnlyList<StoryLine> story)
    {
        var r = p.R;
        for (var i = 0; i < r.Between(1, 3); i++)
        {
            if (r.Chance(0.4) && p.OtherStory() is { } other)
            {
                p.Piece(new NoisePiece(NoiseKind.Teaser, [other, Stamp(r)]) { Teasers = [other] });
            }
            else
            {
                p.Chrome(NoiseKind.Footer, ShortClip(r), Stamp(r));
            }
        }
        p.Chrome(NoiseKind.Footer, r.Pick("مسح السجل", "حذف الكل · الإعدادات", "Clear all"));
    }
}
