namespace BlazorReader.Bench.Cleaning.TwentySixth;

// A Quran and tafsir app's news tab: the reference card of the verse of the day (sura, aya,
// juz, reciter), tafsir tabs, copy and play buttons, the reading streak. A verse the story
// itself quotes, with its reference in the sentence, stays body; the app's card does not.
internal static class QuranApp
{
    // Each sura with its count of ayat and the juz it opens in: a card's numbers must agree.
    private static readonly (string Name, int Ayat, int Juz)[] Suras =
        [("البقرة", 286, 1), ("آل عمران", 200, 3), ("النساء", 176, 4), ("الكهف", 110, 15), ("يس", 83, 22), ("الرحمن", 78, 27), ("الملك", 30, 29)];
    private static readonly string[] Reciters = ["مشاري العفاسي", "عبدالباسط عبدالصمد", "ماهر المعيقلي", "سعد الغامدي", "محمود خليل الحصري"];

    public static void Dress(PageDraft p)
    {
        var r = p.R;
        var (sura, ayat, juz) = r.Pick(Suras);
        string[] card = r.Next(3) switch
        {
            0 => [$"آية اليوم · سورة {sura} · الآية {r.Number(r.Between(1, ayat))}", $"الجزء {r.Number(juz)} — الحزب {r.Number(juz * 2 - 1)}"],
            1 => [$"﴿ {sura}: {r.Number(r.Between(1, ayat))} ﴾ ▶ {r.Pick(Reciters)}"],
            _ => [$"وردك اليوم: {r.Number(r.Between(2, 20))} صفحات | أكملت {Stamps.Digits(r, $"{r.Between(5, 95)}%")}"],
        };
        p.Top(Chunk.Noise(NoiseKind.Caption, card));
        p.Head(Chunk.Noise(NoiseKind.Share, r.Pick("التفسير الميسر | ابن كثير | السعدي | الطبري", "المصحف · التفسير · الأخبار · الأذكار", "📖 القراءة  🎧 الاستماع  📰 أخبار")));
        p.Tail(Chunk.Noise(NoiseKind.Share, r.Pick("نسخ الآية | مشاركة | إضافة علامة", "▶ تشغيل بصوت القارئ · تكرار الآية ×3", "🔖 حفظ  📋 نسخ  ↗ مشاركة")));
        if (r.Chance(0.5))
        {
            p.Tail(Chunk.Noise(NoiseKind.Caption, $"القارئ: {r.Pick(Reciters)} · رواية حفص عن عاصم"));
        }
        if (r.Chance(0.5))
        {
            p.Tail(Chunk.Noise(NoiseKind.Counter, r.Pick($"🔥 {r.Number(r.Between(2, 120))} يوماً متتالية", $"ختمات هذا الشهر: {r.Number(r.Between(1, 4))}", $"قرأها اليوم {Stamps.Count(r)} مستخدم")));
        }
        if (r.Chance(0.5))
        {
            p.Inside(Chunk.Own(r.Pick(
                $"واستهل الحفل بتلاوة آيات من الذكر الحكيم من سورة {sura} تلاها القارئ {r.Pick(Reciters)}.",
                "يقول الله تعالى في سورة الحجرات: ﴿يَا أَيُّهَا النَّاسُ إِنَّا خَلَقْنَاكُمْ مِنْ ذَكَرٍ وَأُنْثَى﴾ (الآية 13).",
                $"وتضم المسابقة {r.Number(r.Between(3, 8))} فروع، أولها حفظ القرآن الكريم كاملاً مع التجويد والتفسير.")));
        }
    }
}
