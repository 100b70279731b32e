using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning;

// What shapes are filled with: other articles' titles and leads (teasers are other stories),
// sentences for tweets, and the small vocabularies of bylines and page chrome. The words are
// combined at random by each shape, so no line of noise is a fixed string.
public sealed class DressingPools
{
    public static readonly string[] Cities =
    [
        "الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "أبها", "تبوك", "القاهرة", "دبي", "لندن",
        "واشنطن", "بيروت", "عمان", "الكويت", "الخبر", "الطائف", "حائل", "جازان", "نجران", "باريس", "موسكو", "بغداد",
    ];

    public static readonly string[] Papers =
    [
        "الرياض", "عكاظ", "المدينة", "الوطن", "اليوم", "الجزيرة", "الشرق الأوسط", "الاقتصادية", "سبق", "الوئام",
        "عين اليوم", "الحياة", "المواطن", "تواصل", "العربية نت", "الخليج", "البيان", "الأنباء",
    ];

    public static readonly string[] Agencies =
    [
        "واس", "رويترز", "أ ف ب", "أ.ف.ب", "د ب أ", "د.ب.أ", "الأناضول", "أ ب", "كونا", "وام", "بنا", "قنا", "سبأ", "وكالات", "الفرنسية", "يو بي آي",
    ];

    public static readonly string[] LatinAgencies = ["Reuters", "AFP", "AP", "Getty Images", "EPA", "SPA", "Anadolu"];

    public static readonly string[] FirstNames =
    [
        "محمد", "عبدالله", "فهد", "سعد", "خالد", "ناصر", "سلمان", "عبدالرحمن", "تركي", "ماجد", "سارة", "نورة", "هند",
        "أحمد", "علي", "يوسف", "منيرة", "عبدالعزيز", "فيصل", "بدر", "ريم", "حسن", "إبراهيم", "سلطان", "مها",
    ];

    public static readonly string[] FamilyNames =
    [
        "العتيبي", "الشمري", "القحطاني", "الغامدي", "الزهراني", "الدوسري", "المطيري", "الحربي", "العنزي", "السبيعي",
        "الشهري", "المالكي", "الرشيد", "الحمدان", "آل سعود", "الفيصل", "السلمي", "البقمي", "الجهني", "العمري",
    ];

    public static readonly string[] LatinFirst = ["John", "Sarah", "Omar", "Lina", "David", "Maria", "Ahmed", "Nora", "James", "Fatima", "Alex", "Hana"];

    public static readonly string[] LatinLast = ["Smith", "Haddad", "Khan", "Miller", "Nasser", "Brown", "Saleh", "Garcia", "Al-Rashid", "Walker", "Taylor"];

    // Titles and leads come from every article (teasers are other stories, noisy as they are);
    // tweets' sentences from clean ones, so a tweet brings no chrome of its own.
    public DressingPools(IReadOnlyList<RawArticle> others, IReadOnlyList<RawArticle> clean)
    {
        Titles = [.. others.Select(a => a.Title).OfType<string>().Select(TextReferee.Normalize).Where(t => t.Length is >= 15 and <= 140)];
        Leads = [.. others.Select(a => LeadSentence(a.Text)).Where(l => l.Length >= 50)];
        Sentences = [.. clean.SelectMany(a => TextReferee.Lines(a.Text).Skip(1).Take(2)).Select(FirstSentence).Where(s => s.Length is >= 30 and <= 260)];
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Titles.Count; i++)
        {
            foreach (var word in TitleWords(Titles[i]))
            {
                (byWord.TryGetValue(word, out var list) ? list : byWord[word] = []).Add(i);
            }
        }
        TitlesByWord = byWord;
    }

    public IReadOnlyList<string> Titles { get; }

    public IReadOnlyList<string> Leads { get; }

    public IReadOnlyList<string> Sentences { get; }

    private Dictionary<string, List<int>> TitlesByWord { get; }

    // A title that shares a word with the article's own title: teasers on real pages are
    // often about the same subject, which makes them harder to tell from the story's end.
    public string? RelatedTitle(DressingRandom r, string? ownTitle)
    {
        var words = ownTitle is null ? [] : TitleWords(ownTitle).Where(TitlesByWord.ContainsKey).ToList();
        if (words.Count == 0)
        {
            return null;
        }
        var list = TitlesByWord[r.Pick<string>(words)];
        var pick = Titles[r.Pick<int>(list)];
        return pick == TextReferee.Normalize(ownTitle!) ? null : pick;
    }

    public static string PersonName(DressingRandom r) => r.Chance(0.8)
        ? r.Pick(FirstNames) + " " + r.Pick(FamilyNames)
        : r.Pick(FirstNames) + " بن " + r.Pick(FirstNames) + " " + r.Pick(FamilyNames);

    public static string LeadSentence(string text)
    {
        var first = TextReferee.Lines(text).FirstOrDefault() ?? "";
        var sentence = FirstSentence(first);
        return sentence.Length > 300 ? sentence[..sentence.LastIndexOf(' ', 300)] : sentence;
    }

    private static string FirstSentence(string line)
    {
        var end = line.IndexOfAny(['.', '؟', '!']);
        return end > 40 ? line[..(end + 1)] : line;
    }

    private static IEnumerable<string> TitleWords(string title) =>
        title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 5 && !w.StartsWith("ال", StringComparison.Ordinal) || w.Length >= 7).Distinct();
}
