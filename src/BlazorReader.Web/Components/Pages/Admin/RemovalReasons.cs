namespace BlazorReader.Web.Components.Pages.Admin;

// The cleaner's reasons for a removal, as an editor reads them.
public static class RemovalReasons
{
    public static string Of(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (reason.StartsWith("boilerplate:", StringComparison.Ordinal))
        {
            return "نص متكرر في مقالات المصدر " + reason["boilerplate:".Length..];
        }
        return reason switch
        {
            "copyright" => "حقوق النشر",
            "counter" => "عدّاد مشاهدات أو أرقام",
            "ellipsis" => "نقاط حذف وحدها",
            "end-marker" => "علامة نهاية",
            "more-link" => "رابط «المزيد»",
            "share" => "دعوة للمشاركة أو المتابعة",
            "signature" => "توقيع بريد",
            "subscription" => "دعوة للاشتراك",
            "timestamp" => "ختم وقت",
            "teaser" => "مقدمة خبر آخر ملصقة بعد النص",
            "read-also" => "سطر «اقرأ أيضًا» وعناوينه",
            "caption" => "تعليق صورة أو مصدرها",
            "footer" => "تذييل الصفحة",
            "disclaimer" => "تنبيه من الصفحة: آراء الكاتب أو نص مولَّد آليًا",
            "comments" => "تعليقات القراء تحت الخبر",
            "widget" => "إعلان أو نافذة من نوافذ الموقع",
            "markup" => "شيفرة الصفحة: وسوم أو قوالب أو سكربت",
            "review-mark" => "تعليق مراجعة أو تعديل متتبَّع من معالج النصوص",
            "folio" => "رقم الصفحة في نسخة مطبوعة أو مقسّمة",
            "mail-signature" => "توقيع تطبيق البريد أو الهاتف",
            "chrome" => "سطر من واجهة الموقع بحكم النموذج المتعلَّم (لا قاعدة له)",
            "navigation" => "روابط تصفح الموقع",
            "headline" => "العنوان مطبوعًا فوق النص",
            "attribution" => "سطر المصدر",
            "byline" => "اسم الكاتب",
            "dateline" => "مكان الخبر وتاريخه",
            "repeat" => "فقرة مكررة حرفيًا",
            "tags" => "سطر الوسوم",
            "reply-to" => "سطر «ردًا على» فوق التغريدة",
            "post-button" => "زر من أزرار التغريدة (عرض المزيد، الترجمة)",
            "citation" => "علامة إحالة إلى مصدر في آخر الفقرة ([1]، (المصدر 2))",
            _ => reason,
        };
    }
}
