using System.Text;

namespace BlazorReader.Bench.Cleaning.Eighteenth;

// Writes a draft as the copy would arrive: LF or CRLF, a BOM now and then, paragraphs with
// no blank line, one or two between them (sometimes blank lines that hold a space), the
// story's own lines indented as some CMSs leave them. Lines of one block stay together.
internal static class DraftWriter
{
    public static string Write(DressingRandom r, PageDraft page)
    {
        var newline = r.Chance(0.2) ? "\r\n" : "\n";
        var gap = r.Pick(0, 1, 1, 1, 2);
        var furnitureGap = r.Chance(0.6) ? gap : r.Pick(0, 1);
        var blank = r.Chance(0.15) ? r.Pick(" ", "\u00A0", "\t", "\u200F") : "";
        var indent = r.Chance(0.15) ? r.Pick("\u00A0\u00A0\u00A0\u00A0", "  ", "\t", "\u3000") : "";
        var sb = new StringBuilder();
        if (r.Chance(0.06))
        {
            sb.Append('\uFEFF');
        }
        var first = true;
        foreach (var b in page.Blocks())
        {
            if (!first)
            {
                sb.Append(newline);
                for (var i = 0; i < (b.Expected is null ? furnitureGap : gap); i++)
                {
                    sb.Append(blank).Append(newline);
                }
            }
            first = false;
            sb.Append(string.Join(newline, b.IsOwnParagraph ? b.Lines.Select(l => indent + l) : b.Lines));
        }
        if (r.Chance(0.5))
        {
            sb.Append(newline);
        }
        return sb.ToString();
    }
}
