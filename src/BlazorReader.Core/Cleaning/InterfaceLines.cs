using System.Text.RegularExpressions;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// A page's controls copied as text, whatever their wording: a screen reader's labels («زر:
// مشاركة عبر واتساب», «Link: مشاركة الخبر (يفتح في نافذة جديدة)»), skip and back-to-top
// links, players, galleries, polls, a tweet's own buttons, a translator's bar, a forwarded
// mail's header. Told by vocabulary, not by wording: every word of the line is a word such
// controls are made of, and one of them is a control's own (a share, a button, a window, a
// vote). A story's line, even one about sharing or voting, has words of its own.
internal static partial class InterfaceLines
{
    private const int MaxLength = 80;
    private const int MaxWords = 10;

    public static string? Reason(string line)
    {
        if (line.Length > MaxLength || line.Length < 2)
        {
            return null;
        }
        var numbered = Number().IsMatch(line);
        if (IsTickerStub(line) || FormField().IsMatch(line) || numbered && IsPager(line) || numbered && line.Trim() is var trimmed && (PollAnswer().IsMatch(trimmed) || PrayerTime().IsMatch(trimmed)
            || PlayerTime().IsMatch(trimmed) || ReadingProgress().IsMatch(trimmed) || ViewerPosition().IsMatch(trimmed) || DeliveryReceipt().IsMatch(trimmed) || IsGalleryCounter(trimmed)))
        {
            return "widget";
        }
        var words = Word().Matches(line);
        if (words.Count is 0 or > MaxWords)
        {
            return null;
        }
        if (words.Count <= MaxFileWords && FileSize().IsMatch(line) || words.Count == 2 && (Button().IsMatch(line) && !line.Contains('؟') && !line.Contains('?') || Download().IsMatch(line)))
        {
            return "widget";
        }
        // One word alone is a control only as an action («شارك», «Print»): a noun alone («تغريدة:»,
        // «#نافذة») labels what follows it, a quoted tweet or a column's rubric.
        if (words.Count == 1 && !numbered && (!Actions.Contains(ArabicNormalizer.Normalize(words[0].Value)) || line.TrimStart().StartsWith('#')))
        {
            return null;
        }
        var own = false;
        foreach (Match word in words)
        {
            var key = ArabicNormalizer.Normalize(word.Value);
            if (Own.Contains(key) || numbered && OwnWithNumber.Contains(key))
            {
                own = true;
            }
            else if (!Filler.Contains(key) && !(key.Length > 2 && key.StartsWith('ل') && Filler.Contains("ا" + key[1..])))
            {
                return null;
            }
        }
        return own ? "widget" : null;
    }

    // A news ticker's stub copied without its text: an icon, perhaps «عاجل», and an ellipsis
    // («🔴 عاجل: …», «📌 …»). A story's section break has no icon.
    public static bool IsTickerStub(string line) =>
        line.Length <= 30 && (line.Contains('…') || line.Contains("...", StringComparison.Ordinal)) && LineIcons.Trim(line) is var bare
            && bare.Length < line.Trim().Length && TickerStub().IsMatch(bare);

    private static HashSet<string> Normalized(params string[] words) =>
        new(words.Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);

