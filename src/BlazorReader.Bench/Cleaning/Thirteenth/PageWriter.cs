using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Thirteenth;

// Writes a dressed page line by line and keeps, beside it, what a reader should get back
// (the body) and what was added (the noise). Blank or invisible lines fall between pieces;
// the page ends in LF or CRLF, sometimes behind a BOM.
internal sealed class PageWriter(DressingRandom r)
{
    private readonly List<string> lines = [];

    public List<ExpectedBlock> Expected { get; } = [];

    public List<NoisePiece> Pieces { get; } = [];

    public void Noise(NoisePiece piece)
    {
        Record(piece);
        foreach (var line in piece.Lines)
        {
            Blank();
            lines.Add(r.Scuff(line, 0.25));
        }
    }

    // A piece written by someone else (glued onto a body line) is only counted.
    public void Record(NoisePiece piece) => Pieces.Add(piece);

    public void Body(string written, string expected)
    {
        Blank();
        lines.Add(r.Scuff(written, 0.2));
        Expected.Add(new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(expected)));
    }

    // A tweet's lines go in as they are: nothing may fall between the parts of its link.
    public void Tweet(List<string> tweetLines, ExpectedBlock card)
    {
        Blank();
        lines.AddRange(tweetLines);
        Expected.Add(card);
    }

    public string Text()
    {
        var newline = r.Chance(0.2) ? "\r\n" : "\n";
        return (r.Chance(0.1) ? "\uFEFF" : "") + string.Join(newline, lines) + (r.Chance(0.3) ? newline : "");
    }

    private void Blank()
    {
        if (lines.Count > 0 && r.Chance(0.25))
        {
            lines.Add(r.Pick("", "", " ", "\u00A0", "\u200F", "\u200B"));
        }
    }
}
