namespace BlazorReader.Bench.Cleaning.Twelfth;

// The page's own furniture: footers and consent walls (Arabic and French), share rows,
// accessibility toolbars, a broadcaster's language bar and live stream, an e-paper viewer's
// buttons, an embassy's or a federation's contact and sponsor strips.
internal static class Chrome
{
    private static readonly string[] SiteLinks = ["من نحن", "اتصل بنا", "سياسة الخصوصية", "أعلن معنا", "شروط الاستخدام", "خريطة الموقع", "الأرشيف"];

    private static NoisePiece P(NoiseKind kind, params string[] lines) => new(kind, lines);

    public static NoisePiece Footer(Story s)
    {
        var r = s.R;
        var o = s.Outlet;
        var year = Ink.Digits(r, s.Day.Year + r.Between(0, 2));
        var copyright = r.Next(4) switch
        {
            0 => "© " + year + " " + o.Name + Ink.Comma(r) + r.Pick("جميع الحقوق محفوظة", "كل الحقوق محفوظة", "الحقوق محفوظة"),
            1 => r.Pick("جميع الحقوق محفوظة", "حقوق النشر محفوظة") + " " + r.Pick("لـ", "ل", "© ") + o.Name + " " + year,
            2 => "Tous droits réservés © " + o.Domain + " " + year,
            _ => "Copyright © " + year + " " + o.Domain + r.Pick(". All rights reserved", ""),
        };
        var links = string.Join(Ink.Bar(r), SiteLinks.Where(_ => r.Chance(0.6)).DefaultIfEmpty("اتصل بنا"));
        var extra = o.Family switch
        {
            Family.Institution => r.Pick("للطوارئ القنصلية فقط" + Ink.Colon(r) + Ink.Digits(r, "+966 11 4" + r.Between(100000, 999999)), "الشريك الرسمي" + Ink.Colon(r) + r.Pick("مجموعة الريادة", "شركة الأفق للاتصالات", "مصرف الواحة"), "الموقع الرسمي" + Ink.Colon(r) + o.Domain),
            Family.Broadcaster => r.Pick("العربية | English | Русский | Français | 中文", "البث المباشر ▶ | الجدول البرامجي | الترددات", "استمع إلينا على الموجة القصيرة " + Ink.Digits(r, r.Between(6000, 15999)) + " كيلوهرتز"),
            _ => r.Pick("الآراء الواردة لا تعبر بالضرورة عن رأي الصحيفة", "رئيس التحرير" + Ink.Colon(r) + DressingPools.PersonName(r), "ترخيص رقم " + Ink.Digits(r, r.Between(100, 9999)) + "/" + year),
        };
        var lines = new List<string> { copyright };
        if (r.Chance(0.6))
        {
            lines.Insert(r.Next(2), links);
        }
        if (r.Chance(0.5))
        {
            lines.Insert(r.Next(lines.Count + 1), extra);
        }
        return new NoisePiece(NoiseKind.Footer, lines);
    }

    // A consent wall flattened into the text, in Arabic or French, with its buttons.
    public static NoisePiece Consent(Story s)
    {
        var r = s.R;
        if (s.Outlet.French && r.Chance(0.6) || r.Chance(0.15))
        {
            return P(NoiseKind.Footer,
                r.Pick("Nous respectons votre vie privée", "Vos choix en matière de cookies", "Gérer le consentement"),
                r.Pick("Nous et nos partenaires utilisons des cookies pour mesurer l'audience et personnaliser les contenus.", "Avec votre accord, nous stockons des informations sur votre appareil."),
                string.Join(Ink.Bar(r), r.Pick("Accepter", "Tout accepter", "J'accepte"), r.Pick("Refuser", "Continuer sans accepter"), r.Pick("Paramétrer", "Personnaliser")));
        }
        return P(NoiseKind.Footer,
            r.Pick("نحن نهتم بخصوصيتك", "إشعار ملفات تعريف الارتباط", "موافقتك على الكوكيز"),
            r.Pick("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك وتحليل الزيارات.", "نستخدم الكوكيز وتقنيات مشابهة لعرض محتوى يناسبك. بمتابعة التصفح فإنك توافق على ذلك."),
            string.Join(Ink.Bar(r), r.Pick("موافق", "قبول الكل", "أوافق"), r.Pick("رفض", "رفض الكل"), r.Pick("الإعدادات", "تخصيص", "اعرف المزيد")));
    }

