using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Counters a page prints about itself: views, reads, comments, likes, shares, reading time,
// «منذ 3 ساعات», with Western or Arabic-Indic digits, an icon for a label, and several in a
// row («المشاهدات ٣٨٨٦٣ · التعليقات ٣٤», «👁 1.2K | 💬 34»). A number named as a count, or
// one with a K/M suffix, is chrome wherever it stands; a bare number, a row of dots or a
// clock time (DateLines.IsClockStamp) only at the edges of the text.
internal static partial class CounterLines
{
    private const int MaxLength = 90;

    public static string? Reason(string line)
    {
        if (line.Length > MaxLength)
        {
            return null;
        }
        var bare = LineIcons.Trim(line);
        if (bare.Length == 0)
        {
            return null;
        }
        // Every count has a number, but «منذ ساعتين» and «لا توجد تعليقات»; most lines have none.
        if (!line.Any(char.IsDigit))
        {
            return Ago().IsMatch(bare) || Comments().IsMatch(bare) ? "counter" : null;
        }
        if (IsUnit(line) || Comments().IsMatch(bare) || Abbreviated().IsMatch(bare) || Progress().IsMatch(bare) && !PageFolio.Is(line))
        {
            return "counter";
        }
        // A row: every part between separators is a count, an icon's number among them.
        var parts = RowSeparator().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count >= 2 && parts.All(IsUnit) && parts.Any(p => !Bare().IsMatch(p)) || IsChipRow(line) ? "counter" : null;
    }