    // Words only a control is made of.
    private static readonly HashSet<string> Own = Normalized(
        "زر", "الزر", "رابط", "الرابط", "نافذة", "النافذة", "مشاركة", "المشاركة", "شارك", "شاركها", "شاركوا", "نسخ", "انسخ",
        "طباعة", "الطباعة", "اطبع", "واتساب", "واتس", "فيسبوك", "تويتر", "تيليجرام", "تلغرام", "تليجرام", "لينكدإن", "سناب",
        "انستغرام", "إنستغرام", "يوتيوب", "ماسنجر", "إيميل", "تخط", "تخطَّ", "تخطى", "تخطي", "للأعلى", "لأعلى", "الأعلى",
        "التصويت", "تصويت", "صوّت", "صوت", "استمع", "الاستماع", "استماع", "تشغيل", "التشغيل", "التغريدة", "تغريدة", "التغريد",
        "الردود", "ترجمة", "الترجمة", "المترجم", "الأصلي", "ألبوم", "الألبوم", "الصور", "إعجاب", "الإعجاب", "يعجبني", "أعجبني",
        "المختصر", "توجيهها", "المعاد", "المُعاد", "button", "link", "window", "tab", "share", "copy", "print", "whatsapp",
        "facebook", "twitter", "telegram", "linkedin", "messenger", "email", "skip", "top", "vote", "listen", "play", "tweet",
        "retweet", "reply", "replies", "like", "translate", "translated", "translation", "original", "gallery", "photos",
        "album", "forwarded", "continued", "بالبريد", "أؤيد", "أعارض", "محايد", "انتقل", "المتصفح", "كاملا", "كاملاً", "الكاملة", "تعليقات",
        "التعليقات", "recommended", "ماستودون", "mastodon", "ثريدز", "threads", "بلوسكاي", "bluesky", "instagram", "سنابشات", "snapchat",
        "تيك", "توك", "tiktok", "youtube", "player", "الوصول", "accessibility", "accessibilité", "partager", "imprimer", "regarder",
        "écouter", "cookies", "cookie", "الكوكيز", "كوكيز", "الخريطة", "خريطة", "خرائط", "map", "carte", "الشاشة", "كتم",
        "التعليق", "علق", "commentaire", "commentaires", "commenter",
        // An accessibility bar, a download or loading control, a revision view's buttons, Urdu share buttons.
        "تصغير", "تكبير", "تباين", "تمييز", "تدرج", "رمادي", "مقروء", "الضبط", "سهولة", "تنزيل", "download", "retry", "loading",
        "التحميل", "معاينة", "التغييرات", "التطبيق", "app", "بالسابقة", "المراجعة", "إيقاف",
        // A report-an-error link («أبلغ عن خطأ», «هل وجدت خطأ؟ أخبرنا», «Report an error»).
        "أبلغ", "ابلغ", "بلغ", "بلّغ", "الإبلاغ", "إبلاغ", "أخبرنا", "report",
        // A newsletter box's and a dialog's buttons («اشترك», «تم الاشتراك بنجاح», «إغلاق»), a pager's «التالي».
        "اشترك", "الاشتراك", "subscribe", "subscribed", "unsubscribe", "إغلاق", "اغلاق", "close", "التالي", "السابق", "ٹویٹر", "واٹس", "ایپ", "فیس", "بک", "شیئر", "کریں");

    private static readonly HashSet<string> Actions = Normalized(
        "شارك", "مشاركة", "طباعة", "اطبع", "نسخ", "انسخ", "صوّت", "استمع", "تشغيل", "للأعلى", "share", "print", "copy", "skip",
        "listen", "play", "vote", "reply", "retweet", "like", "translate", "top", "recommended", "تنزيل", "download", "retry",
        "accessibility", "معاينة", "اشترك", "subscribe", "إغلاق", "اغلاق", "close", "التالي", "السابق");

    // Words a control's label counts with: «صورة ٣ من ٨», «الكلمات: 420», «يتبع في الصفحة 7».
    private static readonly HashSet<string> OwnWithNumber = Normalized(
        "صورة", "صور", "الصورة", "الكلمات", "كلمة", "photo", "image", "words", "page", "p", "الصفحة", "صفحة", "يتبع", "تتمة", "بقية", "أكمل",
        "cont", "قراءة", "القراءة", "تقرأ", "تُقرأ");

