using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Fresh;

// The page as it is written: units of lines in order (a paragraph, a tweet, a block of
// chrome), what a reader expects back of the body, and the noise as labelled. How units are
// spaced, which line ending and whether a byte-order mark leads are the site's habits,
// chosen once per page when it is written out.
internal sealed class FreshPage
{
    private readonly List<List<string>> units = [];

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    public void AddParagraph(string raw, string expected)
    {
        units.Add([raw]);
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, expected));
    }

    public void AddTweet(FreshTweet tweet)
    {
        units.Add([.. tweet.Lines]);
        Body.Add(tweet.Expected);
    }

    public void AddNoise(NoisePiece piece)
    {
        units.Add([.. piece.Lines]);
        Noise.Add(piece);
    }

    // Glued chrome is already written onto a paragraph's line: only its label is added.
    public void AddGlued(NoisePiece piece) => Noise.Add(piece with { Glued = true });

    public string Write(DressingRandom r)
    {
        var spacing = r.Next(4);
        var lines = new List<string>();
        for (var u = 0; u < units.Count; u++)
        {
            if (u > 0)
            {
                Gap(r, spacing, lines, between: true);
            }
            for (var j = 0; j < units[u].Count; j++)
            {
                if (j > 0)
                {
                    Gap(r, spacing, lines, between: false);
                }
                lines.Add(units[u][j]);
            }
        }
        var newline = r.Chance(0.25) ? "\r\n" : "\n";
        var text = new StringBuilder();
        if (r.Chance(0.1))
        {
            text.Append('\uFEFF');
        }
        text.AppendJoin(newline, lines);
        if (r.Chance(0.3))
        {
            text.Append(newline);
        }
        return text.ToString();
    }

    // Blank lines between units: one, none, two, or a scraper's mix with stray spaces and marks.
    private static void Gap(DressingRandom r, int spacing, List<string> lines, bool between)
    {
        var blanks = spacing switch
        {
            0 => between ? 1 : 0,
            1 => 0,
            2 => between ? 2 : r.Next(2),
            _ => r.Next(3),
        };
        for (var i = 0; i < blanks; i++)
        {
            lines.Add(spacing == 3 ? r.Pick("", "", " ", "\u00A0", "\u200F", "\t") : "");
        }
    }
}
