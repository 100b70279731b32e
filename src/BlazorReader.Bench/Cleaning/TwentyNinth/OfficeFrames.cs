namespace BlazorReader.Bench.Cleaning.TwentyNinth;

// Work tools a story is pasted into or read through: e-mail clients' inbox and preview pane,
// kanban boards, help-desk tickets, e-signature envelopes and code hosts' issue trackers.
internal static class OfficeFrames
{
    public static readonly AppFrame MailClient = new(
        "mail",
        p =>
        {
            p.Chrome(NoiseKind.Counter, p.R.Pick($"البريد الوارد ({p.Digits(p.R.Between(2, 240))})", $"الوارد · {p.Digits(p.R.Between(2, 99))} غير مقروءة"));
            p.Chrome(NoiseKind.Footer,
                $"{p.R.Pick("من:", "المرسل:", "")} نشرة {p.Paper} <news@{p.R.Letters(6, "abcdefghijklmnopqrstuvwxyz")}.com>".Trim(),
                $"{p.Digits(p.R.Between(1, 12))}:{p.Digits(p.R.Between(10, 59))} {p.R.Pick("ص", "م")} · {p.R.Pick("مؤرشف", "غير مقروء", "مهم ★")}");
        },
        _ => { },
        p =>
        {
            p.Chrome(NoiseKind.Share, p.R.Pick("↩ رد · ↪ إعادة توجيه · 🗄 أرشفة", "الرد على الكل | إعادة التوجيه | حذف"));
            var titles = p.OtherTitles(p.R.Between(2, 3));
            if (titles.Count > 0)
            {
                p.Add(new NoisePiece(NoiseKind.Teaser, [.. titles.Select(t => $"{p.Paper} — {t} {p.R.Pick("· أمس", "· ٩:١٥ ص", "· 3 أغسطس", "")}".TrimEnd())]) { Teasers = titles });
            }
        },
        p => [
            "وقالت الشركة في رسالة بريد إلكتروني وجّهتها إلى عملائها إن الخدمة ستعود خلال ساعات.",
            $"وأشار إلى أن {p.Digits(p.R.Between(3, 40))} ألف رسالة غير مقروءة تراكمت في صندوق الشكاوى خلال الإجازة.",
        ]);

    public static readonly AppFrame Kanban = new(
        "kanban",
        p => p.Chrome(NoiseKind.Footer, p.R.Pick("لوحة: متابعة الأخبار › عمود «جاهز للنشر»", "Trello · ديسك التحرير / قيد التدقيق")),
        p => p.Chrome(NoiseKind.Counter, $"☑ قائمة التحقق {p.Digits(p.R.Between(1, 4))}/{p.Digits(5)}"),
        p =>
        {
            p.Chrome(NoiseKind.Tags, $"التسميات: {p.R.Pick("عاجل", "محليات", "اقتصاد")} · {p.R.Pick("للموقع", "للورقي", "مراجعة")}");
            p.Chrome(NoiseKind.Byline, $"المكلّف{p.R.Pick(":", " ←")} {DressingPools.PersonName(p.R)}");
            p.Chrome(NoiseKind.Footer, $"تاريخ الاستحقاق {p.Digits(p.R.Between(1, 28))} {Months.Name(p.R, p.Date.Month)}", p.R.Pick("＋ أضف بطاقة", "+ إضافة بطاقة أخرى"));
        },
        p => [
            $"أولاً: تسريع إجراءات الطلبات المتأخرة خلال {p.Digits(30)} يوماً.",
            "المرحلة الثانية",
            "وأوضح أن المرحلة الثالثة من المشروع ما زالت قيد التنفيذ.",
        ]);

