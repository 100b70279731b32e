using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Share, follow and subscription lines: a short line that asks the reader to share, follow,
// join, subscribe or install, naming where; a row of networks or page tools; the SMS
// subscription lines of Saudi papers. Verbs that also tell news («تابع», «حمل», «شارك»)
// only count in a line without a sentence's end.
internal static partial class ShareLines
{
    // Networks and messengers as Arabic and Latin copy spell them («تلقرام», «الفيسبوك», «Tumblr»).
    private const string Networks = @"(ال)?(فيس\s*بوك|فيسبوك|فيسبوك|فيس|تويتر|تويتير|واتس\s*[اآ]ب|واتساب|وتساب|واتس|تيليجرام|تيليغرام|تيلجرام|تيلغرام|تيلقرام|تلغرام|تليجرام|تليغرام|تلقرام|تليقرام|تلجرام|انستقرام|انستغرام|انستجرام|انستاجرام|انستاغرام|إنستغرام|إنستقرام|إنستجرام|إنستاجرام|انستا|إنستا|يوتيوب|يوتوب|تيك\s*توك|سناب\s*شات|سنابشات|سناب|لينكد\s*[إا]ن|لينكدإن|لينكدان|جوجل\s*بلس|ماسنجر|مسنجر|تمبلر|تامبلر|ريديت|رديت|بنترست|بينترست|بنتريست|بينتريست|فايبر|ثريدز|سيجنال|ديسكورد|بلوسكاي|(منصة\s+)?(إكس|اكس))|facebook|fb|twitter|whatsapp|telegram|instagram|youtube|snapchat|linkedin|pinterest|reddit|tumblr|messenger|viber|threads|tiktok|vk|vkontakte|skype|wechat|flipboard|digg|gmail|bluesky|mastodon|discord|weibo|blogger|google\+|e-?mail|sms";

    // «حفظ في المفضلة», «أضف إلى قائمة القراءة»: a save button, in a row of tools or alone.
    private const string SaveTo = @"(حفظ|احفظ|أضف|اضف)\s+(في|إلى|الى|ل)\s*(ال)?(مفضلة|ملفاتي|قائمتي|محفوظات|قائمة\s+القراءة)";

    private const int MaxLength = 140;
    private const int MaxWords = 14;

    public static string? Reason(string line)
    {
        if (line.Length > 180)
        {
            return null;
        }
        // A writer's own handle below the text («تويتر: @name») signs it: LinkLines names it.
        var signed = line.Contains('@', StringComparison.Ordinal) && LinkLines.Reason(line) == "signature";
        line = LineIcons.Trim(line);
        if (line.Length == 0)
        {
            return null;
        }
        if (MayBeSubscription(line) && Subscription().IsMatch(line))
        {
            return "subscription";
        }
        if (line.Length > MaxLength || line.Split(' ').Length > MaxWords)
        {
            return null;
        }
        if (ToolRow().IsMatch(line) || Feedback().IsMatch(line) || Invitation().IsMatch(line) && !line.EndsWith('.') || line.Length <= 60 && (PageAction().IsMatch(line) || !signed && Handle().IsMatch(line))
            || line.Length <= MaxButton && line.Split(' ').Length <= MaxButtonWords && AppButton().IsMatch(line))
        {
            return "share";
        }
        return null;
    }

    // An app's button, an order and its object («فعّل تنبيهات جودة الهواء», «حمّل الفاتورة PDF»,
    // «أضف إلى رفّي»): only verbs no noun is spelt as (the shadda written, or a hamza no noun
    // opens with); no corpus line of this length opens with one.
    private const int MaxButton = 40;
    private const int MaxButtonWords = 5;

    [GeneratedRegex(@"^\W*(فعّل|فعّلي|حمّل|حمّلي|أضف|اضف|أضيفي|أنشئ|انشئ|احفظ|احفظي|ادفع|استعرض|ابدأ|صدّر|قيّم|قيّمي|جرّب|سجّل|تتبّع|حدّث)\s+[^.!؟?:،]{2,34}$", RegexOptions.CultureInvariant)]
    private static partial Regex AppButton();

    // Every branch of Subscription needs one of these; most lines have none.
    private static bool MayBeSubscription(string line) =>
        line.Contains("sms", StringComparison.OrdinalIgnoreCase) || line.Contains("رسال", StringComparison.Ordinal) || line.Contains("رسل", StringComparison.Ordinal)
        || line.Contains("تبدأ", StringComparison.Ordinal) || line.Contains("زين", StringComparison.Ordinal) || line.Contains("موبايلي", StringComparison.Ordinal)
        || line.Contains("الاتصالات", StringComparison.Ordinal) || line.Contains("zain", StringComparison.OrdinalIgnoreCase)
        || line.Contains("stc", StringComparison.OrdinalIgnoreCase) || line.Contains("mobily", StringComparison.OrdinalIgnoreCase);

