using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// The raw text as a copy path leaves it, written line by line, with what a reader would call
// each line: the story's paragraphs and posts, labelled chrome, and a frame's own furniture
// (headers, markup, kludges) that no kind names and that no reader keeps either.
internal sealed class PageWriter(DressingRandom r)
{
    private readonly StringBuilder text = new();

    public DressingRandom R => r;

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    public string Text => text.ToString();

    // A line with its break: mostly LF, sometimes CRLF, sometimes a blank line after it.
    // Lines that hold a cut address are not scuffed: a mark inside would break the address.
    public void Raw(string line, bool scuff = true)
    {
        text.Append(scuff ? r.Scuff(line, 0.15) : line).Append(r.Chance(0.08) ? "\r\n" : "\n");
        if (r.Chance(0.25))
        {
            text.Append('\n');
        }
    }

    public void Blank() => text.Append('\n');

    public void Paragraph(string written, string expected)
    {
        Raw(written);
        Body.Add(new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(expected)));
    }

    // Chrome on lines of its own: written as the frame wraps it, labelled as the reader reads it.
    public void Chrome(NoiseKind kind, Func<string, string> wrap, IReadOnlyList<string> lines, IReadOnlyList<string>? teasers = null, string? credit = null)
    {
        foreach (var line in lines)
        {
            Raw(wrap(line));
        }
        Noise.Add(new NoisePiece(kind, [.. lines]) { Teasers = teasers ?? [], Credit = credit });
    }

    public void Chrome(NoiseKind kind, params string[] lines) => Chrome(kind, l => l, lines);

    // A label for chrome written onto a line another call writes (a body line or a frame's own).
    public void Label(NoiseKind kind, string line, bool glued, IReadOnlyList<string>? teasers = null, string? credit = null) =>
        Noise.Add(new NoisePiece(kind, [line], glued) { Teasers = teasers ?? [], Credit = credit });
}
