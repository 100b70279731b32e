using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// The line that credits the story's source: «المصدر: الجزيرة + وكالات» with or without spaces
// round the colon, «(المصدر: واس)», «Source: Reuters», «* خدمة «نيويورك تايمز»», «نقلا عن …»,
// or the agency alone, «(رويترز)», «وكالات», «بنا». Not any «ال…» name alone in brackets:
// papers print their subheadings so («(الدراما السورية)»). Looked for among the first and last lines; the
// unmistakable ones anywhere below the lead.
internal static partial class CreditLines
{
    // The credited name, or null when the line is no credit.
    private const int MaxSourceWords = 6;

    public static string? Who(string line)
    {
        if (line.Length > 120)
        {
            return null;
        }
        var m = Labelled().Match(line);
        if (!m.Success)
        {
            m = Alone().Match(line);
        }
        if (!m.Success)
        {
            m = LabelledAgency().Match(line);
        }
        // «الخبر نُشر في وقت سابق من هذا …» goes on as a sentence: a source is a name of a few
        // words («يو بي آي» reads «آي» as a particle; in three words that says nothing).
        if (!m.Success && Republished().Match(line) is { Success: true } first
            && first.Groups["who"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= MaxSourceWords } named
            && (named.Length < 4 || FunctionWords.Count(first.Groups["who"].Value) == 0))
        {
            m = first;
        }
        var who = m.Success ? m.Groups["who"].Value.Trim().Trim('(', ')', '«', '»', '"', ' ').Trim() : null;
        return who is null || IsSentence(who) && SourceLabel().IsMatch(line) ? null : who;
    }

    // «المصدر: «تخرج عام 1940م، وحصل على العالمية …»» quotes what a source said: a credit names
    // a paper or an agency in a few words, with none of the little words a sentence needs. (A
    // writer's line «* أستاذ العلوم السياسية في جامعة …» is no label and goes as before.)
    private static bool IsSentence(string who) =>
        who.Count(c => c == ' ') >= 5 && FunctionWords.Count(who) > 0;

    // «المصدر:» or «مصدر الخبر:» alone, the name printed on the line below it.
    public static bool IsLabelAlone(string line) => line.Length <= 30 && LabelAlone().IsMatch(line);

