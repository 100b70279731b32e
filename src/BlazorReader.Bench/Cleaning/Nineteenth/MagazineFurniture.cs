namespace BlazorReader.Bench.Cleaning.Nineteenth;

// A magazine's spread around a news item: a section kicker, the maker's credits, a pull quote
// lifted from the story's own words, a «في سطور» card of the person named, a figures box and
// the issue's folio. The pull quote repeats the story, so it is labelled a repeat.
public static class MagazineFurniture
{
    private static readonly string[] Sections = ["ملف العدد", "قضايا", "تحقيق", "حوار", "بورتريه", "مجتمع", "اقتصاد", "شخصية العدد", "من الميدان", "متابعات"];
    private static readonly string[] Magazines = ["اليمامة", "المجلة العربية", "سيدتي", "الفيصل", "القافلة", "المعرفة", "الدوحة", "العربي", "زهرة الخليج"];

    public static void Kicker(PageSheet s)
    {
        var r = s.R;
        var text = Ink.Stretch(r, r.Pick(Sections)) + (r.Chance(0.5) ? r.Separator("|", "/", "•", "—") + r.Pick(Sections) : "");
        s.Piece(NoiseKind.Tags, r.Chance(0.3) ? "[ " + text + " ]" : text);
    }

    public static void Makers(PageSheet s)
    {
        var r = s.R;
        var maker = r.Pick("بقلم", "إعداد", "تحقيق", "نص", "حوار", "كتب") + r.Pick(": ", " : ", " ـ ", " ") + s.Author;
        var photo = r.Chance(0.6) ? r.Separator("|", "-", "،", "—") + r.Pick("تصوير", "عدسة", "صور", "الصور") + r.Pick(": ", " ") + DressingPools.PersonName(r) : "";
        s.Piece(NoiseKind.Byline, r.Chance(0.3) ? maker + "\n" + photo.Trim(' ', '|', '-', '،', '—') : maker + photo);
    }

    // A sentence of a body paragraph, or its first words, set apart in large type.
    public static void PullQuote(PageSheet s)
    {
        var r = s.R;
        var sentences = s.Story.Lines.SelectMany(l => l.Split('.', StringSplitOptions.TrimEntries)).Where(l => l.Split(' ').Length >= 6).ToList();
        if (sentences.Count == 0)
        {
            return;
        }
        var words = r.Pick<string>(sentences).Split(' ');
        var cut = words.Length > 16;
        var quote = string.Join(' ', words.Take(cut ? r.Between(8, 14) : words.Length)).Trim('،', '.', ':', '«', '»', '"', ' ');
        var (open, close) = r.Pick(("«", "»"), ("\"", "\""), ("❝ ", " ❞"), ("“", "”"), ("", ""));
        s.Piece(NoiseKind.Repeat, open + quote + (cut ? r.Pick("…", "...", "") : "") + close);
    }

    public static void ProfileCard(PageSheet s)
    {
        var r = s.R;
        var lines = new List<string> { Ink.Stretch(r, r.Pick("في سطور", "بطاقة شخصية", "سيرة مختصرة", "من هو؟")) };
        var name = DressingPools.PersonName(r);
        lines.Add(r.Pick("الاسم", "الاسم الكامل") + r.Separator(":", "-") + name);
        lines.Add(r.Pick("المواليد", "مكان وتاريخ الميلاد", "الميلاد") + r.Separator(":") + r.Pick(DressingPools.Cities) + "، " + r.Number(r.Between(1948, 1985)));
        if (r.Chance(0.7))
        {
            lines.Add(r.Pick("المؤهل", "التعليم") + r.Separator(":") + r.Pick("بكالوريوس", "ماجستير", "دكتوراه") + " في " + r.Pick("الهندسة المدنية", "الإدارة العامة", "الطب", "الاقتصاد", "الإعلام", "الشريعة"));
        }
        lines.Add(r.Pick("المنصب الحالي", "المنصب", "العمل") + r.Separator(":") + r.Pick("مدير عام", "رئيس مجلس إدارة", "وكيل وزارة", "أستاذ مشارك", "مستشار") + " " + r.Pick("فرع الوزارة", "الهيئة", "الجامعة", "الجمعية", "الشركة"));
        s.Piece(NoiseKind.Caption, lines.Select(l => Ink.Bullet(r) + l));
    }

    public static void FiguresBox(PageSheet s)
    {
        var r = s.R;
        var lines = new List<string> { Ink.Stretch(r, r.Pick("بالأرقام", "أرقام ودلالات", "في أرقام", "حقائق ومعلومات")) };
        (int Most, string What)[] things = [(90, "مشروعاً قيد التنفيذ"), (900, "مليون ريال حجم الإنفاق"), (4800, "موظفاً وموظفة"), (60000, "زائر في الأسبوع الأول"), (99, "بالمئة نسبة الإنجاز"), (40, "فرعاً في مناطق المملكة"), (9000, "طلب تمت معالجته")];
        var bullet = Ink.Bullet(r);
        foreach (var (most, what) in things.OrderBy(_ => r.Next(100)).Take(r.Between(2, 4)))
        {
            lines.Add(bullet + r.Number(r.Between(3, most)) + " " + what);
        }
        s.Piece(NoiseKind.Counter, lines);
    }

    public static void PhotoCaption(PageSheet s)
    {
        var r = s.R;
        var what = r.Pick("جانب من الجولة", "لقطة من الافتتاح", "مشهد عام للموقع", "من اللقاء", "خلال الاجتماع", "أثناء الزيارة الميدانية");
        var credit = r.Chance(0.5) ? " (" + r.Pick("تصوير", "عدسة") + ": " + DressingPools.PersonName(r) + ")" : "";
        s.Piece(NoiseKind.Caption, r.Pick("▲ ", "◄ ", "", "صورة: ", "📷 ") + what + (r.Chance(0.4) ? " في " + r.Pick(DressingPools.Cities) : "") + credit);
    }

    public static void Folio(PageSheet s)
    {
        var r = s.R;
        var issue = r.Pick("العدد", "عدد") + " " + r.Number(r.Between(120, 2100));
        var parts = new List<string> { issue, Ink.Day(r, s.Story.Day), r.Pick(Magazines) };
        if (r.Chance(0.4))
        {
            parts.Add("ص " + r.Number(r.Between(4, 96)));
        }
        s.Piece(NoiseKind.Footer, string.Join(r.Separator("|", "—", "•", "/"), parts.OrderBy(_ => r.Next(9))));
    }
}
