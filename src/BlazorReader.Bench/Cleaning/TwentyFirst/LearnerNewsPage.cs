namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// Easy-Arabic news for learners: the level badge, the audio bar with its speeds, the word
// count, glossary lines under the story and the quiz link.
internal static class LearnerNewsPage
{
    public static void Dress(PageDraft d)
    {
        var r = d.R;
        d.Head(NoiseKind.Tags, r.Next(3) switch
        {
            0 => $"المستوى: {r.Pick("مبتدئ", "متوسط", "متقدم")} ({r.Pick("A2", "B1", "B2", "C1")})",
            1 => $"Level {r.Pick("A2", "B1", "B2")} · عربي مبسّط",
            _ => $"⭐⭐☆ مستوى {r.Number(r.Between(1, 5))} من {r.Number(5)}",
        });
        if (r.Chance(0.6))
        {
            d.Head(NoiseKind.Share, r.Pick("🔊 استمع · السرعة 0.75× · 1× · 1.25×", "▶ تشغيل الصوت (بطيء | عادي)", $"استمع للنص {PageWords.Dots(r)}إظهار التشكيل{PageWords.Dots(r)}ترجمة"));
        }
        if (r.Chance(0.5))
        {
            d.Head(NoiseKind.Counter, r.Pick($"عدد الكلمات: {r.Number(r.Between(120, 600))}", $"{r.Number(r.Between(120, 600))} كلمة · {r.Number(r.Between(2, 6))} دقائق"));
        }
        var words = PageWords.TitleWords(d.Title, r.Between(1, 3));
        if (words.Count > 0)
        {
            var gloss = words.Select(w => r.Pick($"{w} ({r.Pick("n.", "v.", "adj.")}) — {r.Pick("news", "decision", "meeting", "announcement", "result")}", $"• {w}: {r.Pick("مرادفها", "ضدها")} {r.Pick("جديد", "قرار", "لقاء", "نتيجة")}")).ToList();
            d.Tail(NoiseKind.Tags, [r.Pick("المفردات", "Glossary | المعجم", "كلمات الدرس:"), .. gloss]);
        }
        if (r.Chance(0.6))
        {
            d.Tail(NoiseKind.MoreLink, r.Pick("اختبر فهمك (3 أسئلة) ›", "ابدأ التمرين ←", "Take the quiz"));
        }
        if (r.Chance(0.2))
        {
            // Levels and words counted by the story are its own.
            d.StoryLine($"وتتكون المرحلة {r.Pick("الأولى", "الثانية")} من {r.Number(r.Between(3, 12))} مستويات، بحسب ما أعلنه {DressingPools.PersonName(r)}.");
        }
    }
}