    // «للتواصل … أرسل رسالة SMS …», «737221 - Zain», «ثم مسافة ثم الرسالة».
    [GeneratedRegex(@"(\bsms\b.{0,80}(ال)?(رسال|رمز|اشتراك)|(ارسل|أرسل)\s.{0,40}(sms|رسالة\s+(نصية|قصيرة))|(ارسل|أرسل)\s.{0,40}[\d٠-٩]{4,}|تبدأ\s+بالرمز|ثم\s+(مسافة\s+ثم\s+)?(نص\s+)?الرسالة$|^\d{4,7}\s*[-–]\s*(zain|stc|mobily|زين|موبايلي|الاتصالات)$|^[\s\d،,\-–]*((الاتصالات|موبايلي|زين|stc|mobily|zain)[\s\d،,\-–]*){2,}$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subscription();

    // A row of networks and page tools: «فيسبوك | تويتر | واتساب», «طباعة - أرسل لصديق».
    [GeneratedRegex(@"^\W*((" + Networks + @"|print|طباعة|اطبع|" + SaveTo + @"|حفظ|نسخ\s+الرابط|(أرسل|ارسل|إرسال|ارسال)(\s+(إلى|الى|ل))?\s*(صديق|لصديق)?|(ال)?بريد(\s+(ال)?(إلكتروني|الكتروني))?|تكبير\s+الخط|تصغير\s+الخط|حجم\s+الخط|أضف\s+تعليق(ا|اً|ك)?|اضف\s+تعليق(ا|اً|ك)?|شارك\s+برأيك|اكتب\s+تعليقك|تعليقات|share(\s+(this|on|via))?|tweet|like|شارك|مشاركة|شاركها)(\s*[(\[]?[\d٠-٩][\d٠-٩,.٫٬]*\s*[KkMm]?[)\]]?)?\s*(:|\||•|·|/|-|–|—|،|,|و)?\s*){1,8}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToolRow();

    // A call to share, follow, join, subscribe or install, naming a network, app, channel,
    // list or the paper; or a short bare «شارك الخبر».
    [GeneratedRegex(@"^\W*(شارك|شاركها|شاركوا|شاركونا|مشاركة|انشر|انشرها|تابع|تابعنا|تابعونا|تابعوا|تابعي|follow|share|like|انضم|انضموا|انضمي|اشترك|اشتركوا|اشتركي|للاشتراك|سجل|سجّل|حمل|حمّل|نزل|نزّل|download|subscribe|join|get|فعّل|فعل|لتصلك|ليصلك|لمتابعة|للمتابعة)\b(.{0,80}(" + Networks + @"|تطبيق|التطبيق|قناة|قناتنا|النشرة|نشرتنا|البريدية|بريدك|البريد|العاجلة|(آخر|جديد)\s+(ال)?أخبار|خدمة|(ال)?أخبار\s|الإشعارات|الاشعارات|حسابنا|صفحتنا|\bapp\b|channel|newsletter|notifications|\bus\b|صحيفة|جريدة|موقع)|\s+(الخبر|المقال|هذا(\s+الخبر|\s+المقال)?|برأيك|الآن|this)\W*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Invitation();

    // A page tool's label: an imperative on this very article («اطبع الخبر», «أرسل عبر
    // البريد», «شارك هذا الموضوع مع أصدقائك», «Share on …»), or the lone verb of a tweet button.
    [GeneratedRegex(@"^\W*((شارك|انشر|أرسل|ارسل|اطبع|انسخ|نسخ|احفظ|غرد|غرّد)\s+(\S+\s+){0,3}(ال)?(خبر|موضوع|مقال|مقالة|رابط|بريد|بالبريد|أصدقائك|اصدقائك|أصدقاءك)\S*(\s+(ال)?(دعوة|صفحة|مقال|خبر|فعالية|حدث)\S*)?(\s+(على|عبر|في|مع|إلى|الى)\s*\S+(\s+\S+)?)?|" + SaveTo + @"|غرد|غرّد|(share|tweet|send|post|pin|email)\s+(on|via|to|this|it)\b.{0,30})\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageAction();

    // A network and the paper's handle or address on it: «تلقرام: @news», «يوتيوب | @channel».
    [GeneratedRegex(@"^(" + Networks + @")\s*[:|\-–—/]?\s*@[\w.]{2,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    // The page asking what the reader thought of it, with its answers: «هل كان الملخص مفيداً؟ نعم
    // / لا», «هل وجدت هذه الصفحة مفيدة؟», «قيّم الترجمة ☆☆☆☆☆», «Was this article helpful?», «هل
    // أعجبك الخبر؟», «ما رأيك في هذا المقال؟»: of the story's own questions none has the page for its object.
    [GeneratedRegex(@"^\W*(هل\s+(كان|كانت|وجدت|وجدتم)\s+((هذا|هذه)\s+)?(ال)?(ملخص|مقال|مقالة|صفحة|خبر|محتوى|معلومات|معلومة|إجابة|اجابة|ترجمة|تقرير|قصة)(\s+(هذا|هذه))?\s+(مفيد|مفيدا|مفيداً|مفيدًا|مفيدة)\s*[؟?]?|(قيّم|قيم|قيّموا|قيموا)\s+((هذا|هذه)\s+)?(ال)?(ملخص|مقال|مقالة|خبر|ترجمة|صفحة|محتوى|تقرير)|(هل\s+(أعجبك|اعجبك|أفادك|افادك|استفدت\s+من)|ما\s+(رأيك|رايك)\s+(في|ب))\s*((هذا|هذه)\s+)?(ال)?(ملخص|مقال|مقالة|صفحة|خبر|محتوى|تقرير|قصة|موضوع)\s*[؟?]?|(was|is)\s+this\s+(summary|article|page|answer|translation|story)\s+(helpful|useful)\s*\??|did\s+you\s+(like|enjoy)\s+this\s+(article|story)\s*\??|did\s+you\s+find\s+this\s+(helpful|useful)\s*\??|rate\s+this\s+(summary|article|translation))[\s:\-–|]*((نعم|لا|yes|no|👍|👎|☆|★|⭐)[\s/|·,،]*)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Feedback();
}
