namespace BlazorReader.Bench.Cleaning.Seventeenth;

// A scrape caught behind a bot check or before the page finished loading: the check's notice
// and its ray id above, spinners' text where widgets had not come, error banners with their
// retry buttons, a note that scripts are off. Notices are Footer, buttons Share, a media slot
// that never loaded a Caption.
internal static class BotCheckPage
{
    public static void Dress(PageDraft page, DressingRandom r)
    {
        if (r.Chance(0.6))
        {
            var check = new List<string>
            {
                r.Pick("Checking your browser before accessing ", "Checking if the site connection is secure — ", "Verifying you are human. ") + Links.Host(r),
                r.Pick("تحقق من أنك إنسان", "يرجى التحقق من أنك لست روبوتاً", "جارٍ التحقق من متصفحك قبل الدخول إلى الموقع...", "لحظات... نتحقق من اتصالك"),
            };
            if (r.Chance(0.5))
            {
                check.Add(r.Pick("This process is automatic. Your browser will redirect to your requested content shortly.", "قد يستغرق ذلك بضع ثوانٍ.", "Please allow up to 5 seconds…"));
            }
            page.Head.Add(Segment.Furniture(NoiseKind.Footer, [.. check.OrderBy(_ => r.Next(5))]));
            if (r.Chance(0.5))
            {
                page.Head.Add(Segment.Furniture(NoiseKind.Footer, "Ray ID: " + r.Letters(16, "0123456789abcdef") + r.Pick("", " • " + Stamps.Iso(page.When))).Close());
            }
        }
        else
        {
            page.Head.Add(Segment.Furniture(NoiseKind.Footer, r.Pick(
                "يبدو أن JavaScript معطل في متصفحك. يرجى تفعيله لعرض الموقع بشكل صحيح.",
                "JavaScript معطل — بعض أجزاء الصفحة قد لا تعمل",
                "You need to enable JavaScript to run this app.",
                "متصفحك لا يدعم بعض خصائص الموقع، ننصحك بتحديثه.")));
        }
        page.Head.Add(Segment.Furniture(NoiseKind.Share, Spinner(r)));
        if (r.Chance(0.5))
        {
            page.Inside(r).Add(Segment.Furniture(NoiseKind.Caption, r.Pick(
                "[جاري تحميل الفيديو...]", "جارٍ تحميل الصورة", "تعذر تشغيل الفيديو. حاول مرة أخرى لاحقاً.", "Loading video…", "▶ جاري التحميل 0%", "الوسائط غير متاحة حالياً")));
        }
        var tail = new List<Segment>();
        if (r.Chance(0.7))
        {
            tail.Add(Segment.Furniture(NoiseKind.Footer, Banner(r)));
            tail.Add(Segment.Furniture(NoiseKind.Share, r.Pick("إعادة المحاولة", "↻ إعادة المحاولة", "حاول مجدداً", "Retry", "إعادة تحميل الصفحة")).Close());
        }
        if (r.Chance(0.5))
        {
            tail.Add(Segment.Furniture(NoiseKind.Counter, r.Pick("التعليقات (", "تعليقات القراء (", "Comments (") + r.Number(r.Between(0, 90)) + ")" + r.Pick(" — جاري التحميل", " ...", "")));
        }
        if (r.Chance(0.5))
        {
            tail.Add(Segment.Furniture(NoiseKind.Share, Spinner(r)));
        }
        if (tail.Count == 0 || r.Chance(0.3))
        {
            tail.Add(Segment.Furniture(NoiseKind.Footer, r.Pick("© ", "حقوق النشر © ", "") + Stamps.Digits(Stamps.N(page.When.Year), r) + r.Pick(" جميع الحقوق محفوظة", " - كل الحقوق محفوظة", " All rights reserved")));
        }
        page.Tail.AddRange(tail);
    }

    private static string Spinner(DressingRandom r) => r.Pick("", "⏳ ", "◌ ", "… ") + r.Pick(
        "جاري التحميل...", "جارٍ التحميل", "يتم التحميل، يرجى الانتظار", "تحميل المزيد", "Loading...", "جاري تحميل التعليقات...", "جاري تحميل المزيد من الأخبار");

    private static string Banner(DressingRandom r) => r.Pick("⚠ ", "", "خطأ: ") + r.Pick(
        "تعذر تحميل المحتوى.", "عذراً، حدث خطأ أثناء تحميل التعليقات.", "تعذر تحميل الأخبار ذات الصلة", "فشل الاتصال بالخادم، تحقق من اتصالك بالإنترنت.",
        "Something went wrong. Please try again.", "انتهت مهلة الطلب (" + Stamps.N(r.Pick(408, 504, 522, 524)) + ")");
}
