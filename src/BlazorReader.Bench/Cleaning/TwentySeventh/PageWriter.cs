using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentySeventh;

// The page as it is written: raw lines in order, with what a reader expects back (the body)
// and what they would call noise, so that a label can never drift from what was written.
internal sealed class PageWriter(DressingRandom r)
{
    private readonly List<string> lines = [];

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    public void Chrome(NoisePiece piece)
    {
        Noise.Add(piece);
        lines.AddRange(piece.Lines);
    }

    public void Story(string line)
    {
        lines.Add(line);
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(line)));
    }

    // A dateline or an agency stamp run into the lead, as a paste without its line break leaves it.
    public void StoryAfterGlue(NoisePiece glued, string line)
    {
        Noise.Add(glued);
        lines.Add(glued.Lines[0] + line);
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(line)));
    }

    // A more-link or a credit run onto the last sentence.
    public void StoryBeforeGlue(string line, NoisePiece glued)
    {
        Noise.Add(glued);
        lines.Add(line + glued.Lines[0]);
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(line)));
    }

    public void Post(PostCard card)
    {
        Body.AddRange(card.Posts);
        lines.AddRange(card.Lines);
    }

    // Line endings and blank lines as different copy paths leave them; a BOM from a saved file.
    public string Text()
    {
        var newline = r.Pick("\n", "\n", "\r\n");
        var gap = r.Chance(0.4) ? newline + newline : newline;
        var sb = new StringBuilder();
        if (r.Chance(0.05))
        {
            sb.Append('\uFEFF');
        }
        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append(lines[i]);
            if (i < lines.Count - 1)
            {
                sb.Append(gap);
            }
        }
        return sb.ToString();
    }
}
