using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A picture's caption or credit left as a line. Its grammar: a photo word opening the line
// («الصورة: …», «الصور بعدسة د. فلان», «📷 فلان», «Photo by …»); or a short description closed
// by a credit, after a dash, bar, slash or dot or inside brackets («… (تصوير / فلان)»,
// «… — Reuters», «… | AFP Photo», «[… - صورة أرشيفية]»), the credit being a photo word and a
// name, an archive or source note, or an agency. Short and with no sentence end: a paragraph
// that happens to close on an agency's name ends with a full stop.
internal static partial class CaptionLines
{
    private const int MaxLength = 110;

    public static string? Reason(string line)
    {
        if (line.Length > MaxLength || line.EndsWith('.') || line.EndsWith(':'))
        {
            return null;
        }
        if (Marked().IsMatch(line) || SceneCredited(line) || Archive().IsMatch(line) || Gallery().IsMatch(line) || PointsUp().IsMatch(line))
        {
            return "caption";
        }
        // «المصدر/ رويترز», «(المصدر : واس)» credit the story: the credit readers take them for.
        return (Credited(line) || Bracketed().IsMatch(line)) && CreditLines.UnmistakableWho(line) is null && !SentenceBeforeAgency(line) ? "caption" : null;
    }

    // A photographer's credit and nothing else: «الصورة: سعد المالكي», «Photo: AP», «©: AFP».
    // A gallery's «صورة للذكرى مع …» is a caption of its own, not a credit.
    public static bool IsCreditAlone(string line) => line.Length <= MaxCreditAlone && NamedCredit().IsMatch(line);

    private const int MaxCreditAlone = 60;

