namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// An outline or mind-map export: the map's name, a root node, branch nodes numbered «1.2»,
// the story's paragraphs as leaf nodes «1.2.3» or indented bullets, the editor's other
// branches (sources, to-dos) around them.
internal sealed class OutlineFrame(DressingRandom r) : IFrame
{
    private readonly int style = r.Next(3);
    private int branch = 1;

    private readonly string unit = r.Pick("  ", "    ", "\t");

    private string Indent(int depth) => string.Concat(Enumerable.Repeat(unit, depth));

    public void Head(Page p, Story s)
    {
        p.Chrome(NoiseKind.Footer, r.Pick("خريطة ذهنية", "مخطط", "Mind map", "ملف المخطط") + r.Separator(":", "—", "|") + r.Pick("تغطية ", "ملف ") + (Words.TitleWords(s).FirstOrDefault() ?? "اليوم") + r.Pick("", ".opml", ".mm", " (تصدير نصي)"));
        p.Raw(Node(1, "1", r.Pick("الخبر", "المادة", "النص الكامل", "Story")));
        p.Raw(Node(2, "1." + branch, r.Pick("المتن", "الفقرات", "التفاصيل", "Body")));
    }

    private string Node(int depth, string number, string text) => style switch
    {
        0 => Indent(depth - 1) + number + r.Pick(" ", ". ", " - ") + text,
        1 => Indent(depth - 1) + r.Pick("- ", "* ", "• ", "○ ") + text,
        _ => Indent(depth - 1) + number + r.Pick(" ", " ") + r.Pick("▸ ", "", "– ") + text,
    };

    private int leaf;

    public string Prefix(Page p, int line)
    {
        var number = "1." + branch + "." + (++leaf);
        return style == 1 ? Indent(2) + r.Pick("- ", "* ", "◦ ") : Indent(2) + number + r.Pick(" ", ". ", " ▸ ");
    }

    public void Between(Page p, Story s, int paragraph)
    {
        if (r.Chance(0.08))
        {
            branch++;
            leaf = 0;
            p.Raw(Node(2, "1." + branch, r.Pick("تابع", "ردود الفعل", "السياق", "خلفية")));
        }
    }

    public void Tail(Page p, Story s)
    {
        branch++;
        p.Raw(Node(2, "1." + branch, r.Pick("المصادر", "مهام", "ملاحظات المحرر", "To do")));
        p.Raw(Node(3, "1." + branch + ".1", r.Pick("التحقق من الأرقام مع ", "الاتصال بـ", "صور من ") + r.Pick("المتحدث الرسمي", "الإدارة", Words.Person(r))));
        if (r.Chance(0.5))
        {
            p.Raw(Node(2, "1." + (branch + 1), r.Pick("أفكار لمتابعات", "مواد مرتبطة", "Archive")));
        }
        if (r.Chance(0.4))
        {
            p.Chrome(NoiseKind.Footer, r.Pick("صُدّر من ", "Exported from ") + r.Pick("XMind", "MindNode", "Freeplane", "Workflowy", "مُخطِّط") + r.Pick("", " · " + Words.Gregorian(r, s.When)));
        }
    }
}
