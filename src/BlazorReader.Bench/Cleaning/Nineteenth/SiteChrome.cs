namespace BlazorReader.Bench.Cleaning.Nineteenth;

// The site's own lines on a multilingual portal: a language switcher, topic chips built from
// the story's words, and a rights line in new wording.
public static class SiteChrome
{
    public static void LanguageSwitcher(PageSheet s)
    {
        var r = s.R;
        string[] names = ["العربية", "English", "Français", "اردو", "Türkçe", "Bahasa", "فارسی", "Español"];
        string[] codes = ["ع", "EN", "FR", "UR", "TR", "ID", "FA"];
        s.Piece(NoiseKind.Footer, r.Next(3) switch
        {
            0 => string.Join(r.Pick(" | ", " · ", "  ", " / "), names.Take(r.Between(3, 8))),
            1 => string.Join(" ", codes.Take(r.Between(3, 7))) + (r.Chance(0.5) ? " 🌐" : ""),
            _ => r.Pick("اختر اللغة", "اللغة", "Language") + r.Separator(":") + "العربية ▾" + (r.Chance(0.5) ? "\n" + r.Pick("تغيير الخط", "A+ A-", "Aa") : ""),
        });
    }

    public static void Topics(PageSheet s)
    {
        var r = s.R;
        var words = s.Story.Words;
        if (words.Count < 2)
        {
            return;
        }
        var chosen = words.OrderBy(_ => r.Next(99)).Take(r.Between(2, Math.Min(5, words.Count))).ToList();
        var head = r.Pick("مواضيع هذا الخبر", "تصنيفات", "ملفات متصلة", "اقرأ عن", "تابع موضوع");
        s.Piece(NoiseKind.Tags, r.Next(3) switch
        {
            0 => head + r.Separator(":") + string.Join(r.Pick(" · ", "، ", " | ", "  "), chosen),
            1 => string.Join(" ", chosen.Select(w => "#" + w.Replace(' ', '_'))),
            _ => head + "\n" + string.Join('\n', chosen.Select(w => r.Pick("+ ", "◦ ", "[", "") + w + r.Pick(" +", "", "]"))),
        });
    }

    public static void Rights(PageSheet s)
    {
        var r = s.R;
        var owner = r.Pick("مؤسسة", "دار", "شركة", "مجموعة") + " " + r.Pick(DressingPools.Papers) + " " + r.Pick("للصحافة والنشر", "للإعلام", "الإعلامية");
        var year = Ink.Digits(r, "2015");
        s.Piece(NoiseKind.Footer, r.Next(3) switch
        {
            0 => "© " + year + " " + owner + r.Separator("—", "|", ".") + r.Pick("يُمنع النقل دون إذن مكتوب", "جميع الحقوق محفوظة"),
            1 => r.Pick("الآراء الواردة تعبّر عن أصحابها", "سياسة الخصوصية · شروط الاستخدام · اتصل بنا") + "\n" + Ink.Stretch(r, owner) + " " + year,
            _ => r.Pick("حقوق النشر", "الحقوق") + " " + year + r.Pick(" © ", " ") + owner,
        });
    }
}
