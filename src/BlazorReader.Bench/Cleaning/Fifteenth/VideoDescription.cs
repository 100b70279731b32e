namespace BlazorReader.Bench.Cleaning.Fifteenth;

// The story as a news channel's short-video description (YouTube, TikTok, Snapchat, Reels):
// channel and counts above it, chapter times, the sound's credit, hashtags, calls to subscribe
// and «show more» folded onto its end.
internal static class VideoDescription
{
    private static readonly string[] Channels = ["قناة الخبر اليوم", "نبض الرياض", "الحدث المحلي", "Akhbar Now", "شاشة الوطن", "مرصد الأخبار"];

    private static readonly string[] Hashtags = ["#اخبار", "#السعودية", "#الرياض", "#عاجل", "#ترند", "#fyp", "#explore", "#news", "#shorts", "#اكسبلور"];

    private static readonly string[] Chapters = ["تفاصيل الخبر", "ردود الفعل", "رأي المختصين", "من الميدان", "أرقام وحقائق"];

    public static void Dress(PageDraft page, DressingRandom r, StorySubject subject)
    {
        var channel = r.Pick(Channels);
        if (r.Chance(0.6))
        {
            page.Add(Zone.Head, NoiseKind.Byline, [$"{channel}{r.Pick(" ✔", " ✓", "", " @" + r.Letters(8, "abcdefghijklmnopqrstuvwxyz_"))}"]);
            page.Add(Zone.Head, NoiseKind.Counter, [r.Pick($"{r.Number(r.Between(2, 900))} ألف مشترك", $"{PageWords.Digits(r, r.Between(11, 99) / 10 + "." + r.Between(1, 9))} مليون مشترك", $"{r.Number(r.Between(1000, 90000))} subscribers")]);
        }
        if (r.Chance(0.5) && page.Article.Title is { } title)
        {
            page.Add(Zone.Head, NoiseKind.Headline, [title + (r.Chance(0.4) ? " | " + channel : "")]);
        }
        if (r.Chance(0.7))
        {
            var views = r.Pick($"{r.Number(r.Between(2, 950))} ألف مشاهدة", $"{r.Number(r.Between(300, 99999))} مشاهدة", $"{r.Number(r.Between(2, 900))}K views");
            page.Add(Zone.Top, NoiseKind.Counter, [$"{views} {r.Pick("•", "·", " ")} {r.Pick("قبل " + r.Number(r.Between(3, 10)) + " ساعات", "قبل ساعة", "قبل " + r.Number(r.Between(11, 23)) + " ساعة", "قبل يومين", "منذ ٣ أيام", r.Number(r.Between(1, 28)) + " ديسمبر")}{(r.Chance(0.4) ? $"  ❤ {r.Number(r.Between(10, 9000))}  💬 {r.Number(r.Between(0, 700))}" : "")}"]);
        }
        if (r.Chance(0.4))
        {
            var at = 0;
            // An introduction first and a conclusion last, when the channel marks them.
            var middle = Chapters.OrderBy(_ => r.Next(100)).Take(r.Between(2, 3));
            var named = (r.Chance(0.7) ? middle.Prepend(r.Pick("مقدمة", "البداية")) : middle).Concat(r.Chance(0.5) ? [r.Pick("الخلاصة", "الختام")] : []);
            var chapters = named.Select(c =>
            {
                var line = PageWords.Digits(r, $"{at / 60:00}:{at % 60:00}", false) + " " + c;
                at += r.Between(20, 200);
                return line;
            });
            page.Add(r.Chance(0.5) ? Zone.Tail : Zone.Top, NoiseKind.Footer, [.. chapters.Prepend(r.Pick("الفصول:", "⏱️", "المحتوى:")).Where(l => l.Length > 2)]);
        }
        if (r.Chance(0.45))
        {
            page.Add(Zone.Tail, NoiseKind.Credit, [$"♬ {r.Pick("الصوت الأصلي", "original sound", "صوت أصلي")} - {channel}"], credit: channel);
        }
        if (r.Chance(0.6))
        {
            var tags = Hashtags.OrderBy(_ => r.Next(50)).Take(r.Between(3, 6));
            page.Add(Zone.Tail, NoiseKind.Tags, [string.Join(" ", tags)]);
        }
        if (r.Chance(0.5))
        {
            page.Add(Zone.Tail, NoiseKind.Share, [r.Pick("اشترك في القناة وفعّل الجرس 🔔 ليصلك كل جديد", "لا تنسَ الاشتراك وتفعيل زر الجرس 🔔", "تابعونا على سناب شات وإنستغرام", "📌 اشترك: " + PageWords.Url(r))]);
        }
        if (r.Chance(0.45))
        {
            var more = r.Pick("عرض المزيد", "...المزيد", "... more", "إظهار أقل", "عرض المزيد ▾");
            if (r.Chance(0.5))
            {
                page.Glue(NoiseKind.MoreLink, more, onFirst: false, joint: r.Pick(" ", "… ", ""));
            }
            else
            {
                page.Add(Zone.Tail, NoiseKind.MoreLink, [more]);
            }
        }
        if (r.Chance(0.35))
        {
            page.Add(Zone.Footer, NoiseKind.Counter, [r.Pick($"{r.Number(r.Between(3, 900))} تعليق", $"عرض كل التعليقات ({r.Number(r.Between(3, 900))})", $"التعليقات {r.Number(r.Between(3, 900))}")]);
        }
        if (r.Chance(0.3))
        {
            var reply = subject.Grief ? r.Pick("الله يرحمهم", "لا حول ولا قوة إلا بالله") : r.Pick("أول تعليق 😂", "متى التطبيق؟", "الله يوفقهم");
            page.Add(Zone.Footer, NoiseKind.Footer, [$"@{r.Letters(7, "abcdefghijklmnopqrstuvwxyz")}{r.Between(1, 99)} {r.Pick("قبل ساعة", "منذ ٣ ساعات", "2h")}", reply]);
        }
    }
}
