namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// What closes any page: source credits, more-links, tags, teaser blocks under new headers,
// share rows, counters, sign-offs and footers, in new wordings.
internal static class TailChrome
{
    private static readonly string[] TeaserHeads =
    [
        "المزيد من الأخبار", "من نفس القسم", "قد يعجبك أيضاً", "قد يهمك كذلك", "أخبار ذات علاقة", "تابع أيضاً",
        "الأكثر قراءة اليوم", "مواضيع مشابهة", "اخترنا لك", "في السياق نفسه", "لا تفوّت", "المزيد من {0}",
    ];

    private static readonly string[] Sections = ["محليات", "اقتصاد", "رياضة", "المنطقة", "دوليات", "صحة", "تعليم", "الأخبار"];

    public static void Credit(Page p, Story s)
    {
        var r = p.R;
        var source = r.Chance(0.6) ? r.Pick(DressingPools.Agencies) : r.Pick(DressingPools.Papers);
        var line = r.Next(5) switch
        {
            0 => $"{r.Pick("المصدر", "مصدر الخبر", "الخبر منقول عن")}: {source}",
            1 => $"(المصدر{r.Separator("-", ":", "|")}{source})",
            2 => $"{r.Pick("نقلاً عن", "بالتعاون مع", "عن")} «{source}»",
            3 => $"حقوق الخبر{r.Separator(":", "-")}{source}",
            _ => $"{source} {r.Pick("- خدمة الأخبار", "/ الخدمة الإخبارية", "• المصدر")}",
        };
        p.Add(new NoisePiece(NoiseKind.Credit, [line]) { Credit = source });
    }

    public static void MoreLink(Page p) => p.Add(NoiseKind.MoreLink, MoreLinkText(p.R));

    public static string MoreLinkText(DressingRandom r) => r.Pick(
        "التفاصيل كاملة من هنا", "تابع القراءة على الموقع", "رابط المادة الأصلية", "لمتابعة بقية التفاصيل اضغط الرابط",
        "أكمل القراءة »", "النص الكامل في الرابط", "اقرأ النص الكامل ←", "شاهد التفاصيل") + (r.Chance(0.3) ? $" https://{r.Letters(5).ToLowerInvariant()}.com/n/{r.Between(1000, 99999)}" : "");

    public static void Tags(Page p)
    {
        var r = p.R;
        string[] words = [r.Pick("الرياض", "جدة", "التعليم", "الصحة", "المرور"), r.Pick("السعودية", "أخبار محلية", "الاقتصاد", "قرارات"), r.Pick("عاجل", "تقارير", "المجتمع", "المواطن")];
        var line = r.Next(4) switch
        {
            0 => $"{r.Pick("الوسوم", "كلمات مفتاحية", "مواضيع")}: {string.Join(r.Pick("، ", " - ", " / ", " · "), words)}",
            1 => string.Join(" ", words.Select(w => "#" + w.Replace(' ', '_'))),
            2 => $"ذات صلة بـ{r.Pick(":", "")} {string.Join(" | ", words)}",
            _ => $"🏷 {string.Join("، ", words)}",
        };
        p.Add(NoiseKind.Tags, line);
    }

    public static void Teasers(Page p, Story s)
    {
        var r = p.R;
        var titles = s.OtherTitles(r, r.Between(2, 5));
        if (titles.Count == 0)
        {
            return;
        }
        var head = string.Format(null, r.Pick(TeaserHeads), r.Pick(Sections));
        var bullet = r.Pick("", "", "• ", "- ", "» ", "◄ ", "▪ ");
        List<string> lines = r.Chance(0.85) ? [head] : [];
        foreach (var t in titles)
        {
            lines.Add(bullet + t);
            if (r.Chance(0.2))
            {
                lines.Add(r.Pick($"منذ {r.Number(r.Between(2, 23))} ساعة", Stamps.Date(r, s.Date.AddDays(-r.Next(4)))));
            }
        }
        p.Add(new NoisePiece(NoiseKind.Teaser, lines) { Teasers = titles });
    }

