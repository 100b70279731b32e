using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Who wrote it and from where, as a line above the story: «الرياض - محمد العتيبي»,
// «عين اليوم – متابعات», «كتب: أحمد علي», «بقلم د. سارة», «محمد | الرياض», «واس – جدة»;
// and the same glued before the lead: «واس- الرياض: توقعت …», «القاهرة (رويترز) - قال …».
internal static partial class BylineLines
{
    private static readonly HashSet<string> SpeechVerbs =
        ["قال", "قالت", "أكد", "اكد", "أكدت", "أوضح", "أضاف", "ذكر", "ذكرت", "أشار", "كتب", "صرح", "أعلن", "تابع", "سأل", "أجاب", "وقال", "المصدر"];

    // A word of three letters or more closed by a full stop before the dash ends a sentence
    // («والله الموفق. - د.ب.أ»: a statement's close and the wire's credit), not a name.
    public static bool IsByline(string line) =>
        line.Length <= 70 && !EndsSentence(line) && !SentenceBeforeMark().IsMatch(line) && (Keyword().IsMatch(line) || Role().IsMatch(line) || RolesInTurn().IsMatch(line) || AgencyAndPlace().IsMatch(line) || NameAndCity(line)
            || Separated().IsMatch(line) && (!line.Contains(':', StringComparison.Ordinal) || ColonAfterPlace(line)));

    // «الرياض: محمد العتيبي», not «إخراج: مايكل بيري» (a film's credits in a review), nor
    // «الرياض: 1896 مستفيدًا» (a row of the story's table: a count is nobody's name).
    private static bool ColonAfterPlace(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var after = line[(colon + 1)..].TrimStart();
        return PlaceNames.Named(line[..colon].Trim()) && (after.Length == 0 || !char.IsDigit(after[0]));
    }

    // A byline that names a paper or an agency («محرر الوئام – بغداد»): below the story too it
    // can only be a byline. A bare «name - city» there may sign a letter, «شعر - name» a poem.
    // So can one that says what it is («كتب د. علي», «مراسل الجزيرة - نجران», «فلان – مندوب
    // صدى») or puts a place before a colon («جازان: حسن الغامدي»), but not a poem's «شعر» or a
    // letter's «رسالة»; nor a bar-parted line, which lists films or books as well.
    public static bool IsPaperByline(string line) =>
        IsByline(line) && (NamesSource().IsMatch(line) || Keyword().IsMatch(line) && !PoemOrLetter().IsMatch(line) || Role().IsMatch(line)
            || AgencyAndPlace().IsMatch(line) || line.Contains(':', StringComparison.Ordinal) && ColonAfterPlace(line) || NameAndWhere(line));

    // «سارة الخالدي (بريدة)», «من خالد عبدالحميد (الكويت)»: a name, then the city it was filed from.
    private static bool NameAndCity(string line)
    {
        var open = line.IndexOf('(', StringComparison.Ordinal);
        if (open < 4 || line[^1] != ')')
        {
            return false;
        }
        var name = line[..open].Trim();
        name = name.StartsWith("من ", StringComparison.Ordinal) ? name[3..] : name;
        return PlaceNames.Named(line[(open + 1)..^1].Trim()) && PersonNames.IsName(name);
    }

