namespace BlazorReader.Bench.Cleaning.TwentySeventh;

// The chrome below a story, in new wordings: read-also lines, teaser blocks under headers such
// as «المزيد من …» or «قد يعجبك أيضاً», more-links like «رابط الخبر», tags, counters, share
// rows, signatures and footers; teasers are other corpus stories from the pools.
internal static class TailChrome
{
    private static readonly string[] TagWords = ["السعودية", "الرياض", "اقتصاد", "الصيف", "التعليم", "الصحة", "المرور", "رؤية المملكة"];

    public static NoisePiece? ReadAlso(DressingPools pools, DressingRandom r, StoryFacts story)
    {
        var title = story.OtherTitle(pools, r);
        if (title is null)
        {
            return null;
        }
        var line = $"{r.Pick("اقرأ أيضاً", "إقرأ كذلك", "ذو صلة", "طالع أيضا", "شاهد أيضاً")}{r.Separator(":", "»", "|", "←")}{title}";
        return new NoisePiece(NoiseKind.ReadAlso, [line]) { Teasers = [title] };
    }

    public static NoisePiece? Teasers(DressingPools pools, DressingRandom r, StoryFacts story)
    {
        var titles = Enumerable.Range(0, r.Between(2, 5)).Select(_ => story.OtherTitle(pools, r)).OfType<string>().Distinct().ToList();
        if (titles.Count < 2)
        {
            return null;
        }
        var header = r.Pick($"المزيد من {r.Pick("محليات", "اقتصاد", "رياضة", "منوعات")}", "من نفس القسم", "قد يعجبك أيضاً", "قد يهمك كذلك", "الأكثر تداولاً الآن", "اخترنا لك", "أخبار ذات صلة");
        var mark = r.Pick("• ", "- ", "◂ ", "", "▪ ");
        var numbered = r.Chance(0.3);
        var lines = titles.Select((t, i) => numbered ? $"{r.Number(i + 1)}. {t}" : mark + t);
        return new NoisePiece(NoiseKind.Teaser, [header, .. lines]) { Teasers = titles };
    }

    public static NoisePiece MoreLink(DressingRandom r, bool glued) => glued
        ? new(NoiseKind.MoreLink, [r.Pick(" ...المزيد", " (التفاصيل)", " … تابع القراءة", " ← رابط الخبر")], Glued: true)
        : new(NoiseKind.MoreLink, [r.Pick("رابط الخبر", "رابط مختصر", "لقراءة الخبر كاملاً", "الخبر على موقعنا") + r.Separator(":", "»") + $"https://{r.Pick("sabq.org", "okaz.com.sa", "alriyadh.com", "almadina.com")}/{r.Letters(6)}"]);

    public static NoisePiece Tags(DressingRandom r)
    {
        var words = TagWords.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5));
        var line = r.Chance(0.5)
            ? r.Pick("الكلمات المفتاحية", "وسوم", "مواضيع") + ": " + string.Join(r.Pick("، ", " | ", " - "), words)
            : string.Join(" ", words.Select(w => "#" + w.Replace(' ', '_')));
        return new(NoiseKind.Tags, [line]);
    }

    public static NoisePiece Counter(DressingRandom r) => new(NoiseKind.Counter, [r.Next(3) switch
    {
        0 => $"{r.Pick("👁", "مشاهدات:", "قراءات")} {r.Number(r.Between(120, 98000))}",
        1 => $"{r.Number(r.Between(2, 900))} {r.Pick("تعليق", "مشاركة", "إعجاب")} · {r.Number(r.Between(2, 9000))} {r.Pick("قراءة", "زيارة")}",
        _ => $"{r.Pick("عدد القراءات", "شوهد")} ({r.Number(r.Between(50, 40000))}) {r.Pick("مرة", "")}".TrimEnd(),
    }]);

    public static NoisePiece Share(DressingRandom r) => new(NoiseKind.Share, [r.Pick(
        "شارك الخبر: واتساب | تويتر | فيسبوك | نسخ الرابط",
        "أرسل لصديق · اطبع · حفظ",
        "شارك عبر ↗",
        "انشر على: X · Telegram · Email",
        "حفظ في المفضلة ☆ مشاركة")]);

    public static NoisePiece Signature(DressingRandom r)
    {
        var name = DressingPools.PersonName(r);
        return new(NoiseKind.Signature, [r.Next(3) switch
        {
            0 => $"{name}{r.Separator("–", "|")}{r.Pick("مكة", "الخبر", "أبها", "الأحساء")}",
            1 => $"* {r.Pick("كاتب", "أكاديمي", "مستشار")} {r.Pick("سعودي", "اقتصادي", "تربوي")}",
            _ => $"{name.Replace(" ", ".", StringComparison.Ordinal)}@{r.Pick("gmail.com", "hotmail.com", "yahoo.com")}",
        }]);
    }

    public static NoisePiece Footer(DressingRandom r) => new(NoiseKind.Footer, [r.Next(4) switch
    {
        0 => $"© {StoryChrome.Year(2015, r)} {r.Pick(DressingPools.Papers)}{r.Separator("–", "|")}{r.Pick("جميع الحقوق محفوظة", "الحقوق محفوظة للناشر")}",
        1 => "من نحن | اتصل بنا | سياسة الخصوصية | الشروط",
        2 => $"{r.Pick("تابعونا", "حمّل التطبيق")} {r.Pick("على App Store و Google Play", "عبر قناتنا")}",
        _ => $"{r.Pick("الأخبار", "الرئيسية")} › {r.Pick("محليات", "اقتصاد", "رياضة")} › {r.Pick("آخر الأخبار", "تقارير")}",
    }]);
}
