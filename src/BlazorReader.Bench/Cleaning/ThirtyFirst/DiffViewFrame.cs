namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// A code-review diff of the newsroom's text repository: the file's name, «Viewed», hunk
// headers, the story's lines added with «+», and removed «-» lines of an older wording that
// a reader must not take for the story.
internal sealed class DiffViewFrame(DressingRandom r) : IFrame
{
    private int hunkLine = 1;

    public void Head(Page p, Story s)
    {
        var file = "articles/" + s.When.ToString("yyyy/MM", System.Globalization.CultureInfo.InvariantCulture) + "/" + Words.Slug(r) + r.Pick(".md", ".txt");
        p.Chrome(NoiseKind.Footer, r.Pick("طلب الدمج رقم ", "Pull request #", "مراجعة التغييرات #") + r.Between(12, 4800) + r.Pick(": تحديث خبر ", " — تحديث: ", " · ") + s.Paper);
        p.Raw(r.Pick("diff --git a/" + file + " b/" + file, file, "📄 " + file));
        p.Chrome(NoiseKind.Counter, r.Pick("+", "") + r.Between(3, 40) + r.Pick(" −", " -") + r.Between(1, 6) + r.Pick("  ☐ عرض الملف", "  ☑ Viewed", "  عرض الملف · Viewed", "  ✓ تمت المشاهدة"));
        p.Raw(Hunk());
    }

    private string Hunk()
    {
        var old = r.Between(2, 6);
        var line = "@@ -" + hunkLine + "," + old + " +" + hunkLine + "," + (old + r.Between(1, 4)) + " @@" + r.Pick("", "", " ## " + r.Pick("المتن", "body"));
        hunkLine += old + r.Between(3, 12);
        return line;
    }

    public string Prefix(Page p, int line) => r.Pick("+", "+ ", "+\t");

    // Before some paragraphs, an older wording of the same paragraph, removed.
    public void Between(Page p, Story s, int paragraph)
    {
        if (r.Chance(0.12))
        {
            p.Raw(Hunk());
        }
        if (r.Chance(0.15))
        {
            p.Raw(" " + r.Pick("", "  ") + r.Pick("…", "…", "---"));
        }
    }

    // The frame is told the next paragraph so an old wording of it can stand before it.
    public void Before(Page p, string text)
    {
        var words = text.Split(' ');
        if (words.Length < 8 || !r.Chance(0.35))
        {
            return;
        }
        var cut = r.Between(4, words.Length - 2);
        var old = string.Join(' ', words.Take(cut).Where((_, i) => i != cut / 2)) + r.Pick(" …", ".", "،", " (يُستكمل)");
        p.Raw("-" + r.Pick("", " ") + old);
        p.Noise.Add(new NoisePiece(NoiseKind.Repeat, [old]));
    }

    public void Tail(Page p, Story s)
    {
        p.Raw(r.Pick(@"\ No newline at end of file", "", ""));
        p.Chrome(NoiseKind.Footer, r.Pick("موافقة", "Approve", "طلب تغييرات") + r.Pick(" · ", "  ") + r.Pick("تعليق", "Comment") + r.Pick(" · ", "  ") + r.Pick("دمج الطلب", "Merge pull request"));
        p.Chrome(NoiseKind.Byline, r.Pick("راجعه ", "Reviewed by ", "المراجِع: ") + Words.Person(r) + r.Pick("", " · " + Words.Ago(r)));
    }
}