    // Words a control's label is made of with them, and a story's too.
    private static readonly HashSet<string> Filler = Normalized(
        "إلى", "الى", "على", "عبر", "في", "من", "عن", "هذا", "هذه", "المقال", "المقالة", "مقال", "الخبر", "خبر", "الصفحة",
        "صفحة", "المحتوى", "محتوى", "الرئيسي", "الرئيسية", "جديدة", "جديد", "يفتح", "تفتح", "فتح", "افتح", "العودة", "عودة",
        "الآن", "عرض", "اعرض", "شاهد", "مشاهدة", "صورة", "صور", "النص", "الكامل", "كامل", "كاملا", "أو", "و", "لا", "نعم",
        "مع", "ضد", "دقيقة", "دقائق", "د", "اضغط", "انقر", "هنا", "اقرأ", "الرد", "رد", "إعادة", "الآلية", "آلي", "هل", "تريد",
        "شكرا", "شكراً", "لم", "بداية", "الرسالة", "رسالة", "قائمة", "القائمة", "البريد", "بالبريد", "إرسال", "ارسل",
        "أرسل", "الصوت", "صوتي", "الصوتي", "حجم", "الخط", "الصورة", "معرض", "حفظ", "توجد", "مشاركا", "مشاركاً", "الاطلاع", "للاطلاع",
        "تصفح", "النسخة", "المنشور", "الموضوع", "مصدره", "مدة", "to", "the", "this", "on", "via", "in", "of", "new", "a", "by", "and",
        "or", "page", "from", "p", "content", "main", "article", "story", "news", "back", "open", "opens", "now", "show", "view",
        "see", "google", "message", "begin", "no", "yes", "thanks", "with", "mail", "image", "photo", "min", "x", "us", "all",
        "إمكانية", "أدوات", "فيديو", "الفيديو", "video", "شات", "منشور", "post", "sur", "voir", "le", "la", "les", "de", "du", "des",
        "et", "en", "à", "موافقتك", "قبول", "رفض", "الكل", "إدارة", "تفضيلات", "accept", "reject", "manage", "settings",
        "افتح", "ملء", "بعد", "كل", "نشر", "أضف", "اضف", "laisser", "un", "soyez", "premier", "open", "full", "screen", "mute",
        "الروابط", "الحركة", "تحميل", "خط", "عال", "عالي", "عالٍ", "جاري", "يتم", "يرجى", "الانتظار", "مقارنة", "سجل", "استعادة", "تعديل", "a", "please", "wait",
        "خطأ", "الخطأ", "خطا", "أخطاء", "وجدت", "لاحظت", "إملائي", "إملائية", "an", "error", "errors", "issue", "mistake", "typo", "تم", "بنجاح");

    // A page's pager: numbers and «next»/«previous» alone («1 2 3 التالي »», «« السابق ٤ ٥»), two
    // numbers at least, rising.
    private static bool IsPager(string line)
    {
        var tokens = line.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Where(t => t.Any(char.IsLetterOrDigit)).ToList();
        if (tokens.Count > MaxPagerTokens || !tokens.TrueForAll(t => t.Length <= MaxPageDigits && t.All(char.IsDigit) || PagerWords.Contains(t.Trim('«', '»', '‹', '›', '<', '>', '…'))))
        {
            return false;
        }
        var numbers = tokens.Where(t => t.All(char.IsDigit)).Select(t => Digits.ValueOf(t)).ToList();
        return numbers.Count >= 2 && numbers.Zip(numbers.Skip(1)).All(p => p.Second > p.First) && (numbers.Count >= 3 || tokens.Count > numbers.Count);
    }

