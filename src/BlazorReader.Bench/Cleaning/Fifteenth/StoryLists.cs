namespace BlazorReader.Bench.Cleaning.Fifteenth;

// The lists a story gives in its own body: the names of those appointed or of those who died,
// and the dates of an event's past editions. Short numbered or dashed lines, body all the same.
internal static class StoryLists
{
    private static readonly string[] Milestones =
    [
        "انطلاق النسخة الأولى بمشاركة محلية محدودة",
        "توسيع البرنامج ليشمل زواراً من خارج المنطقة",
        "تسجيل رقم قياسي في عدد الزوار",
        "إضافة مسارات جديدة للأسر والأطفال",
        "استئناف الفعاليات بعد توقف مؤقت",
        "نقل الفعاليات إلى موقع أكبر",
    ];

    public static void AddAppointees(PageDraft page, DressingRandom r)
    {
        var after = page.ItemOf(Math.Max(0, StorySubject.LineWith(page.SourceLines, "تعيين", "تشكيل", "عضوية", "أعضاء", "تكليف"))) + 1;
        var names = Enumerable.Range(0, r.Between(3, 6)).Select(_ => PageWords.Person(r)).Distinct().ToList();
        var lines = new List<string> { r.Pick("وضمّت القائمة كلاً من:", "وجاءت الأسماء على النحو الآتي:", "والأعضاء هم:") };
        lines.AddRange(Numbered(r, names.Select(n => !r.Chance(0.3) ? n : (PageWords.IsWoman(n) ? r.Pick("الدكتورة ", "المهندسة ") : r.Pick("الدكتور ", "المهندس ")) + n)));
        Insert(page, after, lines);
    }

    public static void AddVictims(PageDraft page, DressingRandom r)
    {
        var after = page.ItemOf(Math.Max(0, StorySubject.LineWith(page.SourceLines, "وفاة", "توفي", "مصرع", "قتلى", "ضحايا", "وفيات", "حتف"))) + 1;
        var names = Enumerable.Range(0, Dead(page.Article.Text) ?? r.Between(2, 4)).Select(_ => PageWords.Person(r)).Distinct().ToList();
        var lines = new List<string> { r.Pick("والمتوفون هم:", "وأسماء المتوفين، رحمهم الله:", "وتوفي في الحادث كلٌّ من:") };
        var indic = r.Chance(0.4);
        lines.AddRange(Numbered(r, names.Select(n => $"{n} ({PageWords.Digits(r, $"{r.Between(18, 70)}", indic)} عاماً)")));
        Insert(page, after, lines);
    }

    public static void AddTimeline(PageDraft page, DressingRandom r)
    {
        var year = r.Between(2008, 2016);
        var (indic, mark) = (r.Chance(0.4), r.Separator(":", "-", "–"));
        var lines = new List<string> { r.Pick("ومن أبرز محطاته:", "محطات في مسيرته:", "وعلى مدى سنواته:") };
        foreach (var milestone in Milestones.Skip(1).OrderBy(_ => r.Next(100)).Take(r.Between(2, 3)).Prepend(Milestones[0]))
        {
            lines.Add($"{PageWords.Digits(r, $"{year}", indic)}{mark}{milestone}");
            year += r.Between(1, 4);
        }
        Insert(page, page.BodyCount, lines);
    }

    // How many died, when the story says it in words: the list must name as many.
    private static int? Dead(string text) =>
        new[] { ("شخصين", 2), ("اثنين", 2), ("ثلاثة", 3), ("أربعة", 4), ("خمسة", 5), ("ستة", 6) }
            .Where(p => text.Contains(p.Item1, StringComparison.Ordinal)).Select(p => (int?)p.Item2).FirstOrDefault();

    private static IEnumerable<string> Numbered(DressingRandom r, IEnumerable<string> items)
    {
        var (style, indic) = (r.Next(3), r.Chance(0.4));
        return items.Select((t, i) => style switch
        {
            0 => $"{PageWords.Digits(r, $"{i + 1}", indic)}. {t}",
            1 => $"- {t}",
            _ => $"{PageWords.Digits(r, $"{i + 1}", indic)}- {t}",
        });
    }

    private static void Insert(PageDraft page, int at, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            page.InsertParagraph(at++, line);
        }
    }
}
