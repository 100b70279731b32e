namespace BlazorReader.Bench.Cleaning.Fifteenth;

// The reading aids sites now add: a machine summary or «key points» box that restates the story
// in other words, a feedback question under it, a listen-to-the-article player and a
// read-in-another-language bar. The box says what the story says, so it is labelled a repeat.
internal static class SummaryBox
{
    // Verbs a summary swaps in for the story's own, so a bullet is never a copied line.
    private static readonly (string From, string To)[] Swaps =
    [
        ("أعلنت", "كشفت"), ("أعلن", "كشف"), ("قال", "أوضح"), ("أكد", "شدّد"), ("أكدت", "شدّدت"), ("أوضح", "بيّن"),
        ("أوضحت", "بيّنت"), ("أضاف", "أشار"), ("يأتي", "جاء"), ("تم", "جرى"), ("شهدت", "سجّلت"),
    ];

    public static void Dress(PageDraft page, DressingRandom r)
    {
        var points = Points(r, page.SourceLines, r.Between(2, 4));
        if (points.Count >= 2 && r.Chance(0.8))
        {
            var head = r.Pick("ملخص بالذكاء الاصطناعي", "✨ ملخص المقال (AI)", "النقاط الرئيسية", "باختصار", "أهم ما في الخبر", "الخلاصة في نقاط");
            var bullet = r.Pick("• ", "- ", "✔ ", "");
            var box = new List<string> { head };
            box.AddRange(points.Select(p => bullet + p));
            page.Add(r.Chance(0.7) ? Zone.Top : Zone.Tail, NoiseKind.Repeat, box);
            if (r.Chance(0.6))
            {
                page.Add(Zone.Tail, NoiseKind.Footer, [r.Pick("هل كان هذا الملخص مفيداً؟ نعم لا", "هل كان الملخص مفيدا؟ 👍 👎", "تم إنشاء هذا الملخص آلياً وقد يتضمن أخطاء. هل كان مفيداً؟ نعم | لا")]);
            }
        }
        if (r.Chance(0.55))
        {
            var minutes = r.Number(r.Between(1, 7));
            page.Add(Zone.Top, NoiseKind.Counter, [r.Pick($"استمع إلى المقال {minutes} دقائق", $"▶ استمع إلى هذا الخبر ({PageWords.Digits(r, $"0{r.Between(1, 6)}:{r.Between(10, 59)}")})", $"🎧 استمع · {minutes} د", $"وقت القراءة: {minutes} دقائق")]);
        }
        if (r.Chance(0.4))
        {
            page.Add(r.Chance(0.5) ? Zone.Top : Zone.Tail, NoiseKind.MoreLink, [r.Pick("اقرأ بلغة أخرى: English | Français | Türkçe", "اقرأ هذا الخبر بالإنجليزية", "🌐 Read in English", "متوفر أيضاً بـ: English · اردو")]);
        }
        if (r.Chance(0.3))
        {
            page.Add(Zone.Top, NoiseKind.Footer, [r.Pick("حجم الخط: أ- أ أ+", "A- A A+ | الوضع الليلي", "تكبير الخط | تصغير الخط | طباعة")]);
        }
    }

    // Bullets from the story's own paragraphs: the first clause alone, its opening «and» dropped
    // and a verb swapped, as a summary writes it; a paragraph with no short clause gives none.
    private static List<string> Points(DressingRandom r, IReadOnlyList<string> lines, int count)
    {
        var points = new List<string>();
        foreach (var line in lines.Where(l => l.Length > 60 && char.IsLetter(l[0])).OrderBy(_ => r.Next(100)))
        {
            var end = line.IndexOfAny(['،', '؛', '.', ':', '!', '؟']);
            var words = (end > 0 ? line[..end] : line).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (words.Count > 0 && words[0] is "وقد" or "كما" or "وأخيرا" or "وفيما" or "بينما")
            {
                words.RemoveAt(0);
            }
            if (words.Count is < 6 or > 22)
            {
                continue;
            }
            var first = words[0];
            words[0] = first is "وقال" or "وقالت" or "وأكد" or "وأكدت" or "وأضاف" or "وأضافت" or "وأوضح" or "وأوضحت" or "وأشار" or "وأشارت" or "وكان" or "وكانت"
                || first.Length >= 4 && first[0] == 'و' && first[1] is 'ي' or 'ت' or 'و' or 'أ' ? first[1..] : first;
            words = [.. words.Select(w => Swaps.FirstOrDefault(s => s.From == w).To ?? w)];
            var point = string.Join(' ', words) + ".";
            if (!lines.Contains(point))
            {
                points.Add(point);
            }
            if (points.Count == count)
            {
                break;
            }
        }
        return points;
    }
}
