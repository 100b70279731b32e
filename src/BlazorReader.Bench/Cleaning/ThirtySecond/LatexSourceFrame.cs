namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// A LaTeX source of a newsletter page: preamble, \title and \author, \begin{document},
// «% تعليق» lines between paragraphs, \section for subheadings, a \footnote naming the source,
// figures with captions and \end{document}.
internal sealed class LatexSourceFrame : Frame
{
    public override void Head(Page p)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Footer, $"\\documentclass[{r.Pick("12pt", "a4paper,11pt", "twocolumn")}]{{{r.Pick("article", "report", "extarticle")}}}");
        p.Chrome(NoiseKind.Footer, r.Pick("\\usepackage{polyglossia}", "\\usepackage{fontspec}", "\\usepackage[utf8]{inputenc}"), r.Pick("\\setmainlanguage{arabic}", "\\setmainfont{Amiri}", "\\usepackage{arabxetex}"));
        if (p.Title is not null)
        {
            p.Chrome(NoiseKind.Headline, $"\\title{{{p.Title}}}");
        }
        if (r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Byline, $"\\author{{{StoryHeadChrome.Name(r)}{r.Pick("", " \\and " + StoryHeadChrome.Name(r))}}}");
        }
        p.Chrome(NoiseKind.Dateline, $"\\date{{{Dates.Gregorian(r, p.Day)}}}");
        p.Chrome(NoiseKind.Footer, "\\begin{document}");
        if (r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Footer, "\\maketitle");
        }
    }

    public override string Wrap(Page p, StoryLine line, int index) => line.Role switch
    {
        LineRole.Heading => p.R.Pick("\\section{", "\\subsection*{", "\\section*{") + line.Text + "}",
        _ when index == 0 && p.R.Chance(0.3) => $"\\textbf{{{line.Text}}}",
        _ when p.R.Chance(0.1) => "\\noindent " + line.Text,
        _ => line.Text,
    };

    public override void Between(Page p, int index)
    {
        var r = p.R;
        if (r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Footer, $"%{r.Pick(" ", "")}{r.Pick("تعليق", "ملاحظة", "TODO")}: {r.Pick("راجع الرقم مع المحرر", "الصورة تنتظر الإذن", "اختصر الفقرة", "تأكد من الاسم")}");
            return;
        }
        p.Chrome(NoiseKind.Caption, "\\begin{figure}[h]", $"\\includegraphics[width={r.Pick("0.8", "\\linewidth", "6cm")}]{{{r.Letters(8, "abcdefghij")}.jpg}}", $"\\caption{{{StoryTailChrome.CaptionText(r)}}}", "\\end{figure}");
    }

    public override void Tail(Page p, IReadOnlyList<StoryLine> story)
    {
        var r = p.R;
        var source = r.Pick(DressingPools.Agencies);
        p.Piece(new NoisePiece(NoiseKind.Credit, [$"\\footnote{{{r.Pick("المصدر", "نقلاً عن", "عن")}{r.Pick(": ", " ")}{source}}}"]) { Credit = source });
        p.Chrome(NoiseKind.Footer, "\\end{document}");
    }
}
