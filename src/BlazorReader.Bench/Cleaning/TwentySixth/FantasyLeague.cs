namespace BlazorReader.Bench.Cleaning.TwentySixth;

// A fantasy-league or prediction game's news tab: the player's points and rank over the story,
// the captain pick and the deadline countdown, «توقع النتيجة» buttons, the game's own teasers.
// A score or a transfer fee the story reports stays body.
internal static class FantasyLeague
{
    public static void Dress(PageDraft p)
    {
        var r = p.R;
        p.Top(Chunk.Noise(NoiseKind.Counter, r.Next(3) switch
        {
            0 => $"نقاطك: {r.Number(r.Between(20, 98))} · الترتيب {r.Number(r.Between(1000, 400000))}",
            1 => $"الجولة {r.Number(r.Between(1, 30))} | {r.Number(r.Between(20, 98))} نقطة | الكابتن: {Names.Person(r)} (×2)",
            _ => $"⏳ ينتهي موعد التبديلات خلال {r.Number(r.Between(1, 47))}س {r.Number(r.Between(0, 59))}د",
        }));
        if (r.Chance(0.6))
        {
            p.Inside(Chunk.Noise(NoiseKind.Share, r.Pick("توقع النتيجة: 1 | X | 2", "اختره كابتن ⭐  أضفه إلى فريقك ＋", "🔮 توقّع الآن واربح نقاطاً مضاعفة")));
        }
        if (r.Chance(0.5))
        {
            p.Tail(Chunk.Noise(NoiseKind.Counter, $"اختاره {Stamps.Digits(r, $"{r.Between(1, 60)}.{r.Between(0, 9)}%")} من المدربين · السعر {Stamps.Digits(r, $"{r.Between(4, 13)}.{r.Between(0, 9)}")}م"));
        }
        if (r.Chance(0.5) && Teasers.Block(p, r.Pick("أخبار الفانتازي", "قبل الجولة القادمة"), (t, i) => $"{r.Pick("🟢", "🔴", "🟡")} {t}") is { } news)
        {
            p.Tail(news);
        }
        p.Tail(Chunk.Noise(NoiseKind.Footer, r.Pick("اللعب النظيف · قوانين الدوري · الأسئلة الشائعة", "الدوري الخاص: انضم برمز الدعوة", "تطبيق الفانتازي الرسمي — جميع الحقوق محفوظة")));
        if (r.Chance(0.4))
        {
            p.Inside(Chunk.Own(r.Pick(
                $"وانتهت المباراة بفوز الفريق {r.Number(r.Between(1, 4))}-{r.Number(r.Between(0, 1))}، ليرفع رصيده إلى {r.Number(r.Between(10, 60))} نقطة.",
                $"وبلغت قيمة انتقال اللاعب {r.Number(r.Between(2, 40))} مليون ريال بعقد يمتد ثلاثة مواسم.",
                "النتيجة النهائية: 2-1.")));
        }
    }
}
