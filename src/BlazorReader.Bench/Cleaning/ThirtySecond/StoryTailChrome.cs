namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// The chrome round a story's end and inside it: credits, captions and photo credits,
// footers, signatures and tags, each assembled from parts.
internal static class StoryTailChrome
{
    private static readonly string[] TagWords = ["السعودية", "الرياض", "اقتصاد", "الصحة", "التعليم", "رياضة", "النفط", "الأمن", "الطقس", "جدة", "الخليج", "مجلس_الوزراء"];

    public static void Credit(Page p)
    {
        var r = p.R;
        var source = r.Chance(0.6) ? r.Pick(DressingPools.Agencies) : StoryHeadChrome.Paper(r);
        var line = r.Next(6) switch
        {
            0 => $"{r.Pick("المصدر", "مصدر الخبر", "الخبر من")}{r.Separator(":", "—", "|")}{source}",
            1 => $"نقلاً عن {source}{r.Pick("", " بتصرف", " (بتصرف)")}",
            2 => $"{r.Pick("بتصرف عن", "بتصرّف عن", "عن")} {source}",
            3 => $"{r.Pick("ترجمة", "ترجمة وإعداد")}: {StoryHeadChrome.Name(r)}{r.Pick(" — عن ", " | نقلاً عن ", " عن ")}{source = (r.Chance(0.5) ? r.Pick(DressingPools.LatinAgencies) : source)}",
            4 => $"({source})",
            _ => $"{r.Pick("حقوق النشر", "©")} {source}{r.Pick("", " — إعادة نشر", " - جميع الحقوق محفوظة")}",
        };
        p.Piece(new NoisePiece(NoiseKind.Credit, [line]) { Credit = source });
    }

    public static string CaptionText(DressingRandom r)
    {
        var what = r.Pick("جانب من الاجتماع", "المسؤولون خلال الجولة", "من موقع الحادث", "جانب من الحضور", "صورة أرشيفية", "لقطة من الفعالية", "أثناء توقيع الاتفاقية");
        var by = r.Pick(DressingPools.Agencies.Concat(DressingPools.LatinAgencies).ToArray());
        return r.Next(5) switch
        {
            0 => $"{what} ({by})",
            1 => $"{what} — {r.Pick("تصوير", "عدسة")}: {StoryHeadChrome.Name(r)}",
            2 => $"{r.Pick("▲", "📷", "◀")} {what}{r.Separator("—", "|")}{by}",
            3 => $"({r.Pick("الصورة", "صورة", "تصوير")}: {by})",
            _ => $"{what}{r.Pick(" - ", " — ")}{r.Pick("أرشيفية", "أرشيف")} {by}",
        };
    }

    public static void Caption(Page p) => p.Chrome(NoiseKind.Caption, CaptionText(p.R));

    public static void Footer(Page p)
    {
        var r = p.R;
        var paper = p.PaperName;
        var year = r.Number(r.Pick(2015, 2016, 2024));
        var parts = new List<string>
        {
            r.Pick($"© {year} {paper}", $"جميع الحقوق محفوظة {r.Pick("©", "")} {paper} {year}", $"{paper} — حقوق النشر محفوظة {year}"),
            r.Pick($"{r.Pick(DressingPools.Cities)}، {r.Pick("طريق الملك فهد", "حي العليا", "شارع التحلية")}، ص.ب {r.Number(r.Between(100, 9999))}", $"هاتف: {r.Number(r.Between(11, 14))} {r.Number(r.Between(4000000, 4999999))}"),
            r.Pick($"حمّل تطبيق {paper} {r.Pick("على App Store وGoogle Play", "من متجر التطبيقات", "لأجهزة آيفون وأندرويد")}", "سياسة الخصوصية | شروط الاستخدام | اتصل بنا", "من نحن · أعلن معنا · الأرشيف"),
        };
        p.Chrome(NoiseKind.Footer, [.. parts.OrderBy(_ => r.Next(100)).Take(r.Between(1, 3))]);
    }

    public static void Signature(Page p)
    {
        var r = p.R;
        var woman = r.Chance(0.25);
        var name = StoryHeadChrome.Name(r, woman);
        var mail = r.Pick("editor", "news", "desk", "m.") + r.Letters(r.Between(2, 5), "abcdefghijklmnopqrstuvwxyz") + "@" + r.Pick("alriyadh.com", "okaz.com.sa", "alyaum.com", "mail.com");
        p.Chrome(NoiseKind.Signature, r.Next(4) switch
        {
            0 => [$"{name}{r.Pick("، ", " - ", " — ")}{r.Pick(DressingPools.Cities)}"],
            1 => [name, mail],
            2 => [$"{(woman ? r.Pick("المحررة", "محررة الصفحة") : r.Pick("المحرر", "محرر الصفحة"))}: {name}", r.Pick("", "للتواصل: ") + mail],
            _ => [$"{name} | {mail}"],
        });
    }

    public static void Tags(Page p)
    {
        var r = p.R;
        var words = TagWords.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5)).ToList();
        p.Chrome(NoiseKind.Tags, r.Next(4) switch
        {
            0 => string.Join(" ", words.Select(w => "#" + w)),
            1 => $"{r.Pick("الوسوم", "الكلمات الدلالية", "وسوم")}{r.Pick(": ", " : ", " ")}{string.Join(r.Pick("، ", " / ", " | ", " · "), words.Select(w => w.Replace('_', ' ')))}",
            2 => $"🏷 {string.Join(" ", words.Select(w => "#" + w))}",
            _ => $"{r.Pick("كلمات مفتاحية", "Tags")}: {string.Join(", ", words.Select(w => w.Replace('_', ' ')))}",
        });
    }
}
