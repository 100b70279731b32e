using System.Text;

namespace BlazorReader.Bench.Cleaning.Nineteenth;

// How the chunks become one text: line ends of one system or the other (or both, when a page
// was pasted from two places), blank lines between blocks or none or some, a byte-order mark.
public static class PageLayout
{
    public static string Write(DressingRandom r, IReadOnlyList<string> chunks)
    {
        var newline = r.Pick("\n", "\n", "\r\n");
        var mixed = r.Chance(0.1);
        var blanks = r.Next(3);
        var sb = new StringBuilder();
        if (r.Chance(0.12))
        {
            sb.Append('\uFEFF');
        }
        for (var i = 0; i < chunks.Count; i++)
        {
            var nl = mixed ? r.Pick("\n", "\r\n") : newline;
            if (i > 0)
            {
                sb.Append(nl);
                if (blanks == 0 || blanks == 2 && r.Chance(0.5))
                {
                    sb.Append(r.Chance(0.1) ? " " : "").Append(nl);
                }
            }
            sb.Append(chunks[i].Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", nl, StringComparison.Ordinal));
        }
        if (r.Chance(0.3))
        {
            sb.Append(newline);
        }
        return sb.ToString();
    }
}
