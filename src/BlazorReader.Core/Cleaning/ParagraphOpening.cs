using System.Text.RegularExpressions;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// How a paragraph opens and what that says: a conjunction joined to its first word or a
// linking phrase continues a story («وأضاف», «وقد», «من جهتها»); a news verb («أعلن», «قالت»)
// or a time («أمس», «اليوم الأحد») is how leads open.
internal static partial class ParagraphOpening
{
    // Three letters with a joined conjunction; other three-letter words in و are mostly verbs
    // whose و is their own («وصل», «وقع», «وجه»), which open leads.
    private static readonly HashSet<string> ShortConjoined =
        ["وقد", "وفي", "ولم", "ولن", "وما", "وهو", "وهي", "وهم", "ولا", "ومن", "وإن", "وأن", "وان", "وعن", "ومع", "وكل", "وهل", "ولو", "فقد", "فهو", "فهي", "فلا", "فما", "فإن", "فأن", "فلم", "ففي", "فمن", "فهل", "فلو", "وتم", "فتم", "وكم"];

    private static readonly HashSet<string> NewsVerbs = new(
        ("أعلن أعلنت أكد أكدت قال قالت كشف كشفت استقبل استقبلت التقى دشن دشنت افتتح افتتحت شهد شهدت نظم نظمت أطلق أطلقت بدأ بدأت "
        + "وصل وصلت غادر رعى أقام أقامت تسلم أصدر أصدرت وقع وقعت دعا دعت نفذ نفذت اختتم اختتمت انطلق انطلقت حقق حققت عقد عقدت أوضح أشار "
        + "أفاد أفادت تمكن تمكنت ناقش بحث تلقى احتفل احتفلت سجل سجلت ارتفع ارتفعت انخفض انخفضت تراجع تراجعت صعد هبط أغلق أغلقت أنهى أنهت "
        + "توج فاز خسر تعاقد أعرب أعربت ثمن نوه هنأ عزى أدان أدانت استنكر استنكرت حذر حذرت طالب طالبت أمر وجه قرر قررت وافق وافقت أقر "
        + "أقرت باشر باشرت ضبط ضبطت أحبط أحبطت لقي توفي أصيب قتل اعتمد اعتمدت يستعد تستعد يواصل تواصل يشهد تشهد يرعى ترعى يلتقي يعقد "
        + "تعقد يقيم تقيم تنطلق ينطلق يدشن تدشن نقلت نقل ذكرت ذكر أفادت أظهرت أظهر توقع توقعت رفع رفعت وصف بلغ بلغت سلم سلمت زار زارت")
        .Split(' ').Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);

    // A verb whose own first letter is و or ف («وصلت», «واصل», «فازت») opens a lead, as does any
    // news verb followed by its subject and a comma («أعلنت الشركة، …»): measured on the corpus,
    // such words open leads dozens of times for each later paragraph they open.
    public static bool Continues(string line)
    {
        var first = FirstWord(line);
        if (IsVerbWithOwnConjunctionLetter(first) || OpensWithNewsVerb(line))
        {
            return false;
        }
        return Connective().IsMatch(Opening(line)) || ShortConjoined.Contains(first)
            || first.Length >= 4 && first[0] is 'و' or 'ف' && (first[1] is 'أ' or 'إ' or 'آ' || !ArabicStemGuard.Protects(ArabicNormalizer.Normalize(first)));
    }

    // Whether a paragraph at a story's foot reads on from what is above it. Kept apart from
    // Continues, which lists and heads also ask: a headline may open by pointing («هكذا ردت …»).
    public static bool ReadsOn(string line) => Continues(line) || IsEditorsNote(line) || !OpensWithNewsVerb(line) && PointsBack(line);

    // A paper's note to its readers on this story («تصحيح: ذكرت نسخة سابقة …», «تنويه:»,
    // «Editor's note:»): the story's own last word, whatever it shares with it.
    public static bool IsEditorsNote(string line) => line.Length >= 25 && EditorsNote().IsMatch(line);

    // A paragraph that points back at what came before («إثر ذلك دشن …», «كل هذا يؤكد …»,
    // «وعلى إثر ذلك …», «ولهذا …»): another story's lead has nothing before it to point at. A
    // demonstrative naming a time («هذا المساء», «هذا العام») points at no text.
    public static bool PointsBack(string line)
    {
        var words = Opening(line).Split(' ', 5);
        for (var i = 0; i < Math.Min(3, words.Length); i++)
        {
            var word = words[i].TrimEnd('،', ',', '.', ':', '؛');
            // «المصدر نفسه», «الوزير ذاته»: the one named before.
            if (Demonstratives.Contains(Unprefixed(word)) || i == 1 && IsNamedAgain(words))
            {
                return i + 1 >= words.Length || !TimeNouns.Contains(ArabicNormalizer.Normalize(words[i + 1]));
            }
        }
        return false;
    }

    // «ولهذا», «فبذلك», «كذلك» hold a demonstrative behind one or two joined letters.
    private static string Unprefixed(string word)
    {
        var w = word.Length > 3 && word[0] is 'و' or 'ف' ? word[1..] : word;
        return w.Length > 3 && w[0] is 'ب' or 'ل' or 'ك' ? w[1..] : w;
    }

    private static readonly HashSet<string> Demonstratives = new(
        ["ذلك", "هذا", "هذه", "تلك", "هؤلاء", "ذاك", "هذين", "هاتين", "هذان", "هاتان", "أولئك", "هكذا"], StringComparer.Ordinal);

    public static bool NamesAgain(string line) => IsNamedAgain(Opening(line).Split(' ', 3));

