namespace BlazorReader.Bench.Cleaning.TwentySixth;

// A mosque and sermon platform that carries news under its khutba cards: the card (imam,
// mosque, Hijri date, duration), listen and download buttons, listeners' counts and other
// sermons listed. A verse the story quotes stays body; the card's verse reference does not.
internal static class SermonPlatform
{
    // Imams' names apart from the shared pool, which mixes men's and women's names.
    private static readonly string[] Imams = ["عبدالله الجهني", "سعود الشريم", "خالد الغامدي", "صالح بن حميد", "ماهر المعيقلي", "عبدالرحمن السديس", "فيصل غزاوي"];

    private static readonly string[] Mosques = ["جامع الملك خالد", "جامع الراجحي", "مسجد قباء", "جامع الإمام تركي بن عبدالله", "المسجد الكبير"];

    public static void Dress(PageDraft p)
    {
        var r = p.R;
        var imam = "الشيخ " + r.Pick(Imams);
        string[] card = r.Next(3) switch
        {
            0 => [$"الخطيب: {imam}", $"{r.Pick(Mosques)} — {r.Pick(DressingPools.Cities)}"],
            1 => [$"{imam} | {r.Pick(Mosques)}"],
            _ => [$"إمام وخطيب {r.Pick(Mosques)}: {imam}"],
        };
        p.Head(Chunk.Noise(NoiseKind.Byline, card));
        p.Head(Chunk.Noise(NoiseKind.Dateline, r.Pick(
            $"الجمعة {Stamps.Hijri(r)} الموافق {Stamps.Date(r, Stamps.DayOf(r, p.Article))}",
            $"{Stamps.Hijri(r)} · مدة الخطبة {Stamps.Digits(r, $"{r.Between(12, 35)}:{r.Between(0, 59):00}")} دقيقة",
            $"⏱ {Stamps.Digits(r, $"{r.Between(12, 35)}")} د  📅 {Stamps.Hijri(r)}")));
        p.Tail(Chunk.Noise(NoiseKind.Share, r.Pick("▶ استماع   ⬇ تحميل الخطبة (PDF)   ⬇ MP3", "تحميل الخطبة | نسخ الرابط | إرسال عبر واتساب", "حفظ في المفضلة · مشاركة الخطبة · طباعة")));
        if (r.Chance(0.6))
        {
            p.Tail(Chunk.Noise(NoiseKind.Counter, $"{r.Pick("استمع إليها", "حمّلها", "قرأها")} {Stamps.Count(r)} {r.Pick("مستخدم", "شخص", "مرة")}"));
        }
        if (r.Chance(0.5) && Teasers.Block(p, r.Pick("خطب ذات صلة", "من خطب الجمعة السابقة"), (t, _) => $"🕌 {t}") is { } others)
        {
            p.Tail(others);
        }
        if (r.Chance(0.4))
        {
            p.Tail(Chunk.Noise(NoiseKind.Tags, $"التصنيف: {r.Pick("خطب الجمعة", "المناسبات", "الأسرة والمجتمع")} / {r.Pick("عام " + r.Number(1436), "الأرشيف")}"));
        }
        if (r.Chance(0.5))
        {
            p.Inside(Chunk.Own(r.Pick(
                "وقال الخطيب في خطبته: «إن الأمن نعمة عظيمة تستوجب الشكر»، مستشهداً بقوله تعالى: ﴿فَلْيَعْبُدُوا رَبَّ هَذَا الْبَيْتِ﴾.",
                "وتناولت الخطبة فضل صلة الرحم والإحسان إلى الجيران.",
                "قال رسول الله صلى الله عليه وسلم: «المسلم من سلم المسلمون من لسانه ويده».")));
        }
    }
}
