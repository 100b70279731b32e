using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// The widgets a page prints round a story, copied with it: a cookie-consent banner and its
// buttons, an advertisement's label, a metered paywall's count, a comment section's heading,
// its form's labels and each comment's reply and like controls. Each is short and says only
// what it is; a story about cookies, advertising or comments says more than that.
internal static partial class WidgetLines
{
    private const int MaxLength = 130;

    public static string? Reason(string line)
    {
        if (line.Length > MaxLength)
        {
            return null;
        }
        var bare = LineIcons.Unmarked(LineIcons.Trim(line));
        // Every body line is asked: the long ones only about what a long widget says.
        if (bare.Length > MaxShort)
        {
            return Consent().IsMatch(bare) || Meter().IsMatch(bare) ? "widget" : null;
        }
        // A comment section follows the story, so its lines mark the page's foot; a banner or an
        // advertisement may stand between two paragraphs and ends nothing.
        if (IsCommentsHeading(bare) || IsControls(bare, CommentControls, CommentReplies))
        {
            return "footer";
        }
        return Advert().IsMatch(bare) || Player().IsMatch(bare) || IsControls(bare, ConsentButtons, ConsentAnswers)
            || bare.Length < line.Trim().Length && Medium().IsMatch(bare) || Consent().IsMatch(bare) || Meter().IsMatch(bare) ? "widget" : null;
    }

    // The longest button row, heading, label or player line; banners and meters run longer.
    private const int MaxShort = 50;

    // «التعليقات», «آراء القراء (12)», «اترك تعليقاً»: a heading under which readers' comments follow.
    public static bool IsCommentsHeading(string line) => CommentsHeading().IsMatch(line.Trim());

    // A comment's reply and like buttons («رد ↩», «رد | أعجبني 12»).
    public static bool IsReply(string line) => line.Length <= MaxShort && IsControls(LineIcons.Trim(line), CommentControls, CommentReplies);

    // A row of buttons and nothing else («قبول | إعدادات», «رد | أعجبني 12»): every word one
    // of the widget's, one of them only that widget's (a «لا» or «حسنا» alone may be a quote).
    private static bool IsControls(string line, HashSet<string> words, HashSet<string> marks)
    {
        var tokens = Word().Matches(line).Select(m => m.Value.ToLowerInvariant()).ToList();
        return tokens.Count is > 0 and <= 5 && tokens.All(words.Contains) && tokens.Any(marks.Contains) && !line.Contains('.', StringComparison.Ordinal);
    }

    private static readonly HashSet<string> ConsentAnswers = new(StringComparer.Ordinal) { "قبول", "أقبل", "اقبل", "أوافق", "اوافق", "موافق", "فهمت", "accept", "agree" };

    private static readonly HashSet<string> CommentReplies = new(StringComparer.Ordinal) { "رد", "الرد", "أعجبني", "اعجبني", "reply" };

    private static readonly HashSet<string> ConsentButtons = new(StringComparer.Ordinal)
    {
        "قبول", "أقبل", "اقبل", "أوافق", "اوافق", "موافق", "حسنا", "حسناً", "فهمت", "إعدادات", "اعدادات", "الإعدادات", "تخصيص",
        "رفض", "أرفض", "accept", "agree", "ok", "got", "it", "settings", "reject", "all",
    };

    private static readonly HashSet<string> CommentControls = new(StringComparer.Ordinal)
    {
        "رد", "الرد", "ردود", "أعجبني", "اعجبني", "إعجاب", "اعجاب", "يعجبني", "لا", "تبليغ", "إبلاغ", "ابلاغ", "reply", "like", "report",
    };

    [GeneratedRegex(@"[\p{L}\p{M}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // «نستخدم ملفات تعريف الارتباط لتحسين تجربتك», «يستخدم هذا الموقع الكوكيز», «بمتابعة التصفح فإنك توافق».
    [GeneratedRegex(@"^\W*(نحن\s+)?(نستخدم|نستعمل|يستخدم\s+(هذا\s+)?(الموقع|موقعنا)|يستعمل\s+(هذا\s+)?(الموقع|موقعنا)|(هذا\s+)?(الموقع|موقعنا)\s+(يستخدم|يستعمل))\s.{0,30}(ارتباط|الكوكيز|كوكيز|cookies)|(باستخدامك|بمتابعتك|بمواصلتك|بمواصلة|بمتابعة|باستمرارك|باستمرار)\s.{0,40}(توافق|موافقت)|^\W*(we\s+use|this\s+(web)?site\s+uses)\s+cookies", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Consent();

    // «مساحة إعلانية», «- إعلان -», «[ إعلان ]», «إعلانات جوجل», «محتوى مدعوم», «Advertisement».
    [GeneratedRegex(@"^[\W_]*(مساحة\s+(إعلانية|اعلانية)|(إعلان|اعلان)(ات)?(\s+(ممول|مدفوع|تجاري|جوجل|غوغل|google))?|(محتوى|مواد)\s+(مدعوم|ممول|برعاية)|advertisements?|sponsored(\s+content)?|ads?)[\W_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Advert();

    // A flattened video or audio player: «▶ شاهد الفيديو (02:35)», «🎧 استمع إلى التقرير | 3:20 د».
    [GeneratedRegex(@"^[\W_]*(شاهد|شاهدوا|تشغيل|شغل|شغّل|استمع|استمعوا|اضغط\s+لمشاهدة)\s+(إلى\s+|الى\s+)?(ال)?(فيديو|بالفيديو|مقطع|تقرير|بودكاست|حلقة|تسجيل)(\s+(الصوتي|المصور|كاملا|كاملاً))?[\W_]*([\d٠-٩]{1,2}[:：][\d٠-٩]{2}[\W_]*(د|دقيقة|دقائق)?[\W_]*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Player();

    // «فيديو ▶», «🎧 بودكاست»: the medium's name with the player's icon and nothing else.
    [GeneratedRegex(@"^(فيديو|بالفيديو|video|بودكاست|podcast|صوت|audio)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Medium();

    // «لقد قرأت 3 من 5 مقالات مجانية هذا الشهر», «تبقى لك مقالتان مجانيتان».
    [GeneratedRegex(@"^\W*(لقد\s+)?(قرأت|قرات|استنفدت|استهلكت)\s+([\d٠-٩]+|جميع|كل)\s+(من\s+(أصل\s+)?[\d٠-٩]+\s+)?(ال)?(مقالات|مقالة|مقال|أخبار|اخبار)|^\W*(تبقى|تبقّى|بقي|يتبقى)\s+(لك|لديك)\s+([\d٠-٩]+\s+)?(مقال|مقالات|مقالة|مقالتان|مقالتين)", RegexOptions.CultureInvariant)]
    private static partial Regex Meter();

    [GeneratedRegex(@"^[\W_]*((ال)?تعليقات(\s+(القراء|الزوار|الأعضاء|الفيسبوك|فيسبوك))?|(آراء|اراء)\s+(القراء|الزوار)|(اترك|أترك|أضف|اضف|أكتب|اكتب|شاركنا)\s+(تعليق(ا|اً|ًا|ك)?|رأيك)|(إرسال|ارسال|أرسل|ارسل)\s+(ال)?تعليق(ك)?|عدد\s+التعليقات|comments?|leave\s+a\s+(comment|reply))[\W_]*([\d٠-٩]+[\W_]*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsHeading();
}