    private static bool IsNamedAgain(string[] words) =>
        words.Length > 2 && words[0].StartsWith("ال", StringComparison.Ordinal) && Reflexives.Contains(words[1].TrimEnd('،', ','));

    private static readonly HashSet<string> Reflexives = new(["نفسه", "نفسها", "ذاته", "ذاتها", "نفسهم", "ذاتهم"], StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(تصحيح|تصويب|تنويه|توضيح|استدراك|ملاحظة\s+(المحرر|التحرير)|ملاحظة\s+من\s+المحرر|correction|clarification|editor['’]?s\s+note|rectificatif|erratum|note\s+de\s+la\s+r[ée]daction|mise\s+[àa]\s+jour)\s*[:：\-–]", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EditorsNote();

    private static readonly HashSet<string> TimeNouns = new(
        "العام الأسبوع الشهر اليوم المساء الليلة الصباح الموسم السنة الأيام العامين".Split(' ').Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);

    private static bool IsVerbWithOwnConjunctionLetter(string word)
    {
        // «فقد» alone is «ف» + «قد»; «فقدت» is the verb.
        if (word.Length < 3 || word[0] is not ('و' or 'ف') || ShortConjoined.Contains(word))
        {
            return false;
        }
        var w = ArabicNormalizer.Normalize(word);
        foreach (var ending in PastEndings)
        {
            if (w.EndsWith(ending, StringComparison.Ordinal) && w.Length - ending.Length >= 3 && OwnLetterVerbs.Contains(w[..^ending.Length]))
            {
                return true;
            }
        }
        return OwnLetterVerbs.Contains(w);
    }

    // Past-tense verbs whose first root letter is و or ف, as leads open with them; their
    // endings (she, they) are taken off before the look-up.
    private static readonly HashSet<string> OwnLetterVerbs = new(
        "وصل واصل وافق وقع فتح وضع وجه واجه واسى فاجأ فوجئ فرض فشل وزع فاز وثق وصف وفر فارق وقف واكب فند وسع وجد فقد فسر فحص فوض فاوض وظف"
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);

    private static readonly string[] PastEndings = ["وا", "تا", "ت", "ا"];

    // «بدأت، أمس، …»: the verb is the word, not the comma written against it.
    public static bool OpensWithNewsVerb(string line) => NewsVerbs.Contains(ArabicNormalizer.Normalize(FirstWord(line).TrimEnd('،', ',', ':')));

    public static bool NamesATime(string line) => Time().IsMatch(line.Length > 160 ? line[..160] : line);

    // The weekday a text calls today («اليوم الأحد», «-اليوم الاثنين-»), normalised, or null.
    public static string? Today(string text) =>
        Today().Match(text) is { Success: true } m ? ArabicNormalizer.Normalize(m.Groups[1].Value) : null;

    private static string FirstWord(string line) => Opening(line).Split(' ', 2)[0];

    // Where the words start: past dashes, dots and quotation marks.
    private static string Opening(string line) => line.TrimStart('-', '–', '*', '•', ' ', '"', '«', '.', '…', '(', '[');

    // The last alternative is a word then «هذا الحادث», «ذلك،»: a paragraph that points back at
    // what came before (ten times likelier after the lead than in it, on the corpus).
    [GeneratedRegex(@"^(من\s+(جهة|جهت|جانب|ناحية|ناحيت)|في\s+(غضون|سياق|شأن|المقابل|الأثناء|هذه\s+الأثناء|السياق|حين|الوقت|ختام|نهاية)|بيد\s+أن|يذكر|يُذكر|يشار|كما\s|إلى\s+ذلك|الى\s+ذلك|إلا\s+أن|غير\s+أن|لكن|ثم\s|أيضا|بدوره|بدورها|بحسب|حسب|وفق|على\s+صعيد|كذلك|علما|بينما|مشيرا|مضيفا|موضحا|مؤكدا|لافتا|مبينا|منوها|معربا|مشددا|مشيرة|مضيفة|موضحة|مؤكدة|لافتة|مبينة|منوهة|معربة|مشددة|مشيرين|مؤكدين|معتبرا|معتبرة|محملا|محملة|متهما|متهمة|مطالبا|مطالبة|واصفا|واصفة|قائلا|قائلة|داعيا|داعية|ملمحا|منتقدا|مستدركا|مختتما|مستشهدا|سائلا|سائلة|متمنيا|متمنية|هذا\s+و|إضافة|بالإضافة|يأتي|تأتي|جاء\s+ذلك|تجدر|الجدير|من\s+المقرر|في\s+حين|أما\s|اما\s|(هذا|هذه|ذلك|تلك|هؤلاء|هنا)\s|(كان|كانت)\s.{0,40}\sقد\s|بعد\s+ذلك|قبل\s+ذلك|عقب\s+ذلك|بعدها\s|عقبها\s|وبعدها|(أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)\u064B?\s*[:\-–]|ختاما|وختاما|أخيرا|أخيراً|في\s+الختام|(إن|إنّ|إنه|إنها|لأن|لأنه)\s|[^\s،.:]{2,}(\s[^\s،.:]+){0,2}،|وبعد|وعلى|ومنذ|لذا\s|لذلك\s|[^\s،.:]+\s+(هذا|هذه|ذلك|تلك|هؤلاء)(\s+ال|\s*[،,.]|\s*$))", RegexOptions.CultureInvariant)]
    private static partial Regex Connective();

    [GeneratedRegex(@"(^|\s)(أمس|امس|اليوم|الليلة|صباح|مساء|ظهر|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)(\s|$|[،,.)])", RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"اليوم\s*[-(]?\s*(الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)", RegexOptions.CultureInvariant)]
    private static partial Regex Today();
}