    public static NoisePiece Share(Story s)
    {
        var r = s.R;
        string[] nets = ["فيسبوك", "إكس", "واتساب", "تلغرام", "لينكدإن", "بريد إلكتروني", "نسخ الرابط", "Facebook", "X", "WhatsApp", "Threads", "Bluesky"];
        var picked = nets.Where(_ => r.Chance(0.45)).DefaultIfEmpty("واتساب").Take(6);
        return r.Next(5) switch
        {
            0 => P(NoiseKind.Share, Ink.Label(r, ["شارك", "مشاركة", "شارك الخبر", "Partager"]) + Ink.Colon(r) + string.Join(Ink.Bar(r), picked)),
            1 => P(NoiseKind.Share, Ink.Label(r, ["تابعوا", "تابعونا", "تابع"]) + " " + s.Outlet.Name + " " + r.Pick("على", "عبر") + " " + string.Join(Ink.Comma(r), picked)),
            2 => P(NoiseKind.Share, string.Join(Ink.Bar(r), "طباعة", r.Pick("أرسل لصديق", "إرسال"), r.Pick("حفظ", "حفظ المقال"), r.Pick("تكبير الخط", "A+"))),
            3 => P(NoiseKind.Share, r.Pick("انضموا إلى قناتنا على تلغرام", "اشترك في نشرتنا اليومية", "حمّل تطبيق " + s.Outlet.Name), r.Pick("اضغط هنا", "اشترك الآن", "App Store | Google Play")),
            _ => P(NoiseKind.Share, string.Join(" ", picked)),
        };
    }

    // An accessibility toolbar: font size, contrast, grayscale, readable font, reset.
    public static NoisePiece Accessibility(Story s)
    {
        var r = s.R;
        var tools = new[] { r.Pick("A+", "أ+", "تكبير النص"), r.Pick("A-", "أ-", "تصغير النص"), r.Pick("تباين عالٍ", "تباين عالي", "التباين"), r.Pick("تدرج رمادي", "أبيض وأسود"), r.Pick("خط مقروء", "خط واضح"), r.Pick("إبراز الروابط", "تسطير الروابط"), r.Pick("إعادة ضبط", "إعادة تعيين") };
        var row = string.Join(Ink.Bar(r), tools.Where(_ => r.Chance(0.7)).DefaultIfEmpty("تباين عالٍ"));
        return r.Chance(0.5) ? P(NoiseKind.Share, r.Pick("أدوات إمكانية الوصول", "إمكانية الوصول", "Accessibilité"), row) : P(NoiseKind.Share, row);
    }

    // An e-paper viewer: the edition and page (a counter) and its buttons (share).
    public static (NoisePiece Edition, NoisePiece Buttons) EPaper(Story s)
    {
        var r = s.R;
        var edition = r.Pick("النسخة الورقية", "العدد الورقي", "الطبعة الإلكترونية", "E-paper") + Ink.Bar(r) + r.Pick("العدد ", "عدد رقم ") + Ink.Digits(r, r.Between(900, 16999)) + Ink.Bar(r) + r.Pick("الصفحة ", "ص ", "صفحة ") + Ink.Digits(r, r.Between(1, 32));
        var buttons = string.Join(Ink.Bar(r), new[] { r.Pick("تكبير", "＋"), r.Pick("تصغير", "－"), "الصفحة السابقة", "الصفحة التالية", r.Pick("تحميل PDF", "تنزيل العدد"), "قص ومشاركة", "ملء الشاشة" }.Where(_ => r.Chance(0.6)).DefaultIfEmpty("الصفحة التالية"));
        return (P(NoiseKind.Counter, edition), P(NoiseKind.Share, buttons));
    }
}