    // Chips set apart by dots or bars: shares a page computed («متفائل ٦١% | متشائم 42%»), or a
    // count or an age beside a few words naming who posted («نشره: إدارة الاتصال · قبل ١٨ ساعة»,
    // «فلان · 3 دقائق قراءة»). A sentence is not cut into chips.
    private static bool IsChipRow(string line)
    {
        var parts = ChipSeparator().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count is < 2 or > 4)
        {
            return false;
        }
        return parts.TrueForAll(p => Share().IsMatch(p))
            || parts.Exists(IsUnit) && parts.TrueForAll(p => IsUnit(p) || IsPollShares(p) || !p.Any(char.IsDigit) && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxChipWords)
            || IsFigureRow(line);
    }

    private const int MaxChipWords = 4;

    // A poll's answers on one chip, parted by slashes: «نعم ٦٥٪ / لا ٣٥٪» (then its votes, «١٢٠٠ صوت»).
    private static bool IsPollShares(string part) => part.Contains('/') && part.Split('/').All(q => Share().IsMatch(q.Trim()));

    [GeneratedRegex(@"^[^:：]{2,20}[:：]\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex FieldChip();
    private const int MaxFigureWords = 6;

    // An app's row of figures, each chip a few words round a number or a field and its value,
    // parted by dots («رقم دورك: 17 · أمامك 4 مراجعين», «٣٨٩٥٠ فرد في الشجرة · 3 أجيال», «رقم
    // البيان: 8567 · الحالة: قيد التدقيق»), a number among them. No corpus line is so cut; a bar
    // parts the rows of the story's own lists too.
    private static bool IsFigureRow(string line)
    {
        if (line.AsSpan().IndexOfAny('·', '•') < 0 || line.TrimEnd() is [.., '.' or '!' or '؟' or '?'])
        {
            return false;
        }
        var parts = line.Split(['·', '•'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // A date and its clock so parted are a dateline's or a card's, told elsewhere.
        return parts.Length is >= 2 and <= 4 && parts.Any(p => p.Any(char.IsDigit))
            && parts.All(p => (p.Any(char.IsDigit) || FieldChip().IsMatch(p)) && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxFigureWords)
            && !parts.Any(p => DateLines.IsDate(p) || DateLines.IsClockStamp(p) || CardDate.Parse(p) is not null);
    }

    [GeneratedRegex(@"\s*[·•|]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ChipSeparator();

    // «صعودي 48%», «Bullish: 18 %», «٣٥٪ محايد».
    [GeneratedRegex(@"^[^\d٠-٩\s]+(\s+[^\d٠-٩\s]+)?\s*[:：]?\s*[\d٠-٩]{1,3}([.٫,][\d٠-٩]+)?\s*[%٪]$|^[\d٠-٩]{1,3}([.٫,][\d٠-٩]+)?\s*[%٪]\s*[^\d٠-٩\s]+(\s+[^\d٠-٩\s]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    public static string? EdgeReason(string line) => line switch
    {
        _ when Bare().IsMatch(line) => "counter",
        _ when Dots().IsMatch(line) => "ellipsis",
        _ when DateLines.IsClockStamp(line) => "timestamp",
        _ => null,
    };

    // One count: named («٣٨٨٦٣ مشاهدة», «التعليقات: 34», «قرئ 17 مرة»), a reading time, an
    // age («منذ ساعتين»), or a number behind an icon («👁 1.2K»).
    private static bool IsUnit(string part)
    {
        var bare = LineIcons.Trim(part);
        return bare.Length > 0 && (Named().IsMatch(bare) || Ago().IsMatch(bare) || ReadingTime().IsMatch(bare)
            || bare.Length < part.Length && char.IsDigit(bare[0]) && !char.IsDigit(part[0]) && Bare().IsMatch(bare));
    }

    private const string Number = @"[\d٠-٩][\d٠-٩,.٬٫]*\s*([KkMmك]|ألف|الف|مليون)?";

    private const string Counted = @"(مشاهدة|مشاهدات|مشاهده|قراءة|قراءات|قراءه|زيارة|زيارات|زائر|زوار|قارئ|قراء|تعليق|تعليقات|رد|ردود|إعجاب|إعجابات|اعجاب|اعجابات|لايك|مشاركة|مشاركات|تغريدة|تغريدات|مرة|مرات|صوت|أصوات|اصوات|تقييم|تقييمات|نقرة|نقرات|تحميل|تحميلات|متابع|متابعين|views?|comments?|likes?|reads?|shares?|visits?|visitors?|replies|reply|reactions?|retweets?|votes?|clicks?|hits|downloads?|followers|مطالعة|مطالعات)(ا|اً|ًا)?";

    private const string Label = @"(عدد\s+)?(ال)?(مشاهدات|مشاهدة|قراءات|قراءة|زيارات|تعليقات|ردود|قراء|زوار|إعجابات|اعجابات|مشاركات|تقييمات|أصوات|اصوات|تحميلات|نقرات|مطالعات)|views?|comments?|likes?|reads?|shares?|visits?|replies|reactions|votes|hits|downloads|(عدد\s+)?مرات\s+(ال)?(قراءة|مشاهدة|التحميل|الزيارة)";

    // «قرأه ١٨٤٤٩ زائر حتى الآن», «505 مزايد الآن»: who read or watched it, and when. People
    // («مستخدم», «شخص») are counted only with the verb or the «now» a page's counter prints.
    private const string CountVerb = @"((تم\s+)?(تداوله|تداولها|مشاركته|مشاركتها)|قرأه|قرأها|قرأ|قرأت|شاهده|شاهدها|شاهد|زاره|زارها|زار|تابعه|تابعها|يتابعه|يتابعها|يشاهده|يشاهدها|يقرؤه|يقرأه|يقرؤها|انضم|انضمّ|دخل|read\s+by|viewed\s+by|seen\s+by|joined)";
    private const string People = @"(مشاهد|مشاهدين|مشاهدون|مزايد|مزايدين|مزايدون|مشترك|مشتركين|مشتركون|مستخدم|مستخدمين|مستخدمون|شخص|أشخاص|اشخاص|مشارك|مشاركين|مشاركون|حاضر|مسجل|مسجلين|مسجلون|people|users|bidders|readers|watching|online)(ا|اً|ًا)?";
    private const string CountedWhen = @"((إلى|الى)\s+(البث|الغرفة|المحادثة|the\s+stream)|حتى\s+الآن|حتى\s+الان|حتى\s+اللحظة|الآن|الان|اليوم|حاليا|حاليًا|حالياً|هذا\s+الأسبوع|هذا\s+الاسبوع|so\s+far|now|today|this\s+week)";

    [GeneratedRegex(@"^\W{0,3}(" + Label + @")\s*[:(\-–]?\s*" + Number + @"\s*\)?\s*(مرة|مرات)?\W{0,2}$|^\W{0,3}(" + CountVerb + @"(\s+(هذا|هذه)(\s+\S+)?)?\s+)?\(?\s*" + Number + @"\s*\)?\s*" + Counted + @"(\s+" + CountedWhen + @")?\W{0,2}$|^(قرئ|قُرئ|شوهد|شوهدت|تمت\s+(قراءته|قراءتها|مشاهدته|مشاهدتها|(ال)?قراءة|(ال)?مشاهدة))\s*:?\s*\(?\s*" + Number + @"\s*\)?\s*(مرة|مرات)?$|^\p{So}\uFE0F?\s*" + Number + @"$|^\W{0,3}(" + CountVerb + @"\s+" + Number + @"\s*" + People + @"(\s+" + CountedWhen + @")?|" + Number + @"\s*" + People + @"\s+" + CountedWhen + @")\W{0,2}$|^" + Number + @"\s*\p{So}\uFE0F?$|^\W{0,3}" + Number + @"\s*(مشاهد|مشاهدين|مشاهدون|يشاهدون|يتابعون|watching|viewers)(\s+" + CountedWhen + @")?\W{0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    // «وقت القراءة: 3 دقائق», «3 دقائق للقراءة», «قراءة 4 دقائق», «5 min read».
    [GeneratedRegex(@"^\W{0,2}((وقت|مدة|زمن)\s+(ال)?قراءة\s*[:\-–]?\s*|(ال)?قراءة\s*:?\s*)?[\d٠-٩]+\s*(دقيقة|دقائق|د|ثانية|ثوان|min|mins|minutes?)\.?(\s*(لل|ل)?(قراءة|القراءة)|\s+read)?\W{0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTime();

    // An age as pages print a story's: «منذ ساعتين», «قبل 3 أيام», «5 hours ago».
    public static bool IsAge(string text) => Ago().IsMatch(text);

    [GeneratedRegex(@"^(منذ|قبل)\s+([\d٠-٩]+\s+)?(ثانية|ثوان|ثواني|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر|اشهر)$|^[\d٠-٩]+\s*(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ago();

    [GeneratedRegex(@"^(لا\s+توجد\s+تعليقات|لا\s+يوجد\s+تعليقات|أضف\s+تعليق(ك|ا|اً)?|اضف\s+تعليق(ك|ا|اً)?|كن\s+(أول|اول)\s+من\s+(يعلق|يعلّق)|اكتب\s+تعليقك|(ال)?تعليقات\s*\(\s*[\d٠-٩]*\s*\)|comments?\s*\(\s*\d*\s*\))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comments();

    // A reader's progress, a page's rating and its word count: «Location 27 of 285», «الموقع ٢٧
    // من ٢٨٥», «Slide 3 of 9», «12% read», «٧٪ مكتمل», «التقييم: 4.5/5 – 282 مقيّم», «الكلمات: ١٧٣ ·
    // عدد الأحرف: ١١١٨».
    [GeneratedRegex(@"^(location|loc\.?|الموقع|slide|الشريحة|شريحة)\s+\d+\s+(of|من)\s+\d+$|^[\W_]*([^\d\s]+\s+){0,3}\d{1,3}\s+(of|من)\s+\d{1,3}[\W_]*$|^((عدد\s+)?(الكلمات|الأحرف|الحروف)|words|characters|word\s+count)\s*[:：]\s*\d[\d,٬.]*(\s*[·|•\-–]\s*[^.!؟?]{0,50})?$|^\d{1,3}\s*[%٪]\s*(read|complete|completed|مكتمل|مكتملة|مقروء|مقروءة)$|^(التقييم|تقييم|rating)\s*[:：]?\s*\d([.٫]\d)?\s*/\s*(5|10|٥|١٠)(\s*[-–—·|]?\s*\(?\d[\d,٬]*\s*(مقيّم|مقيم|مقيمين|تقييم|تقييمات|votes?|ratings?|صوت|أصوات)\)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Progress();

    // Between counts in a row: dots, bars, slashes, dashes, commas, or a wide gap.
    [GeneratedRegex(@"\s*[·•|/،,\-–—]\s*|\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex RowSeparator();

    // «305», «0», «1.2K», «١٬٥٣٢».
    [GeneratedRegex(@"^[\d٠-٩][\d٠-٩,.٬٫]*\s*([KkMmك]|ألف|الف)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    // «1.7K», «٩٫٣M»: a count cut short as only counters are; no story line is a number so written.
    [GeneratedRegex(@"^[\d٠-٩]{1,3}([.٫][\d٠-٩])?\s?[KkMm]$", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviated();

    [GeneratedRegex(@"^[.…·\-–—_*•\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Dots();
}
