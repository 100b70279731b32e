using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Lines that point elsewhere: «المزيد» and «رابط الخبر» links, bare addresses, a writer's
// e-mail or handle, tag lists, the agency's end marker. None of them is ever a sentence.
internal static partial class LinkLines
{
    public static string? Reason(string line)
    {
        if (line.Length > 300)
        {
            return null;
        }
        return line switch
        {
            _ when More().IsMatch(line) || More().IsMatch(LineIcons.Trim(line)) || line.Length <= 50 && (LinkLabel().IsMatch(line) || IsClickHere(line)) => "more-link",
            _ when line.Length <= 200 && Address().IsMatch(LineIcons.Trim(line)) => "more-link",
            _ when IsArrowLink(line) => "more-link",
            _ when line.Length <= 120 && (line.Contains('@', StringComparison.Ordinal) || line.Contains("الكاتب", StringComparison.Ordinal)) && Signature().IsMatch(line) => "signature",
            _ when Tags().IsMatch(line) || TagLines.IsTagList(line) => "tags",
            _ when EndMarker().IsMatch(line) => "end-marker",
            _ when SignatureLines.Reason(line) is { } signed => signed,
            _ => null,
        };
    }

    // A link a page points with an arrow («عرض جميع الإعلانات ←», «→ العودة إلى القائمة», «التقرير
    // (PDF) ↗»): a few words and no sentence. The corpus as it is prints no such line; a quote
    // mark («»», «>») is no arrow.
    private const int MaxArrowWords = 8;
    private const int MaxBulletedWords = 4;

    private static bool IsArrowLink(string line)
    {
        var t = line.Trim();
        if (t.Length < 3 || t.Count(c => c == ' ') >= MaxArrowWords)
        {
            return false;
        }
        // An arrow before the words may bullet a list's point; a link's pointer follows its words.
        var arrowAt = Arrows.Contains(t[^1]) ? t.Length - 1 : Arrows.Contains(t[0]) && t.Count(c => c == ' ') < MaxBulletedWords ? 0 : -1;
        if (arrowAt < 0)
        {
            return false;
        }
        var rest = (arrowAt == 0 ? t[1..] : t[..^1]).Trim();
        // «وأكد فخامة... اقرأ الخبر كاملاً ←»: the story's words cut before the link stay (TrimInlineMoreLinks);
        // «ألعاب نارية التفاصيل ←»: a subheading with «more» glued after it is left whole, not lost.
        return rest.Any(char.IsLetter) && !rest.Contains('…') && !rest.Contains("...", StringComparison.Ordinal) && rest[^1] is not ('.' or '!' or '?' or '؟' or '…' or ':')
            && !GluedMore().IsMatch(t) && FindInlineMoreLink(t) is not { Success: true, Index: > 0 };
    }

    private const string Arrows = "←→⟵⟶↗↖➜➔➝⇦⇨";