    public static void ReadAlso(Page p, Story s)
    {
        var r = p.R;
        var title = s.OtherTitle(r);
        if (title is null)
        {
            return;
        }
        var line = r.Next(4) switch
        {
            0 => $"{r.Pick("ذو صلة", "اقرأ كذلك", "طالع أيضاً", "للمزيد")}{r.Separator(":", "←", "|", "»")}{title}",
            1 => $"[{r.Pick("اقرأ أيضاً", "مرتبط")}] {title}",
            2 => $"👈 {title}",
            _ => title + " (اقرأ أيضاً)",
        };
        p.Add(new NoisePiece(NoiseKind.ReadAlso, [line]) { Teasers = [title] });
    }

    public static void Share(Page p)
    {
        var r = p.R;
        string[] nets = ["واتساب", "تيليجرام", "إكس", "فيسبوك", "نسخ الرابط", "البريد"];
        var chosen = nets.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5));
        p.Add(NoiseKind.Share, $"{r.Pick("شارك عبر", "أرسل إلى", "مشاركة", "انشر الخبر")}{r.Separator(":", "|")}{string.Join(r.Pick(" · ", " | ", "  ", " / "), chosen)}");
    }

    public static void Counter(Page p)
    {
        var r = p.R;
        p.Add(NoiseKind.Counter, r.Next(4) switch
        {
            0 => $"{r.Number(r.Between(40, 90000))} {r.Pick("مشاهدة", "قراءة", "زيارة")}",
            1 => Stamps.Digits(r, $"👁 {r.Between(40, 9000)}  💬 {r.Between(0, 90)}"),
            2 => $"{r.Pick("عدد التعليقات", "الإعجابات", "المشاركات")}: {r.Number(r.Between(0, 900))}",
            _ => $"قرأه {r.Number(r.Between(100, 9000))} {r.Pick("شخص", "قارئ")} {r.Pick("اليوم", "هذا الأسبوع")}",
        });
    }

    public static void Signature(Page p)
    {
        var r = p.R;
        var name = DressingPools.PersonName(r);
        p.Add(NoiseKind.Signature, r.Next(3) switch
        {
            0 => $"{name}{r.Separator("—", "-", "،")}{r.Pick(DressingPools.Cities)}",
            1 => $"للتواصل مع الكاتب: {r.Letters(6).ToLowerInvariant()}@{r.Pick("gmail.com", "hotmail.com", "news.sa")}",
            _ => $"* {r.Pick("مراسل", "محرر", "كاتب")} {r.Pick("الصحيفة", "الموقع")} {r.Pick("في ", "بـ")}{r.Pick(DressingPools.Cities)}",
        });
    }

    public static void Footer(Page p, Story s)
    {
        var r = p.R;
        var year = Stamps.Year(r, s.Date.Year);
        p.Add(NoiseKind.Footer, r.Next(4) switch
        {
            0 => $"{r.Pick("حقوق النشر", "كل الحقوق")} {r.Pick("لصحيفة", "لموقع", "لـ")} {s.Paper} {year}",
            1 => $"{r.Pick("من نحن", "اتصل بنا", "سياسة الخصوصية")} · {r.Pick("شروط الاستخدام", "أعلن معنا")} · {r.Pick("خريطة الموقع", "الأرشيف")}",
            2 => $"{s.Paper} {year}{r.Separator("|", "©", "-")}{r.Pick("يُمنع النسخ دون إذن", "النشر بإذن مسبق", "جميع الحقوق للناشر")}",
            _ => $"{r.Pick("تطبيق", "موقع")} {s.Paper} {r.Pick("على الجوال", "الإصدار")} {Stamps.Digits(r, $"{r.Between(2, 9)}.{r.Between(0, 12)}")}",
        });
    }
}