    public static readonly AppFrame HelpDesk = new(
        "help-desk",
        p => p.Chrome(NoiseKind.Footer, $"التذكرة #{p.R.Letters(5, "0123456789")} · الحالة: {p.R.Pick("مفتوحة", "قيد المعالجة")} · الأولوية: {p.R.Pick("عالية", "متوسطة")}"),
        p => p.Chrome(NoiseKind.Footer, $"رد {p.R.Pick(DressingPools.FirstNames)} (الدعم الفني) — منذ {p.Digits(p.R.Between(2, 50))} دقيقة:"),
        p =>
        {
            p.Chrome(NoiseKind.Signature, p.R.Pick("مع خالص التحية، فريق الدعم", "فريق خدمة العملاء — نسعد بخدمتكم"));
            p.Chrome(NoiseKind.Footer, p.R.Pick("✅ تم حل التذكرة · قيّم تجربتك ★★★★★", "أعد فتح التذكرة إذا لم تُحل المشكلة"));
        },
        p => [
            "س: متى تبدأ المرحلة الجديدة؟ ج: مع بداية العام الدراسي المقبل.",
            $"وتلقى مركز الاتصال أكثر من {p.Digits(p.R.Between(1000, 9000))} بلاغ خلال الأسبوع الأول.",
            "وختم بقوله: نسعد بتلقي ملاحظات المواطنين في أي وقت.",
        ]);

    public static readonly AppFrame ESignature = new(
        "e-signature",
        p => p.Chrome(NoiseKind.Footer, $"معرّف المغلف: {p.R.Letters(8, "0123456789ABCDEF")}-{p.R.Letters(4, "0123456789ABCDEF")}-{p.R.Letters(4, "0123456789ABCDEF")}"),
        p => p.Chrome(NoiseKind.Footer, p.R.Pick("✍ وقّع هنا", "▸ وقّع هنا ◂", "اضغط للتوقيع")),
        p =>
        {
            p.Chrome(NoiseKind.Counter, $"مكتمل ✓ ({p.Digits(2)} من {p.Digits(2)} توقيعات)");
            p.Chrome(NoiseKind.Footer,
                "سجل التدقيق",
                $"{p.Year(p.Date.Year)}/{p.Digits(p.Date.Month)}/{p.Digits(p.Date.Day)} {p.Digits(p.R.Between(10, 23))}:{p.Digits(p.R.Between(10, 59))} — فُتح المستند بواسطة {p.R.Letters(5, "abcdefghijklmnopqrstuvwxyz")}@{p.R.Pick("gov.sa", "mail.com")}",
                $"عنوان IP: {p.R.Between(10, 220)}.{p.R.Between(0, 255)}.{p.R.Between(0, 255)}.{p.R.Between(1, 254)}");
        },
        p => [
            "ووقّع الطرفان الاتفاقية إلكترونياً، في سابقة هي الأولى من نوعها.",
            $"وتشمل المذكرة {p.Digits(p.R.Between(4, 12))} بنود رئيسية أبرزها تبادل الخبرات.",
        ]);

    public static readonly AppFrame IssueTracker = new(
        "issue-tracker",
        p => p.Chrome(NoiseKind.Footer, $"#{p.R.Letters(4, "0123456789")} {p.R.Pick("مفتوحة", "Open", "مغلقة")} · فتح هذه المشكلة {p.R.Letters(7, "abcdefghijklmnopqrstuvwxyz")} قبل {p.Digits(p.R.Between(2, 9))} أيام"),
        _ => { },
        p =>
        {
            p.Chrome(NoiseKind.Tags, $"التسميات {p.R.Pick("bug", "محتوى", "enhancement")}, {p.R.Pick("needs-review", "عاجل", "ترجمة")}");
            p.Chrome(NoiseKind.Counter, $"💬 {p.Digits(p.R.Between(1, 60))} تعليقات · 👍 {p.Digits(p.R.Between(1, 90))}");
            p.Chrome(NoiseKind.Footer, p.R.Pick("إغلاق المشكلة · تعليق", "Close issue | Comment", "اشترك في الإشعارات 🔔"));
        },
        p => [
            "وقال المبرمج إن الخلل البرمجي أُصلح في التحديث الأخير للتطبيق.",
            $"وبلغ عدد البلاغات التقنية المغلقة {p.Digits(p.R.Between(100, 900))} بلاغاً.",
        ]);
}