    // A writer's name with the paper after a dash or bar: «هند الحربي | البيان», «فلان - «الخليج»».
    // The name must read as one (PersonNames); the other part names a paper or an agency, or
    // is one or two «ال…» words after a bar. Not a place: a reader's letter is signed «name - city».
    private static bool NameAndWhere(string line)
    {
        var parts = line.Split(['-', '–', '—', '|', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return false;
        }
        var (name, where) = PersonNames.IsName(parts[0]) ? (parts[0], parts[1]) : (parts[1], parts[0]);
        var words = where.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return PersonNames.IsName(name) && !PersonNames.IsName(where) && words.Length <= 2 && !where.Any(char.IsDigit)
            && !PlaceNames.Named(where) && (NamesSource().IsMatch(where) || line.Contains('|', StringComparison.Ordinal) && words[0].StartsWith("ال", StringComparison.Ordinal));
    }

    // The dateline before the lead, and the lead without it; null when there is none.
    // A dateline may come in parts, each its own mark: «(واس) - خميس مشيط: …»; of the ways to
    // read it, the one that takes the most («فلان- سبق- متابعة:» whole, not up to «سبق-»).
    public static (string Dateline, string Lead)? SplitDateline(string lead)
    {
        var agency = AgencySplit(lead);
        var colon = ColonSplit(lead);
        if (agency is { } first && (AgencySplit(first.Lead) ?? ColonSplit(first.Lead)) is { } second)
        {
            agency = (lead[..^second.Lead.Length].Trim().TrimEnd(':', '-', '–', '—', 'ـ', ' '), second.Lead);
        }
        return agency is null ? colon : colon is null || agency.Value.Lead.Length <= colon.Value.Lead.Length ? agency : colon;
    }

    // A lead opens with no digit: one after the cut is a date's cut in two («أ ف ب ،٢٠١٥-٠٧-» and «٢٣ — …»).
    private static (string Dateline, string Lead)? AgencySplit(string lead) =>
        AgencyFirst().Match(lead) is { Success: true } a && a.Groups["rest"].Length >= 40 && !char.IsDigit(a.Groups["rest"].Value.TrimStart()[0])
            ? (a.Groups["where"].Value.Trim(), a.Groups["rest"].Value.Trim())
            : null;

    private static (string Dateline, string Lead)? ColonSplit(string lead) =>
        ColonPrefix().Match(lead) is { Success: true } m && IsPlace(m.Groups["where"].Value) && m.Groups["rest"].Length >= 40
            ? (m.Groups["where"].Value.Trim(), m.Groups["rest"].Value.Trim())
            : null;

    private static bool IsPlace(string prefix)
    {
        var words = prefix.Split([' ', '-', '–', 'ـ', '—', '/', '|'], StringSplitOptions.RemoveEmptyEntries);
        var marked = prefix.IndexOfAny(['-', '–', 'ـ', '—', '(', '«', '|', '/']) >= 0;
        // A news site's name may carry a number («أخبار 24»), after a place that opens the line.
        var digitsFit = !prefix.Any(char.IsDigit) || marked && words.Length > 1 && PlaceNames.Named(words[0]) && !char.IsDigit(words[1][0]);
        return words.Length is > 0 and <= 7 && digitsFit && !SpeechVerbs.Contains(words[0])
            && (marked || words.Length <= 2 && PlaceNames.Named(prefix)) && !InsideTheSentence(prefix, words);
    }

    // Before a colon, a sentence is no dateline: three or more words outside brackets and quotes
    // with a closed-class word among them (««الضغط النفسي» جاء تعريفه بأنه:»), a bracket or quote
    // still open («فيلم «تيرميناتور: جنيسيس»»), or a list item's term after its dash («-اليقين:
    // أن تظل …», «- الأولى: …», «ـ في الاتحاد: …»). Measured on the corpus as it is: each cut
    // story text. Places, sources and what brackets hold are names, not read for little words
    // («وام», «سيدني», «(ومع)»).
    private static bool InsideTheSentence(string prefix, string[] words)
    {
        if (Opened(prefix, '(', ')') || Opened(prefix, '«', '»') || Opened(prefix, '“', '”') || Opened(prefix, '[', ']'))
        {
            return true;
        }
        if (prefix.TrimStart()[0] is '-' or '–' or '—' or 'ـ' && words.Length <= 2 && !PlaceNames.Named(string.Join(' ', words)))
        {
            return true;
        }
        var outside = string.Join(' ', Enclosed().Replace(prefix, " ").Split(PartMarks)
            .Where(p => !PlaceNames.Named(p.Trim()) && !NewsSources.IsSource(p)));
        return outside.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsLetter) >= 2) >= 3 && FunctionWords.Count(outside) > 0;
    }

    [GeneratedRegex(@"«[^»]*»|\([^)]*\)|\[[^\]]*\]|“[^”]*”", RegexOptions.CultureInvariant)]
    private static partial Regex Enclosed();

    private static readonly char[] PartMarks = ['-', '–', '—', '|', '/', '،', ','];

    private static bool Opened(string text, char open, char close) => text.Count(c => c == open) > text.Count(c => c == close);

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '؟' or '،' or ',';

    // A byline's label printed alone, the name on the line below: «كتب:», «بقلم», «حوار».
    private const string Label = @"(كتب|كتبت|بقلم|بواسطة|إعداد|اعداد|متابعة|رصد|حوار|ترجمة|تحرير|تقرير|تحقيق|by)";

    public static bool IsLabelAlone(string line) => line.Length <= 20 && LabelAlone().IsMatch(line);

    [GeneratedRegex(@"^\W{0,2}" + Label + @"\s*[:\-–—ـ|]?\s*$|^\W{0,2}من\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelAlone();

    // The nouns («إعداد», «تقرير», «حوار» …) open headlines too («تقرير أممي يكشف …»): after
    // them a mark must follow. A correspondent named by paper and place before a colon has his
    // names after it, several maybe («مراسل الصحيفة في أبها: فلان وفلان»).
    [GeneratedRegex(@"^\W{0,2}(مراسل|مراسلة|مراسلو|مراسلا|مراسلنا|مراسلتنا|مراسلي|محرر|محررة|محررو)(\s+[^\s:!؟?.]+){1,4}\s*:\s*[^\s!؟?.:]+(\s+[^\s!؟?.:]+){1,11}$|^\W{0,2}((كتب|كتبت|بقلم|بواسطة|مراسل|مراسلة|مراسلنا|محرر|محررة|شعر|رسالة|by)(\s*[:\-–—ـ|/]\s*|\s+)|(إعداد|اعداد|تقرير|تحقيق|حوار|تحرير|متابعة|متابعات|ترجمة|رصد|خاص)(\s+و\S+)?\s*[:\-–—ـ|]\s*)[^\s!؟?]{1,}(\s+[^\s!؟?]+){0,6}$|^\W{0,2}(متابعات|خاص|متابعة)$|^\W{0,2}" + Label + @"\s*[:\-–—ـ|]?\s*$|^\W{0,2}من\s*:\s*$|^\W{0,2}((نشر|نُشر|أضيف|اضيف|أرسل|ارسل|كتب|كتبه)\s+(بواسطة|من\s+قبل)|(written|posted|published)\s+by)\s*:?\s*[^\s!؟?]{2,}(\s+[^\s!؟?]+){0,3}$|^\W{0,2}(الكاتب|المحرر|الناشر)(\s*[:\-–—ـ|/]\s*[^\s!؟?]{2,}(\s+[^\s!؟?]+){0,2}|\s+[^\s!؟?]{2,}(\s+[^\s!؟?]+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    // Two or three short parts (names, places, the paper) joined by dashes or bars; a colon
    // only between two very short parts («الرياض: محمد العتيبي»), as headlines use one too.
    [GeneratedRegex(@"^[^\s!?؟:،]{2,}(\s+[^\s!?؟:،]+){0,4}(\s*[-–—ـ|]+\s*[^\s!?؟:،]{2,}(\s+[^\s!?؟:،]+){0,4}){1,2}$|^[^\s!?؟:،]{2,}(\s+[^\s!?؟:،]+){0,2}\s*:\s*[^\s!?؟:،]{2,}(\s+[^\s!?؟:،]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Separated();

    [GeneratedRegex(@"\p{L}{3,}\.\s*[-–—ـ|]", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBeforeMark();

    [GeneratedRegex(@"^\W{0,2}(شعر|رسالة)", RegexOptions.CultureInvariant)]
    private static partial Regex PoemOrLetter();

    [GeneratedRegex(@"«[^»]{2,30}»|(^|[\s\-–—ـ|:])(" + NewsSources.Papers + "|" + NewsSources.Agencies + @"|متابعات|خاص)($|[\s\-–—ـ|:])", RegexOptions.CultureInvariant)]
    private static partial Regex NamesSource();

    [GeneratedRegex(@"^(?<where>[^:!?؟،""]{2,45}?)\s*:\s*(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ColonPrefix();

    // «القاهرة (رويترز) - », «(واس) - », «الرياض - واس - », «عنيزة/ واس – »: an agency, in
    // brackets or between marks after a place, before a dash opens the lead.
    [GeneratedRegex(@"^(?<where>([^\s.:،()]{2,}(\s+[^\s.:،()]+){0,2}\s*)?[(\[]\s*(" + NewsSources.Agencies + "|" + NewsSources.LatinAgencies + "|" + NewsSources.Initials + @")\s*[)\]]|[^\s.:،()\-–—ـ/|]{2,}(\s+[^\s.:،()\-–—ـ/|]+){0,2}\s*[-–—ـ/|،,]\s*[«""]?(" + NewsSources.Agencies + "|" + NewsSources.LatinAgencies + "|" + NewsSources.Papers + "|" + NewsSources.Initials + @")[»""]?)\s*[-–—ـ]\s*(?<rest>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyFirst();

    // The writer's role after the name: «فلان - مراسل صدى», «فلان – مندوب أخبار 24», «محرر الراصد».
    [GeneratedRegex(@"^[^\s!?؟:،]{2,}(\s+[^\s!?؟:،]+){0,4}\s*[-–—ـ|/]\s*(مراسل|مراسلة|مراسلنا|محرر|محررة|مندوب|مندوبة|موفد|موفدة|مراسل\s+خاص|خاص|متابعة|متابعات)(\s+[^\s!?؟:،]+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Role();

    // The desk's credits in turn, each a role and a name («حوار: سعد الفيصل – تحرير: محمد
    // الغامدي», «تغطية: نورة الفيصل، مراجعة: …»), or the role in brackets after the name and the
    // place after it («نورة البقمي (محرر عكاظ) · الرياض»).
    private const string DeskRole = "(كتب|كتبت|إعداد|اعداد|تقرير|تحقيق|حوار|تحرير|متابعة|ترجمة|رصد|تصوير|مراجعة|تدقيق|تغطية|إشراف|اشراف|تنسيق)";
    private const string DeskName = @"[^\s:!?؟،,\-–—ـ|·()]{2,}(\s+[^\s:!?؟،,\-–—ـ|·()]+){0,4}";

    [GeneratedRegex(@"^\W{0,2}" + DeskRole + @"\s*:\s*" + DeskName + @"(\s*[،,\-–—ـ|·]\s*" + DeskRole + @"\s*:\s*" + DeskName + @")+\s*$|^" + DeskName + @"\s*\(\s*(مراسل|مراسلة|مراسلنا|محرر|محررة|مندوب|مندوبة|موفد|موفدة|كاتب|كاتبة|صحفي|صحفية)(\s+[^\s()]+){0,3}\s*\)(\s*[·•\-–—ـ|/]\s*[^\s!?؟:،\d]{2,}(\s+[^\s!?؟:،\d]+){0,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex RolesInTurn();

    // An agency and the place it filed from: «د ب أ– بيروت», «أ ف ب - باريس», «بيروت - (أ ف ب)».
    [GeneratedRegex(@"^[(\[]?(" + NewsSources.Agencies + "|" + NewsSources.LatinAgencies + "|" + NewsSources.Initials + @")[)\]]?\s*[-–—ـ|/]\s*[^\s!?؟:،\d]{2,}(\s+[^\s!?؟:،\d]+){0,2}$|^[^\s!?؟:،\d]{2,}(\s+[^\s!?؟:،\d]+){0,2}\s*[-–—ـ|/]\s*[(\[]?(" + NewsSources.Agencies + "|" + NewsSources.LatinAgencies + "|" + NewsSources.Initials + @")[)\]]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyAndPlace();
}
