namespace BlazorReader.Bench.Cleaning.Eighth;

// What a page asks of its reader: download the app, join the channel, turn off the ad
// blocker, log in to read on. Channel links are printed whole or broken like any link.
internal static class EighthPlugs
{
    public static Chrome AppDownload(DressingRandom r, EighthContext c) => Chrome.Of(NoiseKind.Share, r.Next(4) switch
    {
        0 => $"{r.Pick("حمّل تطبيق", "حمل تطبيق", "نزّل تطبيق")} {c.Paper.Name} {r.Pick("على", "من")} {r.Pick("App Store و Google Play", "آب ستور وجوجل بلاي", "متجر أبل وجوجل", "هواتف آيفون وأندرويد")}",
        1 => $"{r.Pick("تطبيق", "App")} {c.Paper.Name}{r.Separator("|", "-", ":")}{r.Pick("الأخبار لحظة بلحظة", "أخبار عاجلة على هاتفك", "اقرأ العدد كاملاً")}{r.Separator("|", "-")}{r.Pick("iOS | Android", "حمّله الآن", "مجاناً")}",
        2 => $"{r.Pick("اقرأ العدد الورقي", "تصفّح النسخة الرقمية", "العدد الكامل PDF")} {r.Pick("عبر تطبيق", "على تطبيق", "في تطبيق")} {c.Paper.Name}",
        _ => $"{r.Pick("لتصلك الأخبار العاجلة", "لمتابعة آخر الأخبار", "ليصلك الخبر أولاً")} {r.Pick("فعّل الإشعارات", "اشترك في التنبيهات", "حمّل التطبيق")}{r.Pick("", " 🔔", " ←")}",
    });

    public static Chrome Channel(DressingRandom r, EighthContext c)
    {
        var app = r.Pick("واتساب", "تيليجرام", "تلغرام", "WhatsApp", "Telegram");
        var before = $"{r.Pick("انضم إلى قناة", "تابعوا قناة", "اشترك في قناة", "انضموا لقناة")} {c.Paper.Name} {r.Pick("على", "عبر", "في")} {app}{r.Separator(":", "←", "-", "|")}";
        var url = app is "واتساب" or "WhatsApp"
            ? r.Pick("https://", "") + "whatsapp.com/channel/" + r.Letters(r.Between(18, 24))
            : r.Pick("https://", "") + "t.me/" + c.Paper.Slug.Replace('-', '_') + r.Pick("", "_news", "news");
        return r.Chance(0.2) ? Chrome.Of(NoiseKind.Share, before.TrimEnd(':', ' ', '←', '-', '|') + r.Pick(" 👈", " (اضغط هنا)", " من هنا"))
            : Chrome.Linked(NoiseKind.Share, r, before, url);
    }

    public static Chrome Wall(DressingRandom r, EighthContext c) => Chrome.Of(NoiseKind.Share, r.Next(4) switch
    {
        0 => $"{r.Pick("يبدو أنك تستخدم مانع إعلانات", "لاحظنا أنك تستخدم أداة لحجب الإعلانات", "مانع الإعلانات مفعّل")}{r.Pick(".", "،", " -")} {r.Pick("يرجى تعطيله لدعم", "ساعدنا بإيقافه لدعم", "أوقفه لتستمر في دعم")} {c.Paper.Name}",
        1 => $"{r.Pick("سجّل الدخول", "سجل دخولك", "أنشئ حساباً مجانياً")} {r.Pick("لمتابعة القراءة", "لقراءة بقية المقال", "لتكمل القراءة")}{r.Separator("|", "-", "،")}{r.Pick("لديك حساب؟ دخول", "اشترك الآن", "تسجيل | دخول")}",
        2 => $"{r.Pick("هذا المحتوى للمشتركين", "محتوى حصري للمشتركين", "تبقى لك")} {r.Pick("فقط", r.Number(r.Between(1, 5)) + " مقالات مجانية هذا الشهر")}{r.Separator(".", "-", "|")}{r.Pick("اشترك بـ " + r.Number(r.Between(1, 9)) + " دينار شهرياً", "اشترك الآن", "جرّب مجاناً")}",
        _ => $"{r.Pick("اشترك في النشرة البريدية", "اشترك في نشرتنا اليومية", "سجّل بريدك")} {r.Pick("لتصلك أهم الأخبار", "ليصلك ملخص اليوم", "")}{r.Separator("|", "-")}{r.Pick("بريدك الإلكتروني", "أدخل بريدك", "اشترك")}",
    });
}
