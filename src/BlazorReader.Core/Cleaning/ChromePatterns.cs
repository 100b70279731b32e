using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Site chrome that news pages wrap around articles, by kind. Strong kinds are never body
// text wherever they stand; weak kinds (bare numbers, dots, clock times) only at the edges.
internal static partial class ChromePatterns
{
    public static string? StrongReason(string line) => line switch
    {
        _ when MayBeCopyright(line) && Copyright().IsMatch(line) => "copyright",
        _ when line.Length <= 220 && MayBeSubscription(line) && Subscription().IsMatch(line) => "subscription",
        _ when MayBeSignature(line) && Signature().IsMatch(line) => "signature",
        _ when MoreLink().IsMatch(line) => "more-link",
        _ when Share().IsMatch(line) => "share",
        _ when EndMarker().IsMatch(line) => "end-marker",
        _ when Comments().IsMatch(line) => "counter",
        _ => null,
    };

    public static string? WeakReason(string line) => line switch
    {
        _ when Counter().IsMatch(line) => "counter",
        _ when Ellipsis().IsMatch(line) => "ellipsis",
        _ when ClockTime().IsMatch(line) => "timestamp",
        _ => null,
    };

    // Unanchored patterns are tried at every position of every line, most of the cleaning time;
    // each needs a word that a plain search finds first, so lines without it skip the regex.
    private static bool MayBeCopyright(string line) =>
        line.Contains('©', StringComparison.Ordinal) || line.Contains("محفوظة", StringComparison.Ordinal)
        || line.Contains("(c)", StringComparison.OrdinalIgnoreCase) || line.Contains("copyright", StringComparison.OrdinalIgnoreCase);

    // A word every branch of Subscription needs (a carrier's name for the short-code lines);
    // the long s is one the regex's ignore-case takes for an s.
    private static bool MayBeSubscription(string line) =>
        line.Contains("sms", StringComparison.OrdinalIgnoreCase) || line.Contains('ſ', StringComparison.Ordinal) || line.Contains("رسل", StringComparison.Ordinal)
        || line.Contains("تبدأ", StringComparison.Ordinal) || line.Contains("الرسالة", StringComparison.Ordinal)
        || line.Contains("اشتر", StringComparison.Ordinal) || line.Contains("زين", StringComparison.Ordinal)
        || line.Contains("موبايلي", StringComparison.Ordinal) || line.Contains("الاتصالات", StringComparison.Ordinal)
        || line.Contains("zain", StringComparison.OrdinalIgnoreCase) || line.Contains("stc", StringComparison.OrdinalIgnoreCase)
        || line.Contains("mobily", StringComparison.OrdinalIgnoreCase);

    private static bool MayBeSignature(string line) =>
        line.Contains('@', StringComparison.Ordinal) || line.Contains("الكاتب", StringComparison.Ordinal);

    public static bool MayEndInMoreLink(string line) =>
        line.Contains("سمات", StringComparison.Ordinal) || line.Contains("المزيد", StringComparison.Ordinal)
        || line.Contains("رابط", StringComparison.Ordinal);

    [GeneratedRegex(@"(©|\(c\)|copyright|جميع\s+الحقوق\s+محفوظة|كافة\s+الحقوق\s+محفوظة|حقوق\s+(النشر|الطبع)\s+محفوظة)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    // «للتواصل … أرسل رسالة SMS …», «737221 - Zain», «ثم مسافة ثم الرسالة»: SMS subscription lines.
    [GeneratedRegex(@"(\bsms\b.{0,80}(ال)?(رسال|رمز|اشتراك)|(ارسل|أرسل)\s.{0,40}(رسالة|sms)|تبدأ\s+بالرمز|ثم\s+(مسافة\s+ثم\s+)?(نص\s+)?الرسالة$|^\d{4,7}\s*[-–]\s*(zain|stc|mobily|زين|موبايلي|الاتصالات)$|^[\s\d،,\-–]*((الاتصالات|موبايلي|زين|stc|mobily|zain)[\s\d،,\-–]*){2,}$|للاشتراك\s+(في|ب)\s*(خدمة|الخدمة|النشرة)|اشترك\s+في\s+(نشرتنا|النشرة|القائمة\s+البريدية))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subscription();

    // A short line that is an e-mail address or invites readers to write to the author.
    [GeneratedRegex(@"^(.{0,40}(لمراسلة\s+الكاتب|للتواصل\s+مع\s+الكاتب|البريد\s+الإلكتروني|e-?mail)\s*:?\s*)?[\w.+-]+@[\w-]+(\.[\w-]+)+\s*$|^(لمراسلة|للتواصل مع)\s+الكاتب", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^[.…\s]*(المزيد|اقرأ\s+المزيد|read\s+more)[.…\s]*$|^رابط\s+الخبر\s+ب", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoreLink();

    [GeneratedRegex(@"^(شارك(وا)?(\s+(هذا|الخبر|المقال|على))?|تابع(نا|ونا)\s+(على|عبر)|share(\s+on)?|follow\s+us|tweet|أرسل\s+لصديق|طباعة|print)(\b.{0,40})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    // «...المزيد», «رابط الخبر بصحيفة …: …», and a tag list «سمات …» after the last sentence.
    [GeneratedRegex(@"(?<=[.!؟?»""])\s*سمات\s+[^.،!؟?]{2,300}$|\s*(?:[.…]{2,}\s*المزيد|رابط\s+الخبر\s+ب\S*(?:\s+\S+)?\s*:.*)\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex InlineMoreLink();

    [GeneratedRegex(@"^(//\s*انتهى\s*//|/انتهى/|انتهى)$", RegexOptions.CultureInvariant)]
    private static partial Regex EndMarker();

    [GeneratedRegex(@"^(تعليقات|التعليقات|comments?)\s*\(\s*\d*\s*\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comments();

    // «305», «0», «1.2K», «1,532 مشاهدة», «٣٠٥ قراءة».
    [GeneratedRegex(@"^[\d٠-٩][\d٠-٩,.٬٫]*\s*[KkMmك]?\s*(مشاهدة|مشاهدات|قراءة|قراءات|تعليق|تعليقات|إعجاب|اعجاب|views?|likes?|comments?|shares?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counter();

    [GeneratedRegex(@"^[.…·\-–—_*•\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Ellipsis();

    // «13:37 ت م»: the agency's clock stamp at the end of a dispatch.
    [GeneratedRegex(@"^[\d٠-٩]{1,2}:[\d٠-٩]{2}\s*(ت\s*م|ص|م|am|pm|gmt)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();
}
