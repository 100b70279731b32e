namespace BlazorReader.Bench.Cleaning.Sealed;

// What a page puts among the paragraphs: photo captions and credits, «see also» lines and
// blocks pointing at other stories, and the source the story was taken from.
internal static class SealedStoryChrome
{
    private static readonly string[] Scenes =
    [
        "خلال الاجتماع", "أثناء الزيارة", "في موقع الحادث", "لدى وصوله إلى المطار", "خلال المؤتمر الصحفي", "في السوق المركزي",
        "عقب صلاة الجمعة", "من المباراة", "أثناء التوقيع", "في الجلسة الافتتاحية",
    ];

    public static NoisePiece Caption(DressingRandom r)
    {
        var icon = SealedWords.Icon(r, "📷", "📸", "🖼", "▲", "◀");
        var line = r.Next(7) switch
        {
            0 => r.Pick("({0})", "[{0}]", "- {0} -").Replace("{0}", r.Pick("صورة أرشيفية", "صورة من الأرشيف", "صورة تعبيرية", "صورة توضيحية", "لقطة من الفيديو"), StringComparison.Ordinal),
            1 => icon + r.Pick("تصوير", "عدسة", "الصورة", "كاميرا") + SealedWords.Sep(r, ":", "-", "/") + SealedWords.Person(r),
            2 => icon + SealedWords.Person(r) + " " + r.Pick(Scenes) + Credited(r, r.Pick(SealedWords.Agencies)),
            3 => icon + r.Pick("من اليمين", "من اليسار") + SealedWords.Sep(r, ":", "") + SealedWords.Person(r) + r.Pick(" و", "، ") + SealedWords.Person(r) + " " + r.Pick(Scenes),
            4 => icon + r.Pick("Photo", "Credit", "©") + SealedWords.Sep(r, ":", "/", "") + r.Pick(SealedWords.LatinGiven) + " " + r.Pick(SealedWords.LatinFamily) + r.Pick("", " / " + r.Pick("Reuters", "AFP", "EPA")),
            5 => r.Pick("الصورة", "في الصورة") + SealedWords.Sep(r, ":", "-") + r.Pick("جانب من", "مشهد من", "لقطة عامة من") + r.Pick(" الاجتماع", " الفعالية", " السوق", " المباراة", " الحريق") + Credited(r, r.Pick(SealedWords.Portals)),
            _ => icon + r.Pick("فيديو", "شاهد بالفيديو", "بالصور") + SealedWords.Sep(r, ":", "|", "-") + r.Pick(Scenes),
        };
        return new NoisePiece(NoiseKind.Caption, [r.Scuff(line)]);
    }

    private static string Credited(DressingRandom r, string source) => r.Pick(" (" + source + ")", " - " + source, " /" + source);

    private static string SeeAlsoLabel(DressingRandom r) =>
        r.Pick("طالع أيضاً", "طالع ايضا", "ذات صلة", "شاهد كذلك", "يهمك أيضاً", "قد يهمك", "إقرأ كذلك", "لمزيد من التفاصيل طالع", "مرتبط", "على صلة");

    public static NoisePiece ReadAlsoLine(DressingRandom r, string title)
    {
        var label = SeeAlsoLabel(r);
        var line = r.Chance(0.8)
            ? SealedWords.Icon(r, "📌", "🔗", "◄", "⬅️", "»") + label + SealedWords.Sep(r, ":", ">>", "..", "←", "") + title
            : title + r.Pick(" (" + label + ")", " | " + label);
        return new NoisePiece(NoiseKind.ReadAlso, [r.Scuff(line)]);
    }

    public static NoisePiece ReadAlsoBlock(DressingRandom r, IReadOnlyList<string> titles)
    {
        var lines = new List<string> { SealedWords.Icon(r, "📌", "🔗", "■") + r.Pick(SeeAlsoLabel(r), "مواضيع مرتبطة", "روابط ذات صلة", "تقرأ أيضاً في الموقع") + r.Pick(":", "", " :") };
        var bullet = r.Pick("", "- ", "• ", "▪️ ", "◀ ", "✅ ");
        lines.AddRange(titles.Select(t => r.Scuff(bullet + t, 0.2)));
        return new NoisePiece(NoiseKind.ReadAlso, lines);
    }

    // The source of a reposted story; what the cleaner should keep as the attribution.
    public static NoisePiece Credit(DressingRandom r, bool glued)
    {
        var source = r.Chance(0.75) ? r.Pick(SealedWords.Portals) : r.Pick(SealedWords.Agencies);
        if (glued)
        {
            return new NoisePiece(NoiseKind.Credit, [r.Pick("(", "ـ (", "- (") + source + ")"], Glued: true) { Credit = source };
        }
        var line = r.Next(7) switch
        {
            0 => r.Pick("المصدر", "مصدر الخبر", "المصدر الأصلي") + r.Pick(":", " :", ": ", " : ") + source,
            1 => r.Pick("نقلاً عن", "نقلا عن", "منقول عن", "منقول من") + " " + r.Pick(source, "«" + source + "»", "صحيفة " + source),
            2 => r.Pick("عن", "عن موقع", "عن صحيفة") + " «" + source + "»",
            3 => "(" + source + ")",
            4 => r.Pick("الخبر", "المادة", "هذا الخبر") + r.Pick(" من ", " منشور في ", " نشر أولاً في ") + source,
            5 => r.Pick("via", "Via", "عبر") + " " + source,
            _ => r.Pick("وكالات", "متابعات") + r.Pick(" + ", " و", " - ") + source,
        };
        return new NoisePiece(NoiseKind.Credit, [r.Scuff(line, 0.2)]) { Credit = source };
    }
}
