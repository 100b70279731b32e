using System.Text.RegularExpressions;

namespace BlazorReader.Bench.Cleaning.Fifteenth;

// What a story is about, read from its words, so that lines the story itself would carry (a
// decree's articles, a list of names, a hadith) are added only where they fit, and nothing
// cheerful is written under a story of deaths.
internal sealed partial class StorySubject
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public StorySubject(string title, string text)
    {
        var all = title + "\n" + text;
        Deaths = Has(all, "وفاة", "توفي", "توفيت", "مصرع", "قتلى", "ضحايا", "وفيات", "حتفه", "حتفهم");
        Grief = Deaths || Has(all, "مقتل", "رحيل", "عزاء", "الفقيد", "غرق", "انفجار", "زلزال", "حادث مروري", "حادث سير", "مأساة", "المصابين", "إصابات");
        Decree = Has(all, "أمر ملكي", "أوامر ملكية", "مرسوم", "مرسوما", "قرار مجلس الوزراء", "قرار وزاري", "القرار الوزاري", "اللائحة التنفيذية");
        Earnings = Has(all, "أرباح", "أرباحها", "صافي الربح", "إيرادات", "إيراداتها") && Has(all, "شركة", "الشركة", "تداول", "السوق المالية", "سهم", "السهم", "أسهم");
        Quran = Has(all, "القرآن", "تحفيظ", "حفظة", "المصحف");
        Study = Has(all, "دراسة", "باحثين", "الباحثون", "علماء");
        Appointment = Has(all, "تعيين", "تكليف", "تشكيل", "عضوية", "أعضاء");
        // An event by its title: a story that only passes through a forum is not about it.
        Event = Has(title, "مهرجان", "معرض", "ملتقى", "فعاليات", "فعالية", "بطولة", "موسم", "السيرك");
        Service = Has(all, "المستفيدين", "التسجيل", "التقديم", "الخدمة", "خدمات", "المراجعين", "البلاغات");
        Statement = Has(all, "بيان", "أعلنت", "أعلن", "أكدت", "أوضحت");
        var entity = EntityPattern().Match(all);
        Entity = entity.Success ? entity.Groups["entity"].Value : null;
    }

    public bool Grief { get; }

    // Deaths the story reports (grief is wider: injuries, accidents, mourning).
    public bool Deaths { get; }

    public bool Decree { get; }

    public bool Earnings { get; }

    public bool Quran { get; }

    public bool Study { get; }

    public bool Appointment { get; }

    public bool Event { get; }

    public bool Service { get; }

    public bool Statement { get; }

    // The body the story is about, as it names it («وزارة الصحة», «هيئة السياحة»), if it does.
    public string? Entity { get; }

    // The first of the story's lines that has one of the words, or -1.
    public static int LineWith(IReadOnlyList<string> lines, params string[] words) =>
        lines.Select((line, at) => (Line: line, At: at)).FirstOrDefault(p => Has(p.Line, words), (Line: "", At: -1)).At;

    // A word as a word: with the clitics Arabic writes onto it (و، ف، ب، ل، ال) but not inside
    // another word («توفير» is no «توفي», «ساهم» no «سهم»).
    private static bool Has(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal) &&
        Patterns.GetOrAdd(w, k => new Regex($@"(?<!\p{{L}})(?:[وفبل]|وال|بال|فال|لل|ال)?{Regex.Escape(k)}(?:ه|ها|هم|ات|ين|ون|ة)?(?!\p{{L}})", RegexOptions.CultureInvariant)).IsMatch(text));

    [GeneratedRegex(@"(?<!\p{L})(?:[وبل]|ول)?(?<entity>(?:وزارة|هيئة|أمانة|بلدية) ال\p{L}{3,}|(?:الهيئة|المديرية) العامة لل\p{L}{3,})")]
    private static partial Regex EntityPattern();
}
