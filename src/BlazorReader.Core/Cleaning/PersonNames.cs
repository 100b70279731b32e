using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// A writer's name alone, as pages print it above the lead: an optional title («د.», «أ.د»,
// «المهندس»), a given name common across the Arab world (Saudi, Gulf, Egyptian, Levantine,
// Maghrebi spellings), then name parts joined as Arabic names join them («بن», «بنت», «أبو»,
// «آل», «عبد …») and a family name («العتيبي», «آل سعود», «باعشن», «بن علي»). Two to five words,
// nothing else: no digit, no sentence mark.
internal static class PersonNames
{
    private static readonly HashSet<string> Titles = Build(
        "د د. أ أ. أ.د أد م م. الدكتور الدكتورة المهندس المهندسة الأستاذ الأستاذة الاستاذ الاستاذة الشيخ الشيخة الكاتب الكاتبة الزميل الزميلة "
        + "السيد السيدة اللواء العميد العقيد المستشار الإعلامي الإعلامية الاعلامي الاعلامية");

    private static readonly HashSet<string> Joiners = Build("بن بنت ابن أبو ابو أبي ابي أم ام آل ال ولد عبد");

    private static readonly HashSet<string> Given = Build(
        "محمد أحمد احمد محمود مصطفى علي عمر عثمان خالد خليل إبراهيم ابراهيم إسماعيل اسماعيل يوسف يعقوب موسى عيسى داود سليمان "
        + "سلمان عبدالله عبدالرحمن عبدالعزيز عبدالإله عبدالاله عبدالمحسن عبدالمجيد عبدالكريم عبدالرحيم عبدالملك عبدالوهاب عبدالحميد "
        + "عبداللطيف عبدالسلام عبدالقادر عبدالناصر عبدالهادي عبدالفتاح عبدالحليم عبدالجليل عبدالمنعم عبدالباسط عبدالغني عبدالرزاق "
        + "عبدالخالق فهد فيصل فواز فايز فراس فالح فؤاد فتحي فادي فاطمة فاتن فوزية سعد سعود سعاد سالم سلطان سلمى سامي سامر سامية "
        + "سارة ساره سمير سميرة سهى سوسن سناء سوزان ناصر نايف نواف نبيل نادر نادية نجلاء نجوى نورة نوره نوال نهى نهلة نسرين "
        + "نبيلة نعيمة ماجد مشاري مشعل منصور مهند مازن مراد مروان معاذ منير منيرة ميساء مريم ماجدة ماهر مالك متعب مساعد مسفر "
        + "مرزوق حمد حمود حمدان حسن حسين حسام حاتم حازم حمزة حيدر حصة هشام هاني هاشم هيثم هند هيفاء هالة هناء وليد وائل وجدان "
        + "ياسر ياسين يحيى يزيد ياسمين زياد زيد زكريا زهراء رنا رانيا رهف رغد رشا راشد رامي رياض راكان ريان طلال طارق طه طلعت "
        + "ثامر تركي تامر توفيق تهاني جمانة جواهر جاسم جابر جلال جيهان دانة دانه ديما عادل عامر عاطف عصام عماد عمرو عبير عائشة "
        + "عايشة علياء عليا غادة غازي غسان كوثر لمى ليلى لينا لبنى لؤي أنس انس أيمن ايمن أسامة اسامة أسماء اسماء أروى أنور "
        + "أشرف اشرف آمنة بندر باسم بشير بلال بكر شادي شيماء صلاح ظافر عوض عايض عائض قاسم قيس مجدي مدحت محسن محمدي مصعب معتز "
        + "نزار هزاع وضحى يونس إياد اياد إلياس الياس إدريس ادريس رضوان سهيل صبري");

    public static bool IsName(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > 50 || line.Any(c => char.IsDigit(c) || c is ':' or '،' or ',' or '!' or '?' or '؟' or '«' or '"' or '(' or '-' or '|'))
        {
            return false;
        }
        var raw = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = raw.Select(w => ArabicNormalizer.Normalize(w)).ToList();
        var i = 0;
        while (i < words.Count && Titles.Contains(words[i]))
        {
            i++;
        }
        var parts = words.Count - i;
        // «على الهامش» is no «علي»: the given name is read as printed, the rest normalised.
        if (parts is < 2 or > 5 || raw[i].EndsWith('ى') || !IsGiven(words[i], i + 1 < words.Count ? words[i + 1] : null))
        {
            return false;
        }
        // After the given name: joiners, more given names, and a family name to close; a word
        // with «ال» only closes it («ملك المملكة العربية» is no name), or follows «عبد»/«آل».
        var last = words[^1];
        var closes = last.StartsWith("ال", StringComparison.Ordinal) && last.Length >= 4 || last.StartsWith("با", StringComparison.Ordinal) && last.Length >= 4
            || Given.Contains(last) || words.Count >= 2 && Joiners.Contains(words[^2]);
        var middle = words.Skip(i + 1).SkipLast(1).ToList();
        return closes && middle.Select((w, k) => Joiners.Contains(w) || Given.Contains(w) || w.StartsWith("عبد", StringComparison.Ordinal)
            || w.StartsWith("ال", StringComparison.Ordinal) && (k > 0 ? middle[k - 1] : words[i]) is "عبد" or "ال").All(ok => ok);
    }

    public static bool IsGivenName(string word) => Given.Contains(ArabicNormalizer.Normalize(word));

    // «عبد الله» is one given name printed as two words.
    private static bool IsGiven(string word, string? next) =>
        Given.Contains(word) || word == ArabicNormalizer.Normalize("عبد") && next is not null && Given.Contains("عبد" + next);

    private static HashSet<string> Build(string words) =>
        [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => ArabicNormalizer.Normalize(w))];
}
