using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// The line a mail or phone app adds under a forwarded message: «Sent from my iPhone», «Get
// Outlook for Android», «أُرسلت من جهاز iPhone الخاص بي», «تم الإرسال من تطبيق البريد لنظام
// Windows». Only the app's own wording: a story quoting one is longer than the line.
internal static partial class DeviceSignature
{
    public static bool Is(string line) => line.Length <= 80 && (Signature().IsMatch(line) || MailFooter().IsMatch(line));

    // A mail's closing formula alone on its line («مع خالص التحية», «مع التقدير،», «تحياتي،», «Best regards,»):
    // asked only of a story's last lines, where a forwarded message ends (a letter the paper
    // prints ends the same way, above its writer's name, so a name below keeps it).
    // A closing may carry its signer after a comma («مع خالص التحية، فريق الدعم»).
    public static bool IsClosing(string line) => line.Length <= 40 && Closing().IsMatch(Signer().Replace(line, ""));

    [GeneratedRegex(@"\s*[،,]\s*[^\s.!؟?،,:]+(\s+[^\s.!؟?،,:]+){0,3}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Signer();

    [GeneratedRegex(@"^\W*مع\s+(?:خالص\s+|فائق\s+|وافر\s+)?(?:التقدير|الاحترام)\W*$|^\W*(?:مع\s+)?(?:خالص\s+|أطيب\s+|اطيب\s+)?(?:تحياتي|التحية|التحيات|تحياتنا|الشكر\s+والتقدير|الاحترام\s+والتقدير|وتقبلوا\s+(?:فائق|خالص)\s+(?:الاحترام|التحية|التقدير)|شكراً?\s+لكم|(?:best|kind|warm)\s+regards|regards|sincerely|thanks|thank\s+you|cheers)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closing();

    // What a company's mail server appends: a confidentiality marking, an appeal to the environment.
    [GeneratedRegex(@"^\W*(?:(?:سري|سري\s+للغاية|خاص)\s*[–\-—|:]\s*للاستخدام\s+الداخلي(?:\s+فقط)?|للاستخدام\s+الداخلي\s+فقط|confidential(?:\s*[–\-—|:]\s*internal\s+use\s+only)?|internal\s+use\s+only|(?:يرجى|الرجاء|رجاء)\s+مراعاة\s+البيئة\s+قبل\s+(?:طباعة|طباعه)|please\s+consider\s+the\s+environment\s+before\s+printing)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailFooter();
    [GeneratedRegex(@"^[\W_]*(?:Sent from (?:my\b|Yahoo Mail|Mail for Windows|Outlook)|Sent via\b|Get Outlook for\b|Envoyé de mon\b|(?:أُ?رسلت|ارسلت|إرسال|أرسل|تم الإرسال|تم الارسال|مرسل)\s+(?:من|عبر)\s+(?:جهاز|هاتفي|هاتف|تطبيق|جوالي|جوال|الآيفون|الايفون|iPhone|Android|بريد|Outlook|Samsung|Yahoo))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Signature();
}