    [GeneratedRegex(@"^[\W\uFE0F]{0,4}(المصدر|مصدر\s+(ال)?خبر|source|نقلا\s+عن|نقلاً\s+عن|نقلًا\s+عن|عن)\s*[:\-–—ـ/|←⟵⟶➜▸►›‹]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelAlone();

    // A credit no story sentence can be, wherever it sits below the lead: labelled as one
    // («المصدر: رويترز», «المصدر الأصلي/ وام»), a syndication mark («* ينشر بالتعاون مع …») or an
    // agency alone in brackets («(واس)»).
    // The credited name, or null; the cheap form checks first, for every body line is asked.
    public static string? UnmistakableWho(string line) =>
        line.Length <= 120 && (line.StartsWith('(') && line.EndsWith(')') || SourceLabel().IsMatch(line) || Service().IsMatch(line) || LabelledAgency().IsMatch(line) || Republished().IsMatch(line)) ? Who(line) : null;

    // «المصدر أ ف ب», «نقلًا عن رويترز», «الخبر من: واس», «عن AFP بتصرف», «بالتعاون مع أ.ف.ب»: a
    // label and a wire's name, and nothing else.
    [GeneratedRegex(@"^\W{0,2}(المصدر|مصدر\s+(ال)?خبر|source|via|نقلا\s+عن|نقلاً\s+عن|نقلًا\s+عن|عن|(ال)?خبر\s+من|بالتعاون\s+مع|بالاتفاق\s+مع)\s*[:：]?\s+(?<who>(" + NewsSources.Agencies + "|" + NewsSources.LatinAgencies + @"))(\s+بتصرف)?\s*\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledAgency();

    // The page's own name over its story, a section and the paper: «محليات › صحيفة عكاظ», «الوطن -
    // صحيفة سبق». For the head only: a kicker there is the page's too.
    public static string? SectionAndPaper(string line) =>
        line.Length <= 60 && SectionThenPaper().Match(line) is { Success: true } m && IsLabel(m.Groups["section"].Value) ? m.Groups["who"].Value.Trim() : null;

    // An institution's portal naming itself at the top of the page: «أمانة محافظة جدة», «بلدية
    // الخرج › المركز الإعلامي», «الموقع الرسمي لنادي الرائد». As the very first line, with a
    // headline below it, for a short headline may open with a ministry's name too.
    public static string? PortalName(string line) =>
        line.Length <= 60 && Portal().Match(line) is { Success: true } m ? m.Groups["who"].Value.Trim() : null;

    private static bool IsLabel(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && FunctionWords.Count(words) == 0;

    [GeneratedRegex(@"^\W{0,2}(?<section>[^›»>|\-–—/\d]{2,30}?)\s*[›»>|\-–—/]\s*(?<who>(صحيفة|جريدة|موقع|وكالة|مجلة|قناة)\s+[^\s.!؟?:،]+(\s+[^\s.!؟?:،]+){0,2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionThenPaper();

    [GeneratedRegex(@"^\W{0,2}(?<who>(الموقع\s+الرسمي\s+ل|أمانة\s+|امانة\s+|بلدية\s+|إمارة\s+|امارة\s+|وزارة\s+|هيئة\s+|جامعة\s+|نادي\s+|مديرية\s+|المديرية\s+العامة\s+|الرئاسة\s+العامة\s+|المؤسسة\s+العامة\s+|الغرفة\s+التجارية\s+)[^\s.!؟?:،|›»\d]+(\s+[^\s.!؟?:،|›»\d]+){0,2})(\s*[›»>|\-–—/]\s*(?<section>المركز\s+الإعلامي|المركز\s+الاعلامي|الأخبار|أخبار\s+\S+|الأخبار\s+\S+|المكتب\s+الإعلامي))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Portal();

    // A name of one to three words alone in brackets, no word of a sentence in it: at the very
    // foot of a story, where no subheading can stand, that is how a page credits its source.
    public static string? BracketedName(string line)
    {
        if (line.Length > 40 || BracketedAlone().Match(line) is not { Success: true } m)
        {
            return null;
        }
        var who = m.Groups["who"].Value.Trim();
        return who.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && FunctionWords.Count(who) == 0 ? who : null;
    }

    [GeneratedRegex(@"^\W{0,2}[(\[]\s*(?<who>[^()\[\]\d٠-٩:،,.!؟?]{2,30}?)\s*[)\]]\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAlone();

    // Where the piece was first printed, or with whom it is shared, said of the piece itself
    // («المادة منشورة أصلاً لدى يو بي آي», «(بالتعاون مع صحيفة اليوم)», «حقوق الخبر: رويترز»,
    // «Originally published in …»): the line names a source and says nothing else.
    [GeneratedRegex(@"^\W{0,2}((المادة|الخبر|المقال|المقالة|القصة|التقرير|النص|الموضوع|الحوار|هذا\s+(الخبر|المقال|التقرير|الموضوع|الحوار)|هذه\s+(المادة|المقالة|القصة))\s+(منشور|منشورة|نشر|نُشر|نشرت|نُشرت|ظهر|ظهرت|ورد|وردت)(\s+(أصلا|أصلاً|أصلًا|اصلا|أولا|أولاً|اولا|لأول\s+مرة|سابقا|سابقاً|في\s+الأصل))?\s+(لدى|في|على|عبر|من\s+قبل|بموقع|بصحيفة|بجريدة|بمجلة)|\(?\s*(بالتعاون|بالاتفاق|بالشراكة|بالاشتراك)\s+مع|(حقوق|ملكية)\s+(ال)?(خبر|مادة|مقال|محتوى|نص|تقرير)\s*[:\-–]|(this\s+(article|story|piece|report)\s+)?(was\s+)?(originally|first)\s+(published|appeared)\s+(in|on|by|at)|(republished|reprinted)\s+(with\s+permission\s+)?(from|of|by))\s*(?<who>[^.!؟?:()]{2,60}?)\s*\)?\s*\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Republished();

    // «* ينشر بالتعاون مع …», «* خدمة «…»»: how papers mark a syndicated piece, never a sentence.
    [GeneratedRegex(@"^\*\s*(خدمة|ينشر\s+(بالاتفاق|بالتعاون)|بالاتفاق\s+مع|بالتعاون\s+مع)", RegexOptions.CultureInvariant)]
    private static partial Regex Service();

    [GeneratedRegex(@"^[\W\uFE0F]{0,4}\(?\s*(المصدر|المصادر|مصدر\s+(ال)?خبر|مصدر|المرجع|source|sources)(\s+(الأصلي|الاصلي|الرئيسي))?\s*[:\-–—ـ/|←⬅→⟵⟶⇐⇒➜➔▸►›‹]\uFE0F?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"^[\W\uFE0F]{0,4}\(?\s*(المصدر|المصادر|مصدر\s+(ال)?خبر|مصدر\s+(ال)?مقال|مصدر|المرجع|المراجع|source|sources|via)(\s+(الأصلي|الاصلي|الرئيسي))?\s*[:\-–—ـ/|←⬅→⟵⟶⇐⇒➜➔▸►›‹]\uFE0F?\s*(?<who>([^.!؟?:]|(?<=[\p{L}0-9])\.(?=\p{L})){2,80}?)\s*\)?\s*\.?$|^\*\s*(?<who>(خدمة|بالاتفاق|بالتعاون|ينشر|وحدة|كاتب|كاتبة|باحث|باحثة|أستاذ|مراسل|مراسلة|ترجمة|نقلا|نقلاً|نقلًا)[^.!؟?]{0,60})$|^\W{0,2}(نقلا|نقلاً|نقلًا|بتصرف|بتصرّف)(\s+(بتصرف|بتصرّف|باختصار|مختصرا|مختصراً))?\s+عن\s*:?\s*(?<who>[^!؟?:]{2,60}[^.!؟?:])$|^\W{0,2}عن\s*:?\s*(?<who>الرياض|المدينة|اليوم|الجزيرة|الوطن|البلاد|الشرق|الخليج|البيان|الاتحاد|الأنباء|الرأي|الغد|العرب|الأخبار|النهار|الدستور|الشروق)$|^\W{0,2}(عن\s*:?|من\s*:)\s*(?<who>((صحيفة|موقع|وكالة|جريدة|مجلة|قناة)\s+[^.!؟?]{2,40}|(" + NewsSources.Agencies + "|" + NewsSources.LatinAgencies + "|" + NewsSources.Papers + "|" + NewsSources.Initials + @")(\s*[+،,/&\-–]\s*[^.!؟?]{2,30})?))$|^\W{0,2}(ترجمة|إعداد|اعداد|تحرير|متابعة|ترجمة\s+وإعداد)(\s+خاصة)?\s*[:\-–/]\s*(?<who>[^.!؟?:()]{2,40})(\s*\((بتصرف|بتصرّف)\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^\W{0,2}[(\[«]?\s*(?<who>(" + NewsSources.Agencies + "|" + NewsSources.LatinAgencies + "|" + NewsSources.Papers + "|" + NewsSources.Initials + @"|(صحيفة|جريدة|وكالة|قناة|مجلة)\s+[^\s!؟?:،]+(\s+[^\s!؟?:،]+){0,2})(\s*[+،,/&\-–]\s*|\s+و\s*)?((" + NewsSources.Agencies + "|" + NewsSources.LatinAgencies + @")\s*)?)[)\]»]?\s*\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alone();
}
