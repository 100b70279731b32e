using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentySecond;

// The page being written, line by line, with what each line is: the raw text a scraper would
// hand over and, beside it, the labels a reader would give (body blocks, noise pieces).
internal sealed class PageSheet(DressingRandom r)
{
    private readonly List<string> lines = [];

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    public int LineCount => lines.Count;

    public void Paragraph(string text)
    {
        lines.Add(r.Scuff(text, 0.15));
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(text)));
    }

    public void Add(NoiseKind kind, params string[] noise) => Add(new NoisePiece(kind, noise));

    public void Add(NoisePiece piece)
    {
        foreach (var line in piece.Lines)
        {
            lines.Add(r.Scuff(line));
        }
        Noise.Add(piece);
    }

    public void Teasers(NoiseKind kind, IReadOnlyList<string> noise, IReadOnlyList<string> teasers) =>
        Add(new NoisePiece(kind, noise) { Teasers = teasers });

    public void Credit(string line, string credit) => Add(new NoisePiece(NoiseKind.Credit, [line]) { Credit = credit });

    // Chrome written onto the body line itself: a dateline before the lead, a more-link after
    // the last sentence. The paragraph stays whole inside the line, as a scraper leaves it.
    public void Glued(NoiseKind kind, string glue, string paragraph, bool before, string? credit = null)
    {
        var joint = r.Pick(" ", " ", "  ", "\u00A0");
        lines.Add(r.Scuff(before ? glue + joint + paragraph : paragraph + joint + glue, 0.15));
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(paragraph)));
        Noise.Add(new NoisePiece(kind, [glue], Glued: true) { Credit = credit });
    }

    // A post's lines go in as written: no scuffing, so that a link broken over lines joins whole.
    public void Post(ExpectedBlock post, IEnumerable<string> written)
    {
        lines.AddRange(written);
        Body.Add(post);
    }

    // Line ends and blank lines as different copy paths leave them: Windows line ends from a
    // desktop export, a byte-order mark from a saved file, paragraphs with or without gaps.
    public string Write()
    {
        var end = r.Chance(0.2) ? "\r\n" : "\n";
        var gap = r.Pick(0, 1, 1, 2);
        var sb = new StringBuilder();
        if (r.Chance(0.1))
        {
            sb.Append('\uFEFF');
        }
        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append(lines[i]).Append(end);
            if (i < lines.Count - 1)
            {
                for (var g = 0; g < gap; g++)
                {
                    sb.Append(end);
                }
            }
        }
        return sb.ToString();
    }
}
