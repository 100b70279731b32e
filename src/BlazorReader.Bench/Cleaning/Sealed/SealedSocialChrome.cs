namespace BlazorReader.Bench.Cleaning.Sealed;

// Share buttons, follow and join calls, the tags under a story, and links to the full story:
// the lines channels, pages and portals print to keep a reader with them.
internal static class SealedSocialChrome
{
    public static NoisePiece Share(DressingRandom r)
    {
        var networks = Enumerable.Range(0, r.Between(2, 5)).Select(_ => r.Pick(SealedWords.Networks)).Distinct().ToList();
        List<string> lines = r.Next(7) switch
        {
            0 => [r.Pick("شارك عبر", "انشر على", "مشاركة الخبر", "شاركها") + SealedWords.Sep(r, ":", "") + string.Join(r.Pick(" ", " | ", " - ", "، "), networks)],
            1 => [SealedWords.Icon(r, "📲", "👈", "✅", "🔔") + r.Pick("انضم إلى قناتنا على", "اشترك في قناتنا على", "تابع قناتنا في", "للاشتراك في قناة") + " " + r.Pick("تلغرام", "تيليجرام", "واتساب", "يوتيوب")
                + r.Pick("", ":", " 👇")],
            2 => [r.Pick("تابعونا على", "تابعوا", "لمتابعة آخر الأخبار تابعونا عبر") + " " + string.Join(r.Pick(" و", " | ", "، "), networks)],
            3 => [r.Pick("أرسل لصديق", "طباعة", "حفظ", "إرسال") + r.Pick(" | ", "  ", " - ") + r.Pick("تكبير الخط", "تصغير الخط", "نسخ الرابط") + r.Pick("", " | نسخ الرابط", " | أ+ أ-")],
            4 => [.. SealedLinks.MaybeBroken(r, SealedWords.Icon(r, "👈", "⬅️", "🔗") + r.Pick("رابط القناة", "قناتنا", "انضم", "للانضمام") + SealedWords.Sep(r, ":", "") , SealedLinks.Channel(r))],
            5 => [r.Pick("اشترك في النشرة البريدية", "سجل بريدك ليصلك جديدنا", "اشترك ليصلك ملخص اليوم"), r.Pick("البريد الإلكتروني", "أدخل بريدك", "اشتراك")],
            _ => [r.Pick("أعجبني", "👍 أعجبني") + r.Pick(" · ", " ", "  ") + r.Pick("تعليق", "💬 تعليق") + r.Pick(" · ", " ", "  ") + r.Pick("مشاركة", "↪ مشاركة")],
        };
        return new NoisePiece(NoiseKind.Share, [.. lines.Select(l => r.Scuff(l, 0.2))]);
    }

    public static NoisePiece Tags(DressingRandom r, IReadOnlyList<string> words, bool glued)
    {
        var hashtags = r.Chance(0.45) || glued;
        var picked = words.Take(r.Between(2, 5)).Select(w => hashtags ? "#" + w.Replace(' ', '_') : w).ToList();
        if (glued)
        {
            return new NoisePiece(NoiseKind.Tags, [string.Join(' ', picked)], Glued: true);
        }
        var joined = string.Join(hashtags ? r.Pick(" ", "  ", " ") : r.Pick("، ", " | ", " - ", " • ", " ,"), picked);
        var line = r.Chance(0.75) ? r.Pick("الوسوم", "كلمات مفتاحية", "الكلمات الدلالية", "مواضيع", "تصنيفات", "Tags", "🏷") + SealedWords.Sep(r, ":", "") + joined : joined;
        return new NoisePiece(NoiseKind.Tags, [r.Scuff(line)]);
    }

    public static NoisePiece MoreLink(DressingRandom r, bool glued)
    {
        var label = SealedWords.Icon(r, "⬅️", "👈", "🔗", "»") + r.Pick("التفاصيل", "للمزيد", "تابع القراءة", "اقرأ الخبر كاملاً", "الخبر كاملا على الرابط", "المزيد على موقعنا", "تفاصيل أوفى", "رابط المصدر");
        if (glued)
        {
            return new NoisePiece(NoiseKind.MoreLink, [label + r.Pick("...", "", " »", " ←")], Glued: true);
        }
        var url = r.Chance(0.6) ? SealedLinks.Story(r) : SealedLinks.Short(r);
        List<string> lines = r.Next(3) switch
        {
            0 => SealedLinks.MaybeBroken(r, label + SealedWords.Sep(r, ":", "", "←", ">>"), url),
            1 => [label + r.Pick(":", " 👇", ""), .. SealedLinks.MaybeBroken(r, "", url)],
            _ => [r.Pick("للاطلاع على التفاصيل اضغط هنا", "اضغط هنا لقراءة المزيد", "اضغط على الرابط", "اقرأ المزيد")],
        };
        return new NoisePiece(NoiseKind.MoreLink, lines);
    }
}
