using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// The line a mail or phone app adds under a forwarded message: «Sent from my iPhone», «Get
// Outlook for Android», «أُرسلت من جهاز iPhone الخاص بي», «تم الإرسال من تطبيق البريد لنظام
// Windows». Only the app's own wording: a story quoting one is longer than the line.
internal static partial class DeviceSignature
{
    public static bool Is(string line) => line.Length <= 80 && Signature().IsMatch(line);

    [GeneratedRegex(@"^[\W_]*(?:Sent from (?:my\b|Yahoo Mail|Mail for Windows|Outlook)|Sent via\b|Get Outlook for\b|Envoyé de mon\b|(?:أُ?رسلت|ارسلت|إرسال|أرسل|تم الإرسال|تم الارسال|مرسل)\s+(?:من|عبر)\s+(?:جهاز|هاتفي|هاتف|تطبيق|جوالي|جوال|الآيفون|الايفون|iPhone|Android|بريد|Outlook|Samsung|Yahoo))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Signature();
}
