namespace BlazorReader.Bench.Cleaning.Eighth;

// The widgets a page wraps a story in, as they read once flattened to text: the audio and
// text-to-speech bar, reading time and font-size controls, a gallery's counter and its photo
// lines, the screen-reader text of buttons and images, a poll with its results.
internal static class EighthWidgets
{
    private static readonly string[] Networks = ["فيسبوك", "X", "تويتر", "واتساب", "تيليجرام", "لينكدإن", "البريد"];

    public static Chrome Audio(DressingRandom r) => Chrome.Of(NoiseKind.Counter, r.Next(5) switch
    {
        0 => $"{r.Pick("استمع إلى الخبر", "استمع للخبر", "استمع إلى المقال", "الاستماع للخبر")} {EighthDates.Duration(r)}",
        1 => $"{r.Pick("▶", "►", "🔊")} {r.Pick("00:00", "٠٠:٠٠", "0:00")} / {EighthDates.Duration(r)}",
        2 => $"{r.Pick("زر: تشغيل", "تشغيل", "إيقاف مؤقت")} {r.Pick("|", "-")} {r.Pick("سرعة القراءة", "السرعة")} {r.Pick("1x", "1.5x", "١x")} {r.Pick("|", "-")} {EighthDates.Duration(r)}",
        3 => $"{r.Pick("مدعوم بتقنية", "قراءة آلية بتقنية")} {r.Pick("تحويل النص إلى كلام", "القراءة الصوتية")}{r.Separator("|", "-")}{EighthDates.Duration(r)}",
        _ => $"{r.Pick("Listen to this article", "Listen")} {EighthDates.Duration(r)}",
    });

    public static Chrome ReadingControls(DressingRandom r) => Chrome.Of(NoiseKind.Counter, r.Next(4) switch
    {
        0 => $"{r.Pick("وقت القراءة", "مدة القراءة", "زمن القراءة")}{r.Separator(":", "|", "-")}{r.Number(r.Between(1, 9))} {r.Pick("دقائق", "دقيقة", "د")}",
        1 => $"{r.Pick("⏱", "🕒", "")} {r.Pick("قراءة في", "تُقرأ في")} {r.Number(r.Between(1, 9))} {r.Pick("دقائق", "دقيقة")}".Trim(),
        2 => $"{r.Pick("حجم الخط", "حجم النص", "تكبير الخط")}{r.Separator(":", "|", "")}{r.Pick("أ+ أ-", "A+ A-", "أ+ | أ | أ-", "+ -", "ع+ ع-")}",
        _ => $"{r.Pick("طباعة", "🖨 طباعة")} {r.Pick("|", "•", "-")} {r.Pick("حجم الخط", "تكبير")} {r.Pick("A+ A-", "أ+ أ-")} {r.Pick("|", "•")} {r.Pick("وضع القراءة", "الوضع الليلي", "حفظ")}",
    });

    public static Chrome GalleryCount(DressingRandom r)
    {
        var total = r.Between(3, 24);
        var at = r.Between(1, total);
        return Chrome.Of(NoiseKind.Counter, r.Next(3) switch
        {
            0 => $"{r.Pick("الصورة", "صورة", "Photo")} {r.Number(at)} {r.Pick("من", "/", "of")} {r.Number(total)}",
            1 => $"{r.Pick("📷", "🖼", "◀ ▶")} {r.Number(at)} / {r.Number(total)}",
            _ => $"{r.Pick("معرض الصور", "ألبوم الصور", "شاهد الصور")} ({r.Number(total)} {r.Pick("صورة", "صور")})",
        });
    }

    public static Chrome Caption(DressingRandom r, EighthContext c) => Chrome.Of(NoiseKind.Caption, r.Next(5) switch
    {
        0 => $"{r.Pick("صورة:", "صورة -", "الصورة:", "Image:")} {PhotoSubject(r)}",
        1 => $"{r.Pick("صورة أرشيفية", "صورة من الأرشيف", "صورة تعبيرية")}{r.Pick("", " - " + c.Agency.Short, " (" + r.Pick(DressingPools.LatinAgencies) + ")")}",
        2 => $"{PhotoSubject(r)} {r.Pick("(", "[")}{r.Pick(DressingPools.LatinAgencies)}{r.Pick(")", "]")}",
        3 => $"{r.Pick("الصورة", "صورة")} {r.Number(r.Between(1, 9))} {r.Pick("من", "/")} {r.Number(r.Between(9, 15))}{r.Separator(":", "-", "|")}{PhotoSubject(r)}",
        _ => $"{r.Pick("Photo", "📷")}{r.Separator(":", "|", "-")}{r.Pick(DressingPools.LatinAgencies)}{r.Pick("", " / " + r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast))}",
    });

