namespace BlazorReader.Bench.Cleaning.TwentyNinth;

// Photo-sharing sites that show a news picture with its EXIF panel and licence, and prize-draw
// and lottery results pages that run a story beside the winning numbers.
internal static class PictureAndDrawFrames
{
    public static readonly AppFrame PhotoSharing = new(
        "photo-sharing",
        p => p.Chrome(NoiseKind.Footer, p.R.Pick("ألبوم: أخبار المملكة › الصورة ٣", "Flickr · صور الأخبار")),
        p =>
        {
            p.Chrome(NoiseKind.Caption,
                $"الكاميرا: {p.R.Pick("Canon EOS 5D Mark III", "Nikon D750", "Sony α7 III")} · العدسة: {p.R.Pick("24-70mm f/2.8", "70-200mm f/4", "35mm f/1.4")}",
                $"ISO {p.R.Pick(100, 200, 400, 1600)} · 1/{p.R.Pick(125, 250, 500)} ث · f/{p.R.Pick("2.8", "5.6", "8")} · {p.R.Pick(24, 50, 85)} مم");
            var who = DressingPools.PersonName(p.R);
            p.Add(new NoisePiece(NoiseKind.Credit, [p.R.Pick($"الترخيص: جميع الحقوق للمصور {who}", $"© {who} — نسب المصنف ٤٫٠", $"رُفعت بواسطة {who}")]) { Credit = who });
        },
        p => p.Chrome(NoiseKind.Counter, $"{p.Digits(p.R.Between(30, 9000))} مشاهدة · {p.Digits(p.R.Between(1, 200))} مفضلة · {p.Digits(p.R.Between(0, 40))} تعليقاً"),
        p => [
            "وأظهرت الصور التي التقطها المصورون من الجو حجم الأضرار في الموقع.",
            $"وضم المعرض {p.Digits(p.R.Between(40, 300))} صورة فوتوغرافية لمصورين من {p.Digits(p.R.Between(5, 30))} دولة.",
        ]);

    public static readonly AppFrame PrizeDraw = new(
        "prize-draw",
        p => p.Chrome(NoiseKind.Footer, $"نتائج السحب رقم {p.Digits(p.R.Between(100, 999))}{p.R.Separator("—", "|")}الأرقام الفائزة: {string.Join(p.R.Pick(" - ", " · ", "، "), Enumerable.Range(0, 5).Select(_ => p.Digits(p.R.Between(1, 49))))}"),
        _ => { },
        p => p.Chrome(NoiseKind.Footer, p.R.Pick("تحقق من تذكرتك 🎟", "السحب القادم بعد ٢ يوم ٤ ساعات", "أدخل رقم القسيمة للتحقق")),
        p => [
            $"وبلغت قيمة الجائزة الكبرى {p.R.Pick("مليون ريال", "سيارة فارهة", "٥٠٠ ألف ريال")}، سُلّمت للفائز في حفل رسمي.",
            "وأعلنت اللجنة أسماء الفائزين بعد التدقيق في الأرقام أمام الحضور.",
        ]);
}