    [GeneratedRegex(@"\S\s+(التفاصيل|المزيد|للمزيد|تفاصيل\s+أكثر)\s*\S?$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedMore();

    // Where the dots that cut the story's words short before a link pointed at with an arrow
    // start («وأكد فخامة... اقرأ الخبر كاملاً ←»: the story's words end before them), or -1.
    public static int ArrowLinkAfterCut(string line)
    {
        var t = line.TrimEnd();
        if (t.Length < 3 || !Arrows.Contains(t[^1]))
        {
            return -1;
        }
        var (at, length) = t.LastIndexOf("...", StringComparison.Ordinal) is var d and >= 0 ? (d, 3) : (t.LastIndexOf('…'), 1);
        return at > 0 && IsArrowLink(t[(at + length)..]) ? at : -1;
    }

    // «التفاصيل» alone over a paragraph that carries the story on («وفي ختام اللقاء …») heads
    // that part of it, as a subheading does: a link to more has nothing of the story under it.
    public static IEnumerable<SourceLine> DetailsHeadings(List<SourceLine> lines) =>
        lines.Where((l, i) => l.Tweet is null && i + 1 < lines.Count && DetailsAlone().IsMatch(l.Text) && ProseLine.CarriesTheStoryOn(lines[i + 1]));

    [GeneratedRegex(@"^\s*(ال)?تفاصيل\s*:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DetailsAlone();

    // A piece of an address the page broke onto the next line: «//bit.ly/lNIPaC8», «wD0sp».
    public static bool IsAddressPiece(string line) =>
        line.Length >= 3 && ("https://".StartsWith(line, StringComparison.Ordinal) || "http://".StartsWith(line, StringComparison.Ordinal))
        || line.Length is >= 3 and <= 120 && line.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or '?' or '=' or '&' or '%' or '#' or ':' or '~' or '+')
        && (line.Contains('/', StringComparison.Ordinal) || line.Contains('.', StringComparison.Ordinal) || line.Any(char.IsAsciiDigit) && line.Any(char.IsAsciiLetter));

    public static bool MayEndInMoreLink(string line) =>
        line.Contains("سمات", StringComparison.Ordinal) || line.Contains("اضغط", StringComparison.Ordinal) || line.Contains("هنا", StringComparison.Ordinal) || line.Contains("المزيد", StringComparison.Ordinal) || line.Contains("للمزيد", StringComparison.Ordinal) || line.Contains("رابط", StringComparison.Ordinal)
        || line.Contains("التفاصيل", StringComparison.Ordinal) || line.Contains("للتفاصيل", StringComparison.Ordinal) || line.Contains("الأصلي", StringComparison.Ordinal) || line.Contains("كامل", StringComparison.Ordinal) || line.Contains("القراءة", StringComparison.Ordinal) || line.Contains("تكملة", StringComparison.Ordinal) || line.Contains("بقية", StringComparison.Ordinal) || line.Contains("http", StringComparison.OrdinalIgnoreCase) || line.Contains("www.", StringComparison.OrdinalIgnoreCase)
        || line.Contains("الدلالية", StringComparison.Ordinal) || line.Contains("وسوم", StringComparison.Ordinal) || line.Contains("التصنيف", StringComparison.Ordinal)
        || line.Contains('#', StringComparison.Ordinal) || line.Contains("كلمات", StringComparison.Ordinal) || line.Contains("tag", StringComparison.OrdinalIgnoreCase)
        || line.Contains('…', StringComparison.Ordinal) || line.Contains("شاهد", StringComparison.Ordinal) || line.Contains('|', StringComparison.Ordinal) || line.Contains(".com", StringComparison.OrdinalIgnoreCase) || line.Contains('/', StringComparison.Ordinal);

    // A link's words alone: «المزيد», «اقرأ المزيد», «تابع القراءة», «read more».
    private const string MoreAlone = @"^[.…\s(\[«»]*(المزيد|اقرأ\s+المزيد|إقرأ\s+المزيد|اقرا\s+المزيد|المزيد\s+من\s+التفاصيل|المزيد\s+(على|في|عبر)\s+(موقعنا|الموقع|الرابط)|التفاصيل(\s+كاملة)?|تفاصيل\s+(أكثر|اكثر|أوفى|اوفى)|تابع\s+القراءة|أكمل\s+القراءة|واصل\s+القراءة|read\s+more|more|continue\s+reading)[.…\s)\]:«»]*$";

    // Then a pointer to more («للمزيد من المعلومات: www…», «لقراءة الحوار كاملا أنقر هنا»), which
    // a sentence of the story's goes on from with a comma or closes with a stop («للمزيد من
    // المعلومات، يمكن زيارة مقر الإدارة خلال أوقات الدوام الرسمي.»).
    [GeneratedRegex(MoreAlone + @"|^(للمزيد|لقراءة\s+(ال)?(خبر|مقال|حوار|تقرير|موضوع)|لمشاهدة\s+(ال)?(فيديو|صور|تقرير)|(اضغط|إضغط|انقر|أنقر)\s+هن)[^،,]{0,70}(?<![.!؟?])$|^رابط\s+(ال)?(خبر|مقال)\s+(ب|في|على|من)\S*(\s+\S+){0,3}\s*:|^[.…\s(\[«»]*(ال)?(تفاصيل|المزيد)(\s+كاملة)?\s+(في|على|عبر|من\s+خلال)\s+(ال)?(رابط|موقع|صفحة)\S*(\s+(المرفق|أدناه|ادناه|التالي|الرسمي))?[.…\s)\]:«»›‹←→]*$|^[.…\s(\[«»]*(اضغط|إضغط|انقر|أنقر|إنقر|tap|click)\s+(ل|لل)\S+(\s+\S+){0,2}[.…\s)\]:«»›»←]*$|" + Continued, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex More();

    // A more-link's words glued after the story's last sentence, past its stop, an ellipsis or a
    // bar: «… النكفية».... رابط المادة الأصلية», «… جملة. | تابع القراءة على الموقع», «… جملة.
    // التفاصيل كاملة من هنا». Only words that are a link's and nothing else («للمزيد من المعلومات
    // …» may open the story's last sentence). Where the link starts, or -1.
    public static int GluedMoreLinkStart(string line)
    {
        var t = line.TrimEnd();
        // The link's address may follow its words («رابط المادة الأصلية https://…»): read once,
        // not at every place the link might start.
        var words = TrailingAddress().Replace(t, "");
        // The shortest tail first: «جدران.. …تابع» is the sentence's «..» and the link's «…تابع».
        for (var i = words.Length - 2; i >= Math.Max(MinGluedBody, t.Length - MaxGluedMore); i--)
        {
            var c = t[i];
            var start = c is '…' or '|' || c == '.' && t[i - 1] != '.' && t[i + 1] == '.'
                || c == ' ' && t[i - 1] is '.' or '!' or '؟' or '?' or '»' or '"' or '”';
            if (!start)
            {
                continue;
            }
            var marked = words[i..].TrimStart(' ');
            var tail = marked.TrimStart('.', '…', '|', ' ', '-', '–', '—');
            if (tail.Any(char.IsLetter) && tail.Count(ch => ch == ' ') < MaxGluedWords && (GluedTail().IsMatch(tail) || GluedTail().IsMatch(marked)))
            {
                // The link's own ellipsis is three dots before its words: «اعزاز..... اقرأ النص الكامل»
                // keeps «اعزاز..», «المقبل.... التفاصيل» its stop.
                var body = t[..i].TrimEnd();
                var dots = body.Length - body.TrimEnd('.').Length;
                return marked[0] is '…' or '|' || dots < 3 ? body.Length : body.Length - 3;
            }
        }
        return -1;
    }

    private const int MinGluedBody = 20;
    private const int MaxGluedMore = 100;
    private const int MaxGluedWords = 8;

    [GeneratedRegex(MoreAlone + "|" + Continued, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GluedTail();

    [GeneratedRegex(@"\s+(https?://|www\.)\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAddress();

    // The rest of the story elsewhere, in any of a page's words («تكملة الخبر في المصدر», «… ⟵
    // بقية الخبر», «تتمة المقال على الموقع», «اذهب إلى المصدر», «الخبر الأصلي»): an excerpt's end.
    // No corpus line is one.
    private const string Continued = @"^[.…\s(\[«»←→⟵⟶›‹<>|\-–—]*((تكملة|تكمله|تتمة|تتمه|بقية|بقيه|باقي)\s+(ال)?(خبر|مقال|مقالة|موضوع|تقرير|قصة|حوار)|(ال)?(خبر|مقال|تقرير|موضوع)\s+(ال)?(أصلي|اصلي)"
        + @"|(اذهب|انتقل|توجه|توجّه)\s+(إلى|الى|ل)\s*(ال)?(مصدر|موقع|خبر)|(زيارة|عرض|فتح)\s+(ال)?(مصدر|خبر|مقال)"
        + @"|رابط\s+(ال)?(مادة|خبر|مقال|موضوع|تقرير)\s+(ال)?(أصلية|اصلية|أصلي|اصلي)|(ال)?نص\s+(ال)?كامل\s+(في|على|عبر)\s+(ال)?(رابط|مصدر|موقع)"
        + @"|(لمتابعة|لقراءة|لمعرفة|للاطلاع\s+على)\s+((بقية|باقي|كامل|كافة)\s+)?(ال)?(تفاصيل|خبر|مقال)(\s+\S+)?\s+(اضغط|انقر|إضغط)(\s+(على|هنا))?(\s+(ال)?رابط)?"
        + @"|(تابع|أكمل|اكمل|واصل)\s+(ال)?قراءة\s+(على|في|عبر)\s+(ال)?(موقع|رابط|مصدر)\S*|(اقرأ|إقرأ|طالع)\s+(ال)?نص\s+(ال)?كامل"
        + @"|(شاهد|اقرأ|طالع)\s+(ال)?تفاصيل(\s+كاملة)?|(ال)?تفاصيل(\s+كاملة)?\s+(من\s+)?هنا)(\s+(في|على|عبر|من)\s+(ال)?\S+(\s+\S+)?)?[.…\s)\]«»←→⟵⟶›‹<>|↩↗]*$"
        // After the story's words cut short with an ellipsis, or set off by a bar: «… | شاهد», «… الفيديو».
        + @"|^\s*(…|\.{2,}|\|)[\s.…|\-–—]*(شاهد|اقرأ|تابع|طالع|المزيد|التفاصيل|الفيديو|الصور)[.…\s)\]«»←→⟵⟶›‹<>|↩↗]*$";

    // A short line asking the reader to click here or on the link, wherever the verb stands
    // («للاطلاع على التفاصيل اضغط هنا», «اضغط على الرابط»); a numbered step ending in a full
    // stop («١- فتح المنبه … اضغط هنا.») is a how-to's, the story's.
    private static bool IsClickHere(string line) =>
        Click().IsMatch(line) && !line.TrimEnd().EndsWith('.') && line.TrimStart() is { Length: > 0 } t && !char.IsDigit(t[0]);

    [GeneratedRegex(@"(^|\s)(اضغط|إضغط|انقر|أنقر|إنقر)\s+(هنا|هنآ|على\s+(هذا\s+)?(ال)?رابط)\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex Click();

    // A bare address, or one after a few words naming it: «رابط الخبر: http://…». Read from the
    // end (only whether it matches is asked): from the start, every word of a line was tried.
    [GeneratedRegex(@"^(\S+(\s+\S+){0,4}\s*[:\-–]?\s*)?(https?:(//)?|www\.|[\w-]+(\.[\w-]+)*\.[a-z]{2,6}/)\S*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Address();

    // An e-mail or handle alone, or after a few words inviting readers to write to the author.
    [GeneratedRegex(@"^(.{0,40}(لمراسلة\s+الكاتب|(ال)?بريد\s+(ال)?كاتب|للتواصل\s+مع\s+الكاتب|للتواصل|البريد\s+الإلكتروني|البريد\s+الالكتروني|e-?mail|تويتر|twitter|حساب\s+الكاتب.{0,15}|انستقرام|instagram)\s*[:\-–]?\s*)?(([\w.+-]+@[\w-]+(\.[\w-]+)+|@\w{2,30})\s*[|\-–,،/]?\s*)+$|^(لمراسلة|للتواصل مع)\s+الكاتب", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^\W*(الكلمات\s+(الدلالية|المفتاحية)|كلمات\s+(مفتاحية|دلالية)|(ال)?كلمة\s+(ال)?(مفتاحية|دلالية|مستهدفة)|(ال)?عبارة\s+(ال)?(مستهدفة|مفتاحية)|(ال)?كلمات\s+(ال)?دالة|(ال)?تسميات|labels?|focus\s+key\s*(phrase|word)s?|key\s*phrases?|وسوم|الوسوم|وسم|الوسم|tags?|keywords|التصنيف|التصنيفات|تصنيف|المواضيع|مواضيع|موضوعات|الموضوعات|القسم|الأقسام)(\s*[:\-–—▸►›]\s*.{1,250}|\s*(#\S+[\s,،]*){1,12})$|^(#[\w_\u0600-\u06FF]+[\s,،]*){1,12}$|^سمات\s+[^.،!؟?]{2,200}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"^(//\s*(انتهى|يتبع)\s*//|/(انتهى|يتبع)/|انتهى|\(انتهى\))$", RegexOptions.CultureInvariant)]
    private static partial Regex EndMarker();

    // Glued to a paragraph's end: «... آخر جملة. ...المزيد», «… رابط الخبر بصحيفة الوئام: العنوان»,
    // «… جملة. ← رابط الخبر», «… جملة. المصدر الأصلي للخبر ↩», «… جملة. … تابع القراءة»,
    // «… المزيد على بوابة الساحل >>» (a site named after «على»/«عبر», or after «في»/«من» with
    // the link's arrow: «… المزيد من الأمطار» is a sentence's), «(المزيد)», «رابط الخبر: http://…», «… جملة. - اضغط هنا»,
    // «… جملة. اضغط هنا لقراءة الخبر كاملاً», «… جملة. لقراءة الخبر كاملاً اضغط هنا», «… جملة. ..للمزيد»,
    // «… جملة…للمزيد اضغط هنا >>», «… جملة. التفاصيل كاملة >>», a tag list «سمات …» or «الكلمات
    // الدلالية: …». The link's own ellipsis is three dots, or two set apart: of «المقبل....
    // التفاصيل» the sentence keeps its stop, of «المجتمع..اقرأ المزيد» its two dots.
    private const string InlineMoreLinkPattern = @"(?<=[.!؟?»""”)])\s*((سمات|الكلمات\s+(الدلالية|المفتاحية)|كلمات\s+(مفتاحية|دلالية)|وسوم|الوسوم|tags?|التصنيف|التصنيفات)\s*:?\s*[^.!؟?]{2,300}|(#[\w_\u0600-\u06FF]+[\s,،]*){1,12})$|\s*(?:(?:(?<=[.!؟?])|\.{3}|(?<=\s)\.{2}|…|»+)\s*(?:المزيد|للمزيد|للتفاصيل|التفاصيل|اقرأ\s+المزيد|(?:تابع|أكمل|اكمل|واصل)\s+القراءة|(?:تكملة|بقية)\s+(?:ال)?(?:خبر|مقال))(?:\s+كامل[ةه]?)?(?:\s+(?:اضغط|إضغط|انقر|أنقر)\s+هنا)?(?:\s+(?:على|عبر)\s+[^.!؟?]{2,60}?|\s+(?:في|من)\s+[^.!؟?]{2,60}?(?=\s*(?:>>|›|←|👈)))?\s*(?:>>|»|›|←|👈)*|(?<=[.!؟?])\s*[-–—|]?\s*[.…]*\s*(?:اضغط|إضغط|انقر|أنقر)\s+هنا\s*(?:[-–—|]\s*[^\s.!؟?]+(?:\s+[^\s.!؟?]+){0,3}|ل[^\s.!؟?]+(?:\s+[^\s.!؟?]+){0,3})?|(?:للتفاصيل|للمزيد|(?:لقراءة|لمتابعة|لمشاهدة|للاطلاع\s+على)(?:\s+[^\s.!؟?]+){1,3})\s+(?:اضغط|إضغط|انقر|أنقر)\s+هنا|[(\[](?:المزيد|التفاصيل|رابط\s+(?:ال)?(?:خبر|مقال|مصدر))[)\]]|(?<=[.!؟?»""”)])\s*(?:[←→⟵⟶👈>›|\-–—]\s*)?(?:رابط\s+(?:ال)?(?:خبر|مقال|مصدر)|(?:ال)?(?:خبر|مقال)\s+كامل\S*|المصدر\s+الأصلي(?:\s+للخبر)?)\s*[←⟵👈<‹↩]*|رابط\s+(?:ال)?(?:خبر|مقال)\s+(?:ب|في|على|من)\S*(?:\s+\S+){0,3}\s*:.*|(?:رابط\s+(?:ال)?(?:خبر|مقال)|للمزيد|المصدر\s+الأصلي|التفاصيل)\s*:?\s*(?:https?://|www\.|[\w-]+(?:\.[\w-]+)+/)\S+)\s*$";

    [GeneratedRegex(InlineMoreLinkPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineMoreLink();

    // Read from the end first: whether such a link closes the line at all. Matched from the start
    // alone, the pattern was tried at every stop and space of every paragraph.
    [GeneratedRegex(InlineMoreLinkPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex InlineMoreLinkAtEnd();

    public static Match? FindInlineMoreLink(string line) => InlineMoreLinkAtEnd().IsMatch(line) ? InlineMoreLink().Match(line) : null;

    // The label of a link on the next line, or of one the page showed as a button: a few
    // words naming a link («رابط مختصر:», «الرابط المختصر للخبر», «التفاصيل على الرابط 👇»).
    [GeneratedRegex(@"^\W*(ال)?رابط(\s+[^\s.،!؟?]+){0,3}\s*[:\W]*$|^\W*(ال)?(تفاصيل|مزيد|خبر|بقية)\S*(\s+\S+){0,2}\s(على|عبر|في)\s+(هذا\s+)?الرابط\W*$|^\W*link\s*:?\W*$|^\W*(ال)?(خبر|مقال|موضوع|تقرير|تفاصيل)\s+(كامل|كاملا|كاملاً|كاملة|كاملةً)\W*$|^\W*(اقرأ|اقرا|إقرأ|طالع|تابع)\s+(ال)?(خبر|مقال|موضوع|تقرير|تفاصيل)\s+(كامل\S*|من\s+(ال)?مصدر\S*|في\s+(ال)?مصدر\S*|على\s+(ال)?موقع\S*|الأصلي|الاصلي)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkLabel();
}
