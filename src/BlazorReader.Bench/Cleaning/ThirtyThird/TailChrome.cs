namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// Chrome below and inside the story, in this catalogue's wordings: credits naming the source,
// signatures, tags, «اقرأ أيضاً» lines and blocks, teasers of other stories from the pools,
// more-links, footers, and captions with their photo credits.
internal static class TailChrome
{
    public static string MoreLink(Story s, DressingRandom r) => r.Next(5) switch
    {
        0 => r.Pick("...المزيد", "… المزيد", "..للمزيد", "المزيد..."),
        1 => $"{r.Pick("اقرأ المزيد", "تابع القراءة", "التفاصيل كاملة")} {r.Pick("على موقع", "في", "عبر")} {s.Paper}{r.Pick(" »", " ←", "")}",
        2 => $"{r.Pick("للمزيد", "التفاصيل", "الخبر كاملاً")}: https://{s.Slug()}.{r.Pick("com", "net", "sa")}/{r.Pick("news", "article", "p")}/{r.Between(10000, 999999)}",
        3 => r.Pick("تابع التفاصيل ←", "اضغط هنا لقراءة الخبر كاملاً", "« أكمل القراءة »"),
        _ => $"{r.Pick("Read more", "المزيد")} ›",
    };

    public static (string Line, string Source) Credit(Story s, DressingRandom r)
    {
        var source = r.Chance(0.5) ? s.Agency : r.Chance(0.5) ? s.Paper : r.Pick("Reuters", "AFP", "AP");
        var line = r.Next(6) switch
        {
            0 => $"{r.Pick("المصدر", "المصدر:", "مصدر الخبر")} {source}",
            1 => $"{r.Pick("نقلاً عن", "نقلا عن", "عن")} {source}{r.Pick(" بتصرف", " (بتصرف)", "")}",
            2 => $"{r.Pick("ترجمة", "ترجمة وتحرير")}: {DressingPools.PersonName(r)}{r.Pick(" عن ", " - ", " نقلاً عن ")}{(source = r.Pick("Reuters", "AFP", "AP", "بلومبرغ", "الغارديان", "نيويورك تايمز"))}",
            3 => $"({source}){r.Pick("", " بتصرف")}",
            4 => $"{r.Pick("—", "-", "•")} {source}{r.Pick(" / خدمة إخبارية", "", " — بتصرف")}",
            _ => $"{r.Pick("حقوق الخبر", "الخبر منشور في")}{r.Pick(": ", " ")}{source}",
        };
        return (line, source);
    }

    public static IReadOnlyList<string> Signature(Story s, DressingRandom r)
    {
        var mail = r.Pick("news", "editor", "desk", "info") + r.Pick("", r.Between(1, 99).ToString(System.Globalization.CultureInfo.InvariantCulture)) + "@" + s.Slug() + "." + r.Pick("com", "sa", "net");
        return r.Next(4) switch
        {
            0 => [$"{s.Author}{r.Pick("، ", " - ", " ـ ")}{s.City}"],
            1 => [s.Author, mail],
            2 => [$"{r.Pick("المحرر", "تحرير", "مراجعة")}: {s.Author}{r.Pick(" | ", " – ")}{mail}"],
            _ => [$"{r.Pick("✍️ ", "* ", "")}{s.Author}", $"{r.Pick("محرر", "مراسل", "رئيس قسم")} {r.Pick("الأخبار المحلية", "الشؤون الاقتصادية", "الرياضة")}{r.Pick(" – ", " في ")}{s.Paper}"],
        };
    }

    public static string Tags(Story s, DressingRandom r)
    {
        // Definite nouns of the title read as topics; the rest from a desk's topic list.
        var words = (s.Title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 6 && w.StartsWith("ال", StringComparison.Ordinal) && w.All(char.IsLetter)).Distinct().Take(2).ToList();
        words.AddRange(new[] { s.City, "أخبار محلية", "السعودية", "اقتصاد", "التعليم", "الصحة", "رياضة" }.OrderBy(_ => r.Next(9)).Take(r.Between(1, 3)));
        return r.Chance(0.5)
            ? string.Join(" ", words.Select(w => "#" + w.Replace(' ', '_')))
            : r.Pick("الوسوم", "الكلمات الدلالية", "وسوم", "كلمات مفتاحية") + r.Pick(": ", " ", " | ") + string.Join(r.Pick("، ", " - ", " | ", " • "), words);
    }