    // What a photo line says: a scene of an event, or a person at it.
    public static string PhotoSubject(DressingRandom r)
    {
        var scene = r.Pick("الاجتماع", "الجلسة", "المؤتمر الصحفي", "الزيارة", "الحفل", "المباراة", "الموقع", "الافتتاح", "الورشة", "الاحتفال");
        return r.Next(3) switch
        {
            0 => $"{r.Pick("جانب من", "لقطة من", "من أجواء", "مشهد من", "جانب من فعاليات")} {scene}{r.Pick("", " أمس", " اليوم", " في " + r.Pick(DressingPools.Cities))}",
            1 => $"{DressingPools.PersonName(r)} {r.Pick("خلال", "أثناء", "في أثناء")} {scene}",
            _ => $"{r.Pick("الوزير", "المحافظ", "الأمين العام", "رئيس اللجنة", "المدير العام")} {r.Pick("يتوسط", "مع", "يستقبل")} {r.Pick("المشاركين", "الحضور", "الوفد الزائر", "الفائزين")} {r.Pick("في", "خلال")} {scene}",
        };
    }

    // Buttons and landmarks read out as text by the screen-reader copy of the page.
    public static Chrome ScreenReader(DressingRandom r) => Chrome.Of(NoiseKind.Share, r.Next(4) switch
    {
        0 => $"{r.Pick("زر", "زر:", "Button:")} {r.Pick("مشاركة عبر واتساب", "مشاركة على فيسبوك", "نسخ الرابط", "مشاركة عبر X", "إرسال بالبريد")}",
        1 => string.Join(r.Pick(" ", " | ", "، "), Enumerable.Range(0, r.Between(2, 4)).Select(_ => "زر " + r.Pick("مشاركة", "طباعة", "حفظ", "نسخ الرابط", "إرسال")).Distinct()),
        2 => $"{r.Pick("رابط", "Link:")} {r.Pick("مشاركة الخبر", "نسخ الرابط المختصر")} {r.Pick("(يفتح في نافذة جديدة)", "(نافذة جديدة)", "- يفتح في نافذة جديدة")}",
        _ => $"{r.Pick("شارك هذا الخبر", "شارك الخبر", "مشاركة")}{r.Separator(":", "|", "")}{string.Join(r.Pick(" ", " | ", " • ", "، "), Networks.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5)))}",
    });

    public static Chrome Poll(DressingRandom r)
    {
        var question = $"{r.Pick("هل تؤيد", "هل تتوقع", "هل أنت مع", "ما رأيك في")} {r.Pick("رفع أسعار الوقود", "تمديد الدوام الصيفي", "تقديم موعد الدراسة", "فرض رسوم على العمالة", "تطبيق الضريبة الانتقائية", "تأجيل الدوري", "منع الهواتف في المدارس")}؟";
        var yes = r.Between(15, 85);
        var (agree, disagree) = r.Pick(("نعم", "لا"), ("أؤيد", "أعارض"), ("مع", "ضد"));
        var lines = new List<string>
        {
            $"{r.Pick("استطلاع الرأي", "استفتاء", "صوّت", "شارك في الاستطلاع")}{r.Separator(":", "|", "-")}{question}",
            $"{agree} {r.Number(yes)}{r.Pick("%", "٪", " %")}",
            $"{disagree} {r.Number(100 - yes)}{r.Pick("%", "٪", " %")}",
        };
        if (r.Chance(0.6))
        {
            lines.Add($"{r.Pick("عدد المصوتين", "إجمالي الأصوات", "صوّت")}{r.Separator(":", "")}{r.Number(r.Between(40, 9000))}{r.Pick("", " " + r.Pick("صوتاً", "مشاركاً"))}");
        }
        if (r.Chance(0.4))
        {
            lines.Add(r.Pick("زر التصويت", "صوّت الآن", "عرض النتائج", "تصويت | النتائج"));
        }
        return Chrome.Of(NoiseKind.Counter, [.. lines]);
    }

    public static Chrome Views(DressingRandom r) => Chrome.Of(NoiseKind.Counter, r.Next(3) switch
    {
        0 => $"{r.Pick("👁", "👁️", "مشاهدات:", "القراءات:")} {r.Number(r.Between(40, 250000))}",
        1 => $"{r.Number(r.Between(40, 250000))} {r.Pick("مشاهدة", "قراءة", "views")}{r.Pick("", " • " + r.Number(r.Between(0, 90)) + " " + r.Pick("مشاركة", "إعجاب"))}",
        _ => $"{r.Pick("أعجبني", "إعجاب", "👍")} {r.Number(r.Between(0, 900))} {r.Pick("|", "·")} {r.Pick("لم يعجبني", "👎")} {r.Number(r.Between(0, 90))}",
    });
}
