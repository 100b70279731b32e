namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// Counters (views, comments, reading time) and share, follow and subscribe lines, each put
// together from parts so that no two pages print the same string.
internal static class CountShareChrome
{
    private static readonly string[] Apps = ["واتساب", "تويتر", "فيسبوك", "تلغرام", "لينكدإن", "نسخ الرابط"];

    public static void Counter(Page p)
    {
        var r = p.R;
        var views = r.Number(r.Between(120, 48000));
        var parts = new List<string>
        {
            r.Pick($"👁 {views}", $"{views} مشاهدة", $"المشاهدات: {views}", $"قرئ {views} مرة"),
            r.Pick($"التعليقات ({r.Number(r.Between(0, 90))})", $"💬 {r.Number(r.Between(1, 90))}", $"{r.Number(r.Between(1, 90))} تعليقاً"),
            r.Pick($"وقت القراءة: {r.Number(r.Between(2, 9))} دقائق", $"⏱ {r.Number(r.Between(1, 9))} د", $"{r.Number(r.Between(2, 9))} دقائق للقراءة"),
        };
        var take = parts.OrderBy(_ => r.Next(100)).Take(r.Between(1, 3)).ToList();
        p.Chrome(NoiseKind.Counter, r.Chance(0.6) ? [string.Join(r.Pick(" · ", "  ", " | ", " — "), take)] : [.. take]);
    }

    public static void Share(Page p)
    {
        var r = p.R;
        var apps = Apps.OrderBy(_ => r.Next(100)).Take(r.Between(2, 4));
        var handle = r.Pick("news", "akhbar", "alaan", "sa") + r.Letters(r.Between(2, 4), "abcdefghijklmnopqrstuvwxyz") + r.Pick("", "_sa", "24");
        string[] lines = r.Next(5) switch
        {
            0 => [$"{r.Pick("شارك الخبر", "انشر", "شارك عبر", "أرسل لصديق")}{r.Pick(": ", " ← ", " ")}{string.Join(r.Pick(" | ", " · ", " / ", " "), apps)}"],
            1 => [$"{r.Pick("📢", "🔔", "📲", "")} {r.Pick("تابعونا على", "انضم إلى قناتنا على", "اشترك في قناة")} {r.Pick("تلغرام", "واتساب", "يوتيوب")}{r.Pick(": ", " ")}{r.Pick("t.me/", "@")}{handle}"],
            2 => [$"{r.Pick("شارك", "مشاركة")} {r.Number(r.Between(3, 900))}", string.Join(" ", apps)],
            3 => [$"{r.Pick("اشترك", "سجّل")} {r.Pick("في النشرة اليومية", "لتصلك الأخبار العاجلة", "في خدمة الرسائل")}{r.Pick(" — ", ": ", " ")}{r.Pick("أرسل الرقم ١ إلى ", "أرسل 1 إلى ")}{r.Number(r.Between(80000, 89999))}"],
            _ => [$"{r.Pick("تابع", "تابعوا")} {p.PaperName} {r.Pick("على", "عبر")} {string.Join(r.Pick(" و", "، "), apps)}", $"{r.Number(r.Between(2, 900))}{r.Pick(" ألف متابع", "K متابع", " ألف مشترك")}"],
        };
        p.Chrome(NoiseKind.Share, lines);
    }
}
