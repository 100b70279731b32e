namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// A story copied from a smartwatch's news glance: the app's name and a relative time over it,
// the screen count, the «continue on the phone» prompt and the two action buttons.
internal static class WatchGlance
{
    public static void Dress(PageDraft d)
    {
        var r = d.R;
        d.Top(NoiseKind.Footer, r.Pick("⌚ الأخبار", "أخبار • الآن", "موجز الساعة", "News ▸ Glance"));
        d.Head(NoiseKind.Dateline, r.Pick($"منذ {r.Number(r.Between(2, 59))} د", $"قبل {r.Number(r.Between(1, 11))} ساعات", $"اليوم {PageWords.Clock(r)}", $"{r.Number(r.Between(2, 50))}m ago"));
        var screens = r.Between(2, 5);
        if (r.Chance(0.6))
        {
            d.Between(NoiseKind.Counter, r.Pick($"● ○ ○ {r.Number(1)}/{r.Number(screens)}", $"{r.Number(2)} من {r.Number(screens)}", $"◦ ● ◦ ◦"));
        }
        d.Tail(NoiseKind.MoreLink, r.Pick("أكمل القراءة على الهاتف 📱", "افتح على الجوال لقراءة المزيد", "↗ متابعة على iPhone", "Continue on phone"));
        if (r.Chance(0.6))
        {
            d.Tail(NoiseKind.Share, r.Pick($"حفظ{PageWords.Dots(r)}إرسال إلى الهاتف", "♡ أعجبني   ↪ لاحقاً", $"تجاهل{PageWords.Dots(r)}فتح"));
        }
        if (r.Chance(0.2))
        {
            // The story may itself speak of phones and watches.
            d.StoryLine($"وأكدت الجهة أن الخدمة متاحة عبر {r.Pick("تطبيق الجوال والساعات الذكية", "الهاتف المحمول", "الموقع الإلكتروني والتطبيق")} ابتداءً من {PageWords.Day(d.Date)} المقبل.");
        }
    }
}
