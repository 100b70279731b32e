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
        "هـ", "ه", "هجري", "هجرية", "م", "ميلادي", "الموافق", "ص", "مساء", "مساءً", "مساءا", "صباحا", "صباحاً", "صباحًا", "ظهرا", "ظهراً", "فجرا", "يوم",
        "am", "pm", "gmt", "ت", "بتوقيت", "مكة", "المكرمة", "غرينتش", "نشر", "نُشر", "في", "تاريخ", "التاريخ", "النشر",
        "آخر", "اخر", "تحديث", "التحديث", "تعديل", "التعديل", "بتاريخ", "بتوقيت", "منشور", "تم", "الساعة", "اليوم", "أمس", "published", "updated", "on", "at",
        "كانون", "تشرين", "محرم", "صفر", "ربيع", "الأول", "الآخر", "الثاني", "جمادى", "الأولى", "الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو", "القعدة", "الحجة",
    };

    // «الرياض يوم 8 Aug 2015», «(واس) دبي 9/8/2015», «أبها، أ.ف.ب/ ٢١ يوليو ٢٠١٥»: places and
    // agencies round a whole date, in any order and with any marks between them.
    private static bool IsPlacedDate(string line)
    {
        if (line.Length > MaxPlacedDate || !YearOrTime().IsMatch(line))
        {
            return false;
        }
        var rest = NewsSources.WithoutAgencies(line);
        var named = rest != line;
        var date = new System.Text.StringBuilder();
        foreach (var token in Token().Matches(rest).Select(m => m.Value))
        {
            if (char.IsLetter(token[0]) && PlaceNames.Named(token))
            {
                named = true;
                continue;
            }
            date.Append(token).Append(' ');
        }
        return named && IsDateOnly(date.ToString());
    }

    private const int MaxPlacedDate = 70;

    // A weekday, a month or a word a date is printed with («يوم», «الموافق», «هـ»).
    public static bool IsDateWord(string word)
    {
        var w = word.Trim('،', ',', '.', ':', '(', ')');
        return Words.Contains(w.ToLowerInvariant()) || MonthNames.Of(w) > 0;
    }

    public static bool IsDate(string line)
    {
        if (line.Length > 90)
        {
            return false;
        }
        if (AgencyDateline().IsMatch(line) || IsDateOnly(line))
        {
            return true;
        }
        // «نشر: منذ ساعة», «آخر تحديث: قبل ٣ ساعات»: a publication label before an age.
        if (PublishedLabel().Match(line) is { Success: true } l && (CounterLines.IsAge(l.Groups["rest"].Value.Trim()) || IsNumberedDate(l.Groups["rest"].Value.Trim())))
        {
            return true;
        }
        if (LabelledDate(line) || AccessedLabel().Match(line) is { Success: true } a && IsNumberedDate(a.Groups["rest"].Value.Trim()))
        {
            return true;
        }
        if (IsPlacedDate(line))
        {
            return true;
        }
        // «الدمام في الأربعاء 8 أيار 2013», «نيويورك، الثلاثاء، ١٢ أكتوبر ٢٠١١», «جدة - واس - 21/07/2015»:
        // the places and agencies a dateline opens with, then a date with a number in it.
        var rest = line;
        for (var part = 0; part < 3 && PlaceSeparator().Match(rest) is { Success: true } m && m.Index > 0; part++)
        {
            var prefix = rest[..m.Index].Trim().Trim('(', ')', '[', ']');
            if (!PlaceNames.Named(prefix) && !Agency().IsMatch(prefix))
            {
                return false;
            }
            rest = rest[(m.Index + m.Length)..];
            if (rest.Any(char.IsDigit) && IsDateOnly(rest.Trim()))
            {
                return true;
            }
        }
        return false;
    }

    // A live blog's or a ticker's time stamp: a clock and nothing but the words pages print
    // round one («عاجل 11:59 مساء», «٠٩:٣٧ ت.غ», «٧:٢٢ مساء بتوقيت مكة - …»). A story tells a
    // time inside a sentence; it does not print a clock alone on its own line, wherever it stands
    // (the corpus's only such lines are agency sign-off stamps below the story).
    public static bool IsClockStamp(string line)
    {
        if (line.Length > 60 || !Clock().IsMatch(line))
        {
            return false;
        }
        var zone = false;
        foreach (var token in Token().Matches(line).Select(m => m.Value))
        {
            var word = token.ToLowerInvariant();
            var known = token.Any(char.IsDigit) || MonthNames.Of(token) > 0 || Words.Contains(word) || StampWords.Contains(word);
            // «بتوقيت مكة», «توقيت غرينتش»: the zone's name is whatever word follows.
            if (!known && !zone)
            {
                return false;
            }
            zone = word is "بتوقيت" or "توقيت";
        }
        return true;
    }

    private static readonly HashSet<string> StampWords = new(StringComparer.Ordinal)
    {
        "عاجل", "خبر", "محدث", "توقيت", "utc", "غ", "ت", "الآن", "منذ", "ساعة", "دقيقة", "live", "update", "breaking",
    };

    [GeneratedRegex(@"(?<![\d٠-٩.,:])[\d٠-٩]{1,2}[:：][\d٠-٩]{2}([:：][\d٠-٩]{2})?(?![\d٠-٩.,:])", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();

    // One word the page labels its date with, past a mark or glued to it («محدث: 12/5/2015»,
    // «نشر فيالاثنين 9 مايو 2015»): whatever the word, a date with a number follows it.
    private static bool LabelledDate(string line)
    {
        var label = DateLabel().Match(line);
        if (!label.Success)
        {
            return false;
        }
        return IsNumberedDate(line[label.Length..].Trim());
    }

    // When a copy of the page was read, saved or printed, as citations and exports stamp it:
    // «تاريخ الاطلاع: 4 آذار 2016», «تم الاسترجاع في …», «Accessed: …», «تاريخ الحفظ: …»; and
    // when its picture was taken or its text checked («تاريخ التصوير: …», «تاريخ الفحص: …»).
    [GeneratedRegex(@"^\W{0,2}(تاريخ\s+(ال)?(اطلاع|استرجاع|وصول|زيارة|دخول|حفظ|تصفح|أرشفة|ارشفة|اقتباس|نسخ|تصدير|طباعة|تنزيل|تصوير|التقاط|فحص|إنشاء|انشاء)|(تم\s+)?(الاطلاع|الاسترجاع|الوصول|الحفظ|التصدير|الطباعة|الأرشفة|الارشفة|التنزيل)(\s+(عليه|عليها|إليه|اليه|إليها|اليها))?|(date\s+)?(accessed|retrieved|viewed|visited|saved|archived|printed|exported|downloaded))(\s+(on|في|بتاريخ))?\s*[:：\-–|]?\s*(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccessedLabel();

    // A year or a time, not a score («2-1») or a range a label may stand before, nor a number to
    // call («الاستفسارات: 800 124 4444»): numbers alone, three or more apart, are a phone's.
    private static bool IsNumberedDate(string text) => YearOrTime().IsMatch(text) && IsDateOnly(text) && !SpacedNumbers().IsMatch(text);

    [GeneratedRegex(@"^[\d٠-٩]+(\s+[\d٠-٩]+){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedNumbers();

    [GeneratedRegex(@"[\d٠-٩]{4}|[\d٠-٩]{1,2}:[\d٠-٩]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex YearOrTime();

    // Token by token, stopping at the first that is no date's: most lines asked are prose. A token
    // is a run of digits or of letters (Token), so its first char says which.
    private static bool IsDateOnly(string line)
    {
        var count = 0;
        var dated = false;
        var firstJoined = false;
        foreach (var m in Token().EnumerateMatches(line))
        {
            var token = line.AsSpan(m.Index, m.Length);
            if (count++ == 0)
            {
                firstJoined = token.Contains('/') || token.Contains('-');
            }
            if (char.IsDigit(token[0]))
            {
                dated = true;
                continue;
            }
            var word = token.ToString();
            if (MonthNames.Of(word) > 0)
            {
                dated = true;
                continue;
            }
            if (!Words.Contains(word.ToLowerInvariant()))
            {
                return false;
            }
        }
        return dated && count >= 1 && (count > 1 || firstJoined);
    }

    [GeneratedRegex(@"^\W{0,2}(نشر|نُشر|صدر|صدرت|تم\s+النشر|تاريخ\s+النشر|آخر\s+تحديث|اخر\s+تحديث|تم\s+التحديث|التحديث|published|updated)\s*(في|بتاريخ)?\s*[:：\-–|]?\s*(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"^\W{0,2}[\p{L}\p{M}]{2,12}\s*[:：\-–—|/]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"\s*[،,–—|]\s*|\s+[-/]\s+|\s+في\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceSeparator();

    [GeneratedRegex(@"^(" + NewsSources.Agencies + "|" + NewsSources.LatinAgencies + "|" + NewsSources.Initials + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Agency();

    // A token: a run of digits and date separators, or a word (month names may be two words:
    // their parts are each in Words or MonthNames covers them joined).
    [GeneratedRegex(@"[\d٠-٩][\d٠-٩/\-.:]*|[\p{L}\p{M}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^\S+(\s+\S+)?\s+[\d٠-٩]{1,2}\s+\S+(\s+\S+)?\s+[\d٠-٩]{4}\s*هـ.{0,40}(واس|الموافق).{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDateline();
}
