using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// One post embedded in the story, before it is flattened: its parts, the address as the page
// shows it (Shown may carry the embed's query), and the chrome that may travel with it.
internal sealed class PostDraft
{
    public required string? Name { get; init; }

    public required string Handle { get; init; }

    public required List<string> TextLines { get; init; }

    public required string Url { get; init; }

    public required string Shown { get; init; }

    public required DateTime When { get; init; }

    public required string DateText { get; init; }

    public bool HasDate { get; init; } = true;

    // The handle is written only inside the status address: no name or handle line at all.
    public bool HandleInAddressOnly { get; init; }

    public NoisePiece? Alt { get; init; }

    public NoisePiece? Card { get; init; }

    public NoisePiece? Interrupt { get; init; }

    public bool BreakLink { get; init; }

    public string Text => string.Join("\n", TextLines);

    public ExpectedBlock Block => new(BlockKind.Tweet, Text, Url, Handle, HandleInAddressOnly ? null : Name, HasDate ? DateOnly.FromDateTime(When) : null, Dir(Text))
    {
        Links = [Url],
    };

    // As a browser's dir="auto" reads it: the first strong letter decides.
    private static TextDirection Dir(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF')
            {
                return TextDirection.Rtl;
            }
            if (char.IsAsciiLetter(c))
            {
                return TextDirection.Ltr;
            }
        }
        return TextDirection.Rtl;
    }

    // The address cut at any character over two or three lines, as a narrow column wraps it.
    public List<string> Cut(string address, DressingRandom r)
    {
        if (!BreakLink || address.Length < 6)
        {
            return [address];
        }
        var cuts = Enumerable.Range(0, r.Between(1, 2)).Select(_ => r.Between(1, address.Length - 1)).Distinct().Order().ToList();
        var parts = new List<string>();
        var at = 0;
        foreach (var c in cuts)
        {
            parts.Add(address[at..c]);
            at = c;
        }
        parts.Add(address[at..]);
        return parts;
    }
}
