namespace BlazorReader.Bench.Cleaning.Fresh;

// The lines that ask the reader to do something with the page: share it, follow the paper,
// subscribe, get the app, print or send it.
internal static class FreshShare
{
    private static readonly string[] NetworksArabic = ["فيسبوك", "فيس بوك", "تويتر", "واتساب", "واتس اب", "تلغرام", "تيليجرام", "لينكد إن", "البريد الإلكتروني", "جوجل بلس", "سناب شات", "يوتيوب", "إنستغرام"];

    private static readonly string[] NetworksLatin = ["Facebook", "Twitter", "WhatsApp", "Telegram", "Google+", "LinkedIn", "Email", "Pinterest", "Instagram"];

    private static readonly string[] Tools = ["طباعة", "أرسل لصديق", "حفظ", "تكبير الخط", "تصغير الخط", "إرسال", "نسخ الرابط", "A+", "A-"];

    public static NoisePiece Line(DressingRandom r)
    {
        var networks = r.Chance(0.6) ? NetworksArabic : NetworksLatin;
        string Some() => string.Join(r.Pick(" | ", " ", " - ", "، ", " • ", "  "), networks.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5)));
        var site = r.Pick(FreshWords.Sites);
        var line = r.Next(6) switch
        {
            0 => r.Pick("شارك", "شارك الخبر", "انشر", "شارك هذا المقال", "مشاركة", "شاركها", "Share") + r.Separator(":", " ", "-") + Some(),
            1 => r.Pick("تابعونا على", "تابعوا", "تابعنا عبر", "للمتابعة على", "تابعوا آخر الأخبار عبر", "تابع " + site + " على") + " " + r.Pick(networks) + (r.Chance(0.4) ? " @" + FreshWords.Handle(r) : ""),
            2 => r.Pick("للاشتراك في", "اشترك في", "اشترك الآن في", "لمتابعة أخبار " + site + " عبر") + " " + r.Pick("النشرة البريدية", "خدمة الأخبار العاجلة", "قناتنا على يوتيوب", "خدمة الرسائل القصيرة", "قناة " + site + " على تلغرام", "خدمة الواتساب")
                + r.Pick("", " اضغط هنا", " مجاناً", $" أرسل {r.Number(r.Between(1, 9))} إلى {r.Number(r.Between(80000, 89999))}", " (اضغط هنا)"),
            3 => r.Pick("حمّل تطبيق", "نزّل تطبيق", "لتحميل تطبيق", "حمل تطبيق") + " " + site + r.Pick(" على أندرويد وآيفون", " من متجر آبل", " عبر Google Play", " مجاناً", ""),
            4 => string.Join(r.Pick(" | ", " - ", "  "), Tools.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5))),
            _ => Some(),
        };
        return new NoisePiece(NoiseKind.Share, [r.Scuff(FreshWords.Icons[r.Next(FreshWords.Icons.Length)] + line)]);
    }
}
