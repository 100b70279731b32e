using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A line that is only a date or a time, as pages print them above or below a story:
// «الخميس 23 يوليو 2015 - 10:30 ص», «21/07/2015», «نشر في: 5 مارس 2016», «منذ ساعتين»,
// and the agency's dateline «الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس».
internal static partial class DateLines
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت",
        "هـ", "ه", "هجري", "هجرية", "م", "ميلادي", "الموافق", "ص", "مساء", "مساءً", "صباحا", "صباحاً", "ظهرا",
        "am", "pm", "gmt", "ت", "بتوقيت", "مكة", "المكرمة", "غرينتش", "نشر", "نُشر", "في", "تاريخ", "التاريخ", "النشر",
        "آخر", "اخر", "تحديث", "التحديث", "تعديل", "التعديل", "بتاريخ", "بتوقيت", "منشور", "تم", "الساعة", "اليوم", "أمس", "published", "updated", "on", "at",
        "كانون", "تشرين", "محرم", "صفر", "ربيع", "الأول", "الآخر", "الثاني", "جمادى", "الأولى", "الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو", "القعدة", "الحجة",
    };

    public static bool IsDate(string line)
    {
        if (line.Length > 90)
        {
            return false;
        }
        if (AgencyDateline().IsMatch(line))
        {
            return true;
        }
        var tokens = Token().Matches(line).Select(m => m.Value).ToList();
        var dated = false;
        foreach (var token in tokens)
        {
            if (token.Any(char.IsDigit))
            {
                dated |= token.Length >= 1;
                continue;
            }
            if (MonthNames.Of(token) > 0)
            {
                dated = true;
                continue;
            }
            if (!Words.Contains(token.ToLowerInvariant()))
            {
                return false;
            }
        }
        return dated && tokens.Count >= 1 && (tokens.Count > 1 || tokens[0].Contains('/') || tokens[0].Contains('-'));
    }

    // A token: a run of digits and date separators, or a word (month names may be two words:
    // their parts are each in Words or MonthNames covers them joined).
    [GeneratedRegex(@"[\d٠-٩][\d٠-٩/\-.:]*|[\p{L}\p{M}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^\S+(\s+\S+)?\s+[\d٠-٩]{1,2}\s+\S+(\s+\S+)?\s+[\d٠-٩]{4}\s*هـ.{0,40}(واس|الموافق).{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDateline();
}
