namespace BlazorReader.Bench.Cleaning.Nineteenth;

// A soft paywall: the overlay's text falls between paragraphs because the whole story was
// in the page behind it. Every paragraph is still there, so every one is body; the overlay,
// the subscriber badge and the free-article meter are the page's.
public static class PaywallOverlay
{
    // One overlay to a page; a second place between paragraphs gets the meter instead.
    public static void Overlay(PageSheet s)
    {
        if (!s.First("paywall"))
        {
            Meter(s);
            return;
        }
        var r = s.R;
        var lines = new List<string>
        {
            r.Pick("🔒 ", "", "★ ") + Ink.Stretch(r, r.Pick("هذا المقال حصري للمشتركين", "للمشتركين فقط", "محتوى مميز", "أكمل القراءة باشتراكك")),
        };
        var price = r.Number(r.Pick(1, 9, 19, 29, 99));
        lines.Add(r.Next(3) switch
        {
            0 => "اشترك الآن بـ " + price + " " + r.Pick("ريال", "ر.س", "دولار") + " " + r.Pick("شهرياً", "للشهر الأول", "سنوياً"),
            1 => "احصل على وصول غير محدود إلى " + r.Pick("جميع المقالات", "الأرشيف والتحليلات", "النسخة الرقمية") + " مقابل " + price + " " + r.Pick("ريال", "دولار"),
            _ => r.Pick("الشهر الأول مجاناً", "جرّب مجاناً لمدة ٧ أيام") + "، ثم " + price + " ريال" + r.Pick(" شهرياً", ""),
        });
        if (r.Chance(0.7))
        {
            lines.Add(r.Pick("لديك اشتراك؟", "مشترك بالفعل؟") + " " + r.Pick("سجّل الدخول", "تسجيل الدخول", "ادخل من هنا"));
        }
        if (r.Chance(0.4))
        {
            lines.Add(r.Pick("يمكنك إلغاء الاشتراك في أي وقت", "الدفع آمن عبر مدى وفيزا", "عرض الباقات"));
        }
        s.Piece(NoiseKind.Footer, r.Chance(0.3) ? string.Join(r.Separator("|", "·", "—"), lines) : string.Join('\n', lines));
    }

    public static void Meter(PageSheet s)
    {
        var r = s.R;
        var total = r.Pick(3, 5, 10);
        var left = r.Between(0, total - 1);
        s.Piece(NoiseKind.Counter, r.Next(3) switch
        {
            0 => "تبقّى لك " + r.Number(left) + " من " + r.Number(total) + " مقالات مجانية هذا الشهر",
            1 => r.Pick("قرأت ", "لقد قرأت ") + r.Number(total - left) + "/" + r.Number(total) + r.Pick(" من مقالاتك المجانية", " مقالات مجانية"),
            _ => "هذا مقالك المجاني رقم " + r.Number(total - left) + r.Pick(" هذا الشهر", ""),
        });
    }

    public static void Badge(PageSheet s)
    {
        var r = s.R;
        s.Piece(NoiseKind.Tags, r.Pick("مميز", "بريميوم", "PREMIUM", "حصري") + r.Pick(" 🔒", " ✦", "") + r.Separator("|", "·") + r.Pick("تحليل", "رأي", "خاص", "تقرير"));
    }
}