    public static string ReadAlsoLabel(DressingRandom r) => r.Pick("اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضاً", "ذات صلة", "قد يهمك", "طالع أيضاً");

    public static (IReadOnlyList<string> Lines, List<string> Teasers) ReadAlsoBlock(Story s, DressingRandom r)
    {
        var titles = s.Others(r.Between(2, 3));
        var bullet = r.Pick("• ", "- ", "◄ ", "", "» ");
        List<string> lines = [ReadAlsoLabel(r) + r.Pick(":", "", " ↓")];
        lines.AddRange(titles.Select(t => bullet + t));
        return (lines, titles);
    }

    // Other stories' titles or leads under a header, with times, categories, bullets or numbers.
    public static (IReadOnlyList<string> Lines, List<string> Teasers) Teasers(Story s, DressingRandom r)
    {
        var leads = r.Chance(0.25);
        var items = s.Others(r.Between(2, 5), leads);
        var header = r.Pick("الأكثر قراءة", "آخر الأخبار", "أخبار متعلقة", "في الشأن نفسه", "الأكثر تداولاً", "من أخبار اليوم", "Trending الآن");
        List<string> lines = r.Chance(0.85) ? [header] : [];
        var style = r.Next(4);
        for (var i = 0; i < items.Count; i++)
        {
            var when = r.Pick(Story.Ago(r), Story.Ago(r), s.Clock(), "أمس");
            lines.Add(style switch
            {
                0 => r.Number(i + 1) + r.Pick(". ", "- ", ") ") + items[i],
                1 => r.Pick("رياضة", "اقتصاد", "محليات", "دوليات", "صحة") + r.Pick(" | ", " • ") + items[i],
                2 => items[i] + r.Pick(" — ", " · ", "  ") + when,
                _ => r.Pick("• ", "▪ ", "› ") + items[i],
            });
        }
        return (lines, items);
    }

    public static IReadOnlyList<string> Footer(Story s, DressingRandom r)
    {
        var year = Story.Plain(r, s.Date.Year);
        var all = new List<string>
        {
            r.Pick($"جميع الحقوق محفوظة © {year} {s.Paper}", $"© {year} {s.Paper}. كل الحقوق محفوظة", $"{s.Paper} {year} ©"),
            r.Pick($"حمّل تطبيق {s.Paper} على App Store وGoogle Play", $"تطبيق {s.Paper} متوفر الآن للآيفون والأندرويد", $"حمّل تطبيق {s.Paper} مجاناً"),
            $"{r.Pick("العنوان", "المقر")}: {s.City}{r.Pick("، ص.ب ", " - صندوق بريد ")}{Story.Plain(r, r.Between(1000, 99999))}",
            Parts.Some(r, r.Pick(" | ", " · ", " - "), 2, 4, "من نحن", "اتصل بنا", "سياسة الخصوصية", "أعلن معنا", "شروط الاستخدام"),
        };
        return [.. all.OrderBy(_ => r.Next(9)).Take(r.Between(1, 3))];
    }

    // A caption and its photo credit, in brackets or after a dash, sometimes on two lines.
    public static IReadOnlyList<string> Caption(Story s, DressingRandom r)
    {
        var what = $"{r.Pick("جانب من", "لقطة من", "صورة أرشيفية لـ", "من")} {r.Pick("الاجتماع", "الحفل", "الموقع", "المؤتمر الصحفي", "الزيارة", "الجلسة")}{r.Pick(" في " + s.City, "", " أمس")}";
        var credit = $"{r.Pick("تصوير", "الصورة", "عدسة")}{r.Pick(": ", " ")}{r.Pick(DressingPools.PersonName(r), s.Agency, r.Pick(DressingPools.LatinAgencies))}";
        return r.Next(3) switch
        {
            0 => [$"{what} ({credit})"],
            1 => [$"{what} — {credit}"],
            _ => [r.Pick("📷 ", "▲ ", "") + what, credit],
        };
    }
}
