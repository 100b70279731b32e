using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Blind;

// The page being written: groups of lines (a paragraph, a tweet, one piece of chrome), the
// label of every piece as it was written, and the body a reader expects back.
public sealed class BlindPage(DressingRandom r)
{
    private readonly List<List<string>> groups = [];

    public List<NoisePiece> Noise { get; } = [];

    public List<ExpectedBlock> Body { get; } = [];

    public void Add(NoiseKind kind, IReadOnlyList<string> text, IReadOnlyList<string>? teasers = null, string? credit = null)
    {
        if (text.Count == 0)
        {
            return;
        }
        var written = text.Select(l => r.Scuff(l, 0.25)).ToList();
        groups.Add(written);
        Noise.Add(new NoisePiece(kind, written) { Teasers = teasers ?? [], Credit = credit });
    }

    // A body line, with chrome glued before or after it where sites do that; the glued text
    // is labelled exactly as written and the paragraph itself is left whole.
    public void Paragraph(string text, (NoiseKind Kind, string Text, string? Credit)? before = null, (NoiseKind Kind, string Text, string? Credit)? after = null)
    {
        var line = text;
        if (before is { } b)
        {
            line = b.Text + r.Pick(" ", " ", "\u00A0", "  ") + line;
            Noise.Add(new NoisePiece(b.Kind, [b.Text], Glued: true) { Credit = b.Credit });
        }
        if (after is { } a)
        {
            // Dots run together with a sentence's own full stop would leave no way to tell
            // where the story ends: glued straight on only after a word.
            var afterWord = char.IsLetterOrDigit(text[^1]);
            line += (afterWord && (a.Text.StartsWith('.') || a.Text.StartsWith('…')) ? r.Pick("", " ") : r.Pick(" ", " ", "\u00A0")) + a.Text;
            Noise.Add(new NoisePiece(a.Kind, [a.Text], Glued: true) { Credit = a.Credit });
        }
        groups.Add([r.Scuff(line, 0.08)]);
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, text));
    }

    public void Tweet((List<string> Lines, ExpectedBlock Block) tweet)
    {
        groups.Add(tweet.Lines);
        Body.Add(tweet.Block);
    }

    // Line ends, blank lines between blocks (or none, or everywhere) and a byte-order mark,
    // as different scrapers and apps leave them.
    public string Write()
    {
        var newline = r.Chance(0.25) ? "\r\n" : "\n";
        var mode = r.Next(5);
        var between = mode < 2 ? newline + newline : newline;
        var within = mode == 4 ? newline + newline : newline;
        var text = string.Join(between, groups.Select(g => string.Join(within, g)));
        return (r.Chance(0.1) ? "\uFEFF" : "") + text + r.Pick("", newline, newline + newline, " ");
    }
}
