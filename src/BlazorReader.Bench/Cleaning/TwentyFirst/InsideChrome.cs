namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// What sits between a story's paragraphs on the new pages: a photo with its caption and
// credit, a read-also line, the share row and the counters that slid down from the head.
internal static class InsideChrome
{
    private static readonly string[] Scenes =
    [
        "جانب من الاجتماع", "من موقع الحادث", "خلال الجلسة الافتتاحية", "لقطة أرشيفية", "أثناء الزيارة", "في المؤتمر الصحفي",
        "صورة تعبيرية", "من الحفل الختامي", "الوفد لدى وصوله", "خلال جولة ميدانية", "من أعمال المشروع",
    ];

    public static NoisePiece Caption(PageDraft d)
    {
        var r = d.R;
        var scene = r.Pick(Scenes);
        if (r.Chance(0.45))
        {
            var who = r.Chance(0.5) ? DressingPools.PersonName(r) : r.Pick(DressingPools.LatinAgencies);
            var line = r.Next(3) switch
            {
                0 => $"📷 {scene} ({who})",
                1 => $"{scene}{r.Separator("—", "|")}عدسة {who}",
                _ => $"▲ {scene} / {who}",
            };
            return new NoisePiece(NoiseKind.Caption, [line]) { Credit = who };
        }
        return new NoisePiece(NoiseKind.Caption, [r.Pick($"الصورة: {scene}", $"({scene})", $"{scene} ← الصورة", $"🖼 {scene}")]);
    }

    public static string ReadAlsoLine(PageDraft d, string title)
    {
        var r = d.R;
        return r.Next(6) switch
        {
            0 => $"📌 طالع أيضاً: {title}",
            1 => $"ذو صلة ← {title}",
            2 => $"لمتابعة القصة{r.Separator(":", "»")}{title}",
            3 => $"[اقرأ في الملف نفسه] {title}",
            4 => $"شاهد كذلك — {title}",
            _ => $"{title} (تقرير سابق)",
        };
    }

    public static NoisePiece Share(PageDraft d)
    {
        var r = d.R;
        var dots = PageWords.Dots(r);
        return new NoisePiece(NoiseKind.Share, [r.Next(4) switch
        {
            0 => string.Join(dots, "أرسل لصديق", "اطبع", "احفظ"),
            1 => $"شارك عبر{r.Separator(":")}{string.Join(dots, "واتساب", "تويتر", "فيسبوك", "تيليجرام")}",
            2 => $"🔗 نسخ الرابط{dots}📤 مشاركة",
            _ => string.Join(dots, "Share", "Tweet", "WhatsApp", "Email"),
        }]);
    }

    public static NoisePiece Counter(PageDraft d)
    {
        var r = d.R;
        return new NoisePiece(NoiseKind.Counter, [r.Next(4) switch
        {
            0 => $"👁 {r.Number(r.Between(120, 90000))} مشاهدة",
            1 => $"تمت قراءته {r.Number(r.Between(50, 20000))} مرة",
            2 => $"💬 {r.Number(r.Between(1, 400))} تعليقاً{PageWords.Dots(r)}♥ {r.Number(r.Between(1, 900))}",
            _ => $"{r.Number(r.Between(2, 15))} دقائق قراءة{PageWords.Dots(r)}{r.Number(r.Between(100, 9000))} قراءة",
        }]);
    }

    public static void Dress(PageDraft d)
    {
        var r = d.R;
        if (r.Chance(0.3))
        {
            d.Between(Caption(d));
        }
        if (r.Chance(0.25) && OtherTitle(d) is { } related)
        {
            d.Between(NoiseKind.ReadAlso, ReadAlsoLine(d, related));
        }
        if (r.Chance(0.2))
        {
            (r.Chance(0.5) ? (Action<NoisePiece>)(p => d.Head(p)) : p => d.Tail(p))(Counter(d));
        }
        if (r.Chance(0.2))
        {
            (r.Chance(0.5) ? (Action<NoisePiece>)(p => d.Head(p)) : p => d.Between(p))(Share(d));
        }
    }

    // Another story's title, never the story's own and never one of its lines.
    public static bool Fits(PageDraft d, string title)
    {
        var t = TextReferee.Normalize(title);
        return t.Length >= 8 && t != d.Title && !d.OwnText.Contains(t, StringComparison.Ordinal);
    }

    public static string? OtherTitle(PageDraft d)
    {
        for (var i = 0; i < 6; i++)
        {
            var t = d.R.Chance(0.4) ? d.Pools.RelatedTitle(d.R, d.Article.Title) : d.R.Pick(d.Pools.Titles);
            if (t is not null && Fits(d, t))
            {
                return t;
            }
        }
        return null;
    }
}
