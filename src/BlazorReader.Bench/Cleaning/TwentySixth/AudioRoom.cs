namespace BlazorReader.Bench.Cleaning.TwentySixth;

// A social audio room's page carrying the story it discussed: the room's hosts and speakers,
// listeners' counts, «ارفع يدك» and join buttons, the recording's length and when it ran.
internal static class AudioRoom
{
    public static void Dress(PageDraft p)
    {
        var r = p.R;
        p.Head(Chunk.Noise(NoiseKind.Byline, r.Next(3) switch
        {
            0 => $"المضيف: {Names.Person(r)} · المتحدثون: {Names.Person(r)}، {Names.Person(r)}",
            1 => $"🎙 {Names.Person(r)} (مضيف) + {r.Number(r.Between(2, 8))} متحدثين",
            _ => $"يتحدث الآن: {Names.Person(r)}",
        }));
        p.Head(Chunk.Noise(NoiseKind.Counter, r.Pick(
            $"🔴 مباشر · {Stamps.Count(r)} مستمع",
            $"{Stamps.Count(r)} يستمعون الآن",
            $"استمع إليها {Stamps.Count(r)} · المدة {Stamps.Digits(r, $"{r.Between(1, 3)}:{r.Between(0, 59):00}:{r.Between(0, 59):00}")}")));
        p.Tail(Chunk.Noise(NoiseKind.Share, r.Pick("✋ ارفع يدك   🔗 شارك الغرفة   🔔 ذكّرني", "انضم إلى الغرفة | غادر بهدوء", "طلب التحدث · إرسال تفاعل 💯 · نسخ الرابط")));
        if (r.Chance(0.5))
        {
            p.Tail(Chunk.Noise(NoiseKind.Dateline, $"{r.Pick("انتهت الغرفة", "سُجلت", "بدأت")} {Stamps.Ago(r)} · {Stamps.Date(r, Stamps.DayOf(r, p.Article))}"));
        }
        if (r.Chance(0.4) && Teasers.Block(p, r.Pick("غرف قادمة", "تسجيلات مقترحة"), (t, _) => $"🎧 {t} · {Stamps.Time(r)}") is { } rooms)
        {
            p.Tail(rooms);
        }
        if (r.Chance(0.4))
        {
            p.Inside(Chunk.Own($"وشارك في النقاش أكثر من {r.Number(r.Between(3, 10))} آلاف مستمع عبر غرفة صوتية استضافها {r.Pick("الحساب الرسمي للوزارة", "النادي", "عدد من المختصين")} مساء أمس."));
        }
    }
}