    [GeneratedRegex(@"^\W{0,2}(" + PhotoWord + @"|©)(\s+(الزميل|الزميلة|by))?\s*[:\-–—|/]\s*[^\s:.،!؟?]+(\s+[^\s:.،!؟?]+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedCredit();

    // «… غير الاستراتيجيات. (الأناضول)»: a sentence closed by its stop, then a credit, is a
    // paragraph with the wire's credit glued on (GluedCredit cuts it off where it can); a
    // caption has no stop.
    private static bool SentenceBeforeAgency(string line)
    {
        var at = line.AsSpan().LastIndexOfAny(line[^1] is ')' or ']' ? Openers : MarkValues);
        var before = at > 0 ? line[..at].TrimEnd() : "";
        // A full stop, not «..», nor «!» or «؟», which close headline-like captions too, however
        // short the sentence («تهانينا. (أ ف ب)», «والله الموفق. (د ب أ)»: a statement's close); or
        // one further in, with the page's words glued after it («… الجزاء. - ..اضغط هنا- أ ف ب»).
        // A photographer's credit after a short stopped line still closes a caption.
        var stopped = before.Length >= 2 && before[^1] == '.' && before[^2] != '.' && before.Any(char.IsLetter);
        if (stopped && (before.Length >= 30 || !PhotoCredit().IsMatch(line[(at + 1)..])) || before.Length >= 30 && StopInside(before))
        {
            return true;
        }
        // A paragraph that reads on («وقال الوزير في منشور على حسابه: «…» (وكالات)»), long enough
        // to be one and with no year (a dateline's «صحار الخميس، 8 فبراير 2013 (سبأ)» reads on by its
        // weekday), or any line opening with a conjunction glued to a hamza («وأكد …»):
        // a caption opens with neither, while a short one may open with «و» as a word's own letter
        // («وكالة - سبأ», «واشنطن: …», the agencies «وال», «ومأ»). Nor does it part a verse's halves by «**».
        return before.Length >= 30 && ParagraphOpening.Continues(line) && !TeaserList.Year().IsMatch(before) || line.Length > 2 && line[0] is 'و' or 'ف' && line[1] is 'أ' or 'إ'
            || before.Contains(" ** ", StringComparison.Ordinal);
    }

    private static bool StopInside(string text)
    {
        for (var k = text.IndexOf(". ", 30, StringComparison.Ordinal); k > 0; k = text.IndexOf(". ", k + 2, StringComparison.Ordinal))
        {
            // A word's or a number's end, the stop glued or set apart («… 56 . -- (بترا)»),
            // not an initial's («د. خالد»).
            var end = text[k - 1] == ' ' ? k - 1 : k;
            if (end >= 2 && char.IsLetterOrDigit(text[end - 1]) && char.IsLetterOrDigit(text[end - 2]))
            {
                return true;
            }
        }
        return false;
    }

    // A scene a picture shows, then who took it or «(خاص)»: «أثناء الجولة الميدانية - محمد الدوسري»,
    // «جانب من الاجتماع. [يوسف البقمي]», «من موقع الحادث. (خاص)». A scene's first word and a name
    // (PersonNames) or the paper's «خاص» after it: a byline names no scene, a sentence is longer.
    private static bool SceneCredited(string line)
    {
        if (Scene().Match(line) is not { Success: true } m)
        {
            return false;
        }
        var credit = m.Groups["credit"].Value.Trim();
        return credit is "خاص" or "الصحيفة" or "المصدر" || PersonNames.IsName(credit);
    }

    [GeneratedRegex(@"^\W{0,2}(جانب|جوانب|لقطة|لقطات|أثناء|اثناء|خلال|من\s+موقع|موقع|مقر|المشاركون|المشاركين|الحضور|حضور|صورة|صور|منظر|مشهد|طريق|جانبا)\s[^.!؟?:()\[\]\-–—]{2,60}?\.?\s*([-–—]\s*(?<credit>[^()\[\]\-–—.]{4,40})|[(\[]\s*(?<credit>[^()\[\]]{2,40})\s*[)\]])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Scene();

    // A short description closed by its credit: «… (تصوير / فلان)», «… — Reuters», «… | AFP
    // Photo». Only the tail after the last few marks is matched (every line is asked).
    private static bool Credited(string line)
    {
        if (line[^1] is ')' or ']')
        {
            var open = line.LastIndexOfAny(['(', '[']);
            if (open >= 2 && CreditAlone().IsMatch(line.AsSpan(open + 1, line.Length - open - 2)))
            {
                return true;
            }
        }
        var end = line.Length;
        for (var tries = 0; tries < 3; tries++)
        {
            var mark = line.AsSpan(0, end).LastIndexOfAny(MarkValues);
            if (mark < 2)
            {
                return false;
            }
            if (CreditAlone().IsMatch(line.AsSpan(mark + 1).Trim().Trim("()[]")))
            {
                return true;
            }
            end = mark;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Openers = System.Buffers.SearchValues.Create("([");

    private static readonly System.Buffers.SearchValues<char> MarkValues = System.Buffers.SearchValues.Create("-–—|/·•");

    private const string PhotoWord = @"(صورة|الصورة|صور|الصور|تصوير|التصوير|عدسة|بعدسة|لقطة|photos?|images?|pictures?|pics?|credits?|photo\s+credits?|📷|📸)";

    // «لـ», «من», «بعدسة», «للزميل», «by», «via»: what joins a photo word to the name.
    private const string Joiner = @"(\s*(لـ|ل|من|عن|بعدسة|عدسة|تصوير|للزميل|للزميلة|الزميل|الزميلة|المصور|المصورة|by|via|from|courtesy(\s+of)?))*";

    // A name as credits print it: honorifics with their dots («د.», «أ.د», «م.»), two to five words.
    private const string Name = @"[^\s!?؟:،()\[\]]{1,}(\s+[^\s!?؟:،()\[\]]+){0,5}";

    // What closes a caption: a photo credit, an archive or source note, an agency with its
    // «Photo» or photographer.
    private const string Credit = PhotoWord + Joiner + @"\s*[:\-–—/|]?\s*" + Name
        + @"|(صورة\s+|صور\s+|الصورة\s+)?(أرشيفية|ارشيفية|تعبيرية|توضيحية|أرشيف|ارشيف|من\s+الأرشيف|من\s+الارشيف|من\s+المصدر|من\s+(ال)?(إنترنت|انترنت|الشبكة)|متداولة|مواقع\s+التواصل)|file\s+photo"
        + @"|" + Agency;

    private const string Agency = @"(" + NewsSources.Agencies + "|" + NewsSources.LatinAgencies + "|" + NewsSources.Initials + @")(\s+(photos?|images|pictures|صور))?(\s*/\s*[^\s/()\[\]]+(\s+[^\s/()\[\]]+){0,3})?";

    [GeneratedRegex(@"^\W{0,2}" + PhotoWord + @"(\s+(الزميل|الزميلة|لـ|ل))?\s*[:\-–—|/]|^\W{0,2}(تصوير|عدسة|بعدسة)\s*([^\s:.،]+\.)*[^\s:.،]+\.?(\s+[^\s،]+){0,4}$|^\W{0,2}(صورة|الصورة|صور|الصور)\s+(من|عن|لـ|ل|بعدسة|عدسة|تصوير|للزميل|للزميلة|أرشيفية|ارشيفية|تعبيرية|بإذن\s+من|باذن\s+من)\s*[^!?؟]{2,60}$|^[📷📸]|^(photo|image|picture)s?\s+(by|via|from|courtesy)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marked();

    // A gallery's counter opens its caption: «لقطة 1 من 13: …», «الصورة ٣ من ١٠ …», «Photo 2 of 8».
    [GeneratedRegex(@"^\W{0,2}" + PhotoWord + @"\s+[\d٠-٩]{1,3}\s*(من|/|of)\s*[\d٠-٩]{1,3}(\s|:|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gallery();

    // An arrow pointing up at the picture, then a few words with no stop: «⬆ من موقع الحدث»,
    // «▲ جانب من الاجتماع». No corpus line opens with one.
    [GeneratedRegex(@"^\s*[⬆↑▲△🔼⇧⤴]\uFE0F?\s*[^\s\d.!؟?:][^.!؟?:]{2,70}$", RegexOptions.CultureInvariant)]
    private static partial Regex PointsUp();

    [GeneratedRegex(@"^.{0,70}(^|[\s(\-–—|/])(صورة\s+|صور\s+)?(أرشيفية|ارشيفية|تعبيرية|توضيحية|أرشيف|ارشيف|من\s+الأرشيف|من\s+الارشيف)\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Archive();

    [GeneratedRegex(@"^\s*(" + Credit + @")\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditAlone();

    [GeneratedRegex(@"^\W*" + PhotoWord, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    // A whole caption in brackets: «[ارتفاع مناولة - صورة أرشيفية]», «(صورة: واس)».
    // An agency alone in brackets credits the story, not a picture: CreditLines takes it.
    [GeneratedRegex(@"^[(\[][^()\[\]]{1,90}[\s\-–—|/:]\s*(" + Credit + @")\s*[)\]]$|^[(\[]\s*(" + PhotoWord + Joiner + @"\s*[:\-–—/|]?\s*" + Name + @"|(صورة\s+|صور\s+)?(أرشيفية|ارشيفية|تعبيرية|توضيحية|من\s+الأرشيف|من\s+المصدر))\s*[)\]]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();
}
