using System.Text.RegularExpressions;

namespace BlazorReader.Bench.Cleaning.Fifteenth;

// What a story is about, read from its words, so that lines the story itself would carry (a
// decree's articles, a list of names, a hadith) are added only where they fit, and nothing
// cheerful is written under a story of deaths.
internal sealed partial class StorySubject
{
    public StorySubject(string title, string text)
    {
        var all = title + "\n" + text;
        Grief = Has(all, "وفاة", "توفي", "مصرع", "مقتل", "قتلى", "ضحايا", "وفيات", "رحيل", "عزاء", "حادث", "غرق", "الفقيد", "انفجار", "زلزال", "إصابة");
        Deaths = Has(all, "وفاة", "توفي", "مصرع", "قتلى", "ضحايا", "وفيات", "لقي حتفه", "لقوا حتفهم");
        Decree = Has(all, "أمر ملكي", "أوامر ملكية", "مرسوم", "قرار مجلس الوزراء", "مجلس الوزراء", "قرار وزاري", "اللائحة", "نظام ", "قرر ");
        Earnings = Has(all, "أرباح", "صافي الربح", "الإيرادات", "تداول", "السوق المالية", "سهم", "الربع ");
        Quran = Has(all, "القرآن", "تحفيظ", "حفظة", "المصحف");
        Study = Has(all, "دراسة", "باحثين", "الباحثون", "علماء");
        Appointment = Has(all, "تعيين", "تكليف", "تشكيل", "عضوية", "أعضاء");
        Event = Has(all, "مهرجان", "معرض", "النسخة", "فعاليات", "ملتقى", "بطولة");
        Service = Has(all, "المستفيدين", "التسجيل", "التقديم", "الخدمة", "خدمات", "المراجعين", "البلاغات");
        Statement = Has(all, "بيان", "أعلنت", "أعلن", "أكدت", "أوضحت");
        var entity = EntityPattern().Match(all);
        Entity = entity.Success ? entity.Value.Trim() : null;
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

    private static bool Has(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    [GeneratedRegex(@"(?<!\p{L})(?:(?:وزارة|هيئة|أمانة|بلدية) ال\p{L}{3,}|(?:الهيئة|المديرية) العامة لل\p{L}{3,})")]
    private static partial Regex EntityPattern();
}