    // A form's field with its required mark («هل تنصح بقراءة الخبر؟ *», «البريد الإلكتروني *») and
    // the form's note on it («* يشير إلى سؤال مطلوب», «الحقول المعلّمة بـ * إلزامية»). A line the story
    // decorates with stars opens with one too.
    [GeneratedRegex(@"^[^*]{2,80}\s\*\s*$|^\W*\*\s*(يشير|تشير)\s+إلى\s+(ال)?(سؤال|حقل|حقول)\s+(ال)?(مطلوب|إلزامي|اجباري|إجباري)|^\W*(ال)?(حقول|أسئلة|اسئلة)\s+(ال)?(معلّمة|معلمة|مميزة)\s+(بـ|ب)\s*\*\s*(إلزامية|مطلوبة|اجبارية|إجبارية)\W*$|^\W*\*\s*(required|indicates\s+(a\s+)?required\s+(field|question))\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormField();

    private const int MaxPagerTokens = 12;
    private const int MaxPageDigits = 4;

    private static readonly HashSet<string> PagerWords = new(["التالي", "السابق", "الأولى", "الاولى", "الأخيرة", "الاخيرة", "next", "prev", "previous", "first", "last"], StringComparer.OrdinalIgnoreCase);

    // A gallery's place, «3 / 12», «٨ من ٩»: the first number never past the second.
    private static bool IsGalleryCounter(string line) =>
        GalleryCounter().Match(line) is { Success: true } m && Digits.ValueOf(m.Groups[1].ValueSpan) is var at && at >= 1 && at <= Digits.ValueOf(m.Groups[2].ValueSpan);

    [GeneratedRegex(@"^\W*(\d{1,3})\s*(?:/|من|sur|of)\s*(\d{1,3})\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GalleryCounter();

    // A player's length or position: «المدة: 02:35», «01:12 / 04:10 دقيقة», «Durée : 3:05».
    [GeneratedRegex(@"^\W*(المدة|مدة\s+(الفيديو|المقطع)|durée|duration)\s*[:：]?\s*[\d٠-٩]{1,2}[:：][\d٠-٩]{2}(\s*/\s*[\d٠-٩]{1,2}[:：][\d٠-٩]{2})?\s*(دقيقة|دقائق|د|min)?\W*$|^\W*[\d٠-٩]{1,2}[:：][\d٠-٩]{2}\s*/\s*[\d٠-٩]{1,2}[:：][\d٠-٩]{2}\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlayerTime();

    // A reading-progress chip: «اكتملت القراءة 45%», «التقدم: 100%».
    [GeneratedRegex(@"^\W*(اكتملت\s+القراءة|تمت\s+قراءة|نسبة\s+القراءة|التقدم|progress|progression|lu)\s*[:：]?\s*[\d٠-٩]{1,3}\s*[%٪]\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingProgress();

    // A text viewer's place in the file, in its own language: «--More--(25%)», «byte 3397 97%»,
    // «lines 28-101/284 40%». Latin words, no Arabic, a share at the end.
    [GeneratedRegex(@"^[^\u0600-\u06FF]{0,30}[A-Za-z]{3}[^\u0600-\u06FF]{0,30}\d{1,3}\s*%\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ViewerPosition();

    // A message's receipt under its bubble: «تم التسليم ٦:٤٣ ص», «سُلّمت 16:24», «✓✓ 6:03», «Read 10:22
    // PM». A phone's, not a time the story or another one was published at.
    [GeneratedRegex(@"^(?:[✓✔]{1,2}\s*|(?:[✓✔]{1,2}\s*)?(?:(?:تم|تمت)\s+(?:التسليم|الإرسال|الارسال|القراءة|المشاهدة)|سُ?لّ?ُ?مت|أُ?رسلت|قُ?رئت|Delivered|Sent|Read|Seen))\s*[·•:]?\s*[\d٠-٩]{1,2}:[\d٠-٩]{2}\s*(?:ص|م|صباحاً|صباحا|مساءً|مساء|AM|PM|am|pm)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DeliveryReceipt();

    // A poll's answer and its share: «أؤيد 62٪», «لا 38 %».
    [GeneratedRegex(@"^\W*(نعم|لا|مع|ضد|yes|no)\s*[:\-–]?\s*[\d٠-٩]{1,3}(\.[\d٠-٩])?\s*[%٪]\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PollAnswer();

    // A prayer-times widget's row: «العصر 3:21 م», «الفجر: ٤:١٠».
    [GeneratedRegex(@"^\W*(الفجر|الشروق|الظهر|العصر|المغرب|العشاء)\s*[:\-–|]?\s*[\d٠-٩]{1,2}[:：][\d٠-٩]{2}\s*(ص|م|am|pm)?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrayerTime();

    [GeneratedRegex(@"^[#\W]*((خبر\s+)?عاجل|breaking)?[\W]*(…|\.\.\.)[\W]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TickerStub();

    [GeneratedRegex(@"[\p{L}\p{M}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // A file offered for download by its size («PDF · 2.5 MB», «المرفقات: تعميم.pdf (815 ك.ب)»); a
    // story gives a file's size only in a sentence about a device.
    private const int MaxFileWords = 6;

    [GeneratedRegex(@"[\d٠-٩][\d٠-٩.,٫٬]*\s*(KB|MB|GB|kB|كيلوبايت|ميغابايت|ميجابايت|ك\.\s?ب|م\.\s?ب)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex FileSize();

    // A button of an action and «now» («تداول الآن», «سجّل الآن», «Trade now»).
    [GeneratedRegex(@"^[\W_]*[\p{L}\p{M}]+\s+(الآن|الان|now)[\W_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Button();

    // Download and a file's name for what it holds, all the line holds («تحميل التعميم», «تنزيل
    // الملف»); «تحميل المسؤولية» (blaming) is a story's.
    [GeneratedRegex(@"^[\W_]*(تحميل|تنزيل|حمّل|نزّل)\s+(ال)?(ملف|تطبيق|تعميم|نشرة|بيان|تقرير|دليل|عدد|كتاب|نموذج|استمارة|مرفق|مرفقات|جدول|برنامج|صور|فيديو|مقطع|نسخة|pdf)[\W_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Download();

    [GeneratedRegex(@"[\d٠-٩]", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
