using System.Text;

namespace BlazorReader.Bench.Cleaning.Sealed;

// The raw text being written: groups of lines (a paragraph, a tweet, a block of chrome) in
// page order, joined the way this page's scraper joined them: one or two line breaks between
// groups (or either at random), LF or CRLF, and a byte order mark now and then. Lines inside
// a group are never parted by a blank line, so a broken link stays one run of lines.
internal sealed class SealedPage
{
    private readonly List<List<string>> groups = [];

    public void Add(IEnumerable<string> lines) => groups.Add([.. lines]);

    public void Add(NoisePiece piece) => groups.Add([.. piece.Lines]);

    public string Render(DressingRandom r)
    {
        var style = r.Next(3);
        var newline = r.Chance(0.3) ? "\r\n" : "\n";
        var sb = new StringBuilder();
        if (r.Chance(0.1))
        {
            sb.Append('\uFEFF');
        }
        for (var i = 0; i < groups.Count; i++)
        {
            if (i > 0)
            {
                var blank = style switch { 0 => false, 1 => true, _ => r.Chance(0.5) };
                sb.Append(newline);
                if (blank)
                {
                    sb.Append(r.Chance(0.1) ? " " + newline : newline);
                }
            }
            sb.Append(string.Join(newline, groups[i]));
        }
        if (r.Chance(0.3))
        {
            sb.Append(newline);
        }
        return sb.ToString();
    }
}
