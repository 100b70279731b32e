using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eighth;

// Where a piece of chrome lands on the copied page: above everything, glued before the lead,
// between two of the story's blocks, glued after the last sentence, or below the story.
internal enum Slot
{
    Top,
    Lead,
    Middle,
    End,
    Foot,
}

// One run of raw lines: a block of the story (with what a reader expects of it) or a piece of
// chrome (with its label). Lines holding a link are never scuffed: a mark inside a link would
// make it another link.
internal sealed record PagePart(IReadOnlyList<string> Lines, ExpectedBlock? Block = null, NoisePiece? Piece = null, bool Plain = false);

// The copied page being put together: the story's blocks in order, chrome placed in slots,
// then written out with the line ends, blank lines, BOM and invisible marks of its copy path.
internal sealed class EighthPage(IReadOnlyList<string> paragraphs)
{
    private readonly List<PagePart> story = [.. paragraphs.Select(p => new PagePart([p], new ExpectedBlock(BlockKind.Paragraph, p)))];
    private readonly List<PagePart> top = [];
    private readonly List<PagePart> foot = [];
    private readonly List<(int After, PagePart Part)> middle = [];
    private readonly List<NoisePiece> noise = [];
    private string? leadPrefix;
    private string? endSuffix;

    public int StoryCount => story.Count;

    public string? ParagraphAt(int index) =>
        index >= 0 && index < story.Count && story[index].Block is { Kind: BlockKind.Paragraph } block ? block.Text : null;

    // A block of the story added by the copy path (a tweet) or a paragraph that looks like
    // chrome and is not: both belong to the body, in the place they are put.
    public void InsertStory(int at, PagePart part) => story.Insert(Math.Clamp(at, 1, story.Count), part);

    public void InsertStory(int at, PagePart part, NoisePiece? piece)
    {
        InsertStory(at, part);
        if (piece is not null)
        {
            noise.Add(piece);
        }
    }

    // Chrome placed right after a given block of the story: where a page or a column ended.
    public void AddAfter(int after, Chrome chrome)
    {
        middle.Add((Math.Clamp(after, 1, Math.Max(1, story.Count - 1)), new PagePart(chrome.Raw, Piece: chrome.Piece, Plain: chrome.Plain)));
        noise.Add(chrome.Piece with { Glued = false });
    }

    public void Add(Slot slot, Chrome chrome, DressingRandom r) => Add(slot, chrome.Piece, chrome.Raw, r, chrome.Plain);

    // Raw lines may differ from the label where a link is broken across lines: the label keeps
    // the parts a reader would recognise, the raw text every part.
    private void Add(Slot slot, NoisePiece piece, IReadOnlyList<string> raw, DressingRandom r, bool plain)
    {
        var part = new PagePart(raw, Piece: piece, Plain: plain);
        var glued = false;
        if (slot == Slot.Lead && leadPrefix is null)
        {
            (leadPrefix, glued) = (raw[0], true);
        }
        else if (slot == Slot.End && endSuffix is null)
        {
            (endSuffix, glued) = (raw[0], true);
        }
        else if (slot is Slot.Top or Slot.Lead)
        {
            top.Add(part);
        }
        else if (slot == Slot.Middle && story.Count > 1)
        {
            middle.Add((r.Between(1, story.Count - 1), part));
        }
        else
        {
            foot.Add(part);
        }
        noise.Add(Distinct(piece) with { Glued = glued });
    }

    // A bare header word («إعلان», «فيديو») could be found inside other chrome left in the
    // body and mark this piece as left when it went: such lines are written but not labelled.
    private static NoisePiece Distinct(NoisePiece piece)
    {
        var lines = piece.Lines.Where(l => TextReferee.Normalize(l).Length >= 7).ToList();
        return lines.Count == 0 || lines.Count == piece.Lines.Count ? piece : piece with { Lines = lines };
    }

    public IReadOnlyList<NoisePiece> Noise => noise;

    public (string Text, IReadOnlyList<ExpectedBlock> Body) Write(DressingRandom r)
    {
        var parts = new List<PagePart>(top);
        // A suffix is glued to the last paragraph, never to a tweet's signature.
        var last = story.FindLastIndex(p => p.Block!.Kind == BlockKind.Paragraph);
        for (var i = 0; i < story.Count; i++)
        {
            var part = story[i];
            if (i == 0 && leadPrefix is not null)
            {
                part = part with { Lines = [leadPrefix + part.Lines[0]] };
            }
            if (i == last && endSuffix is not null)
            {
                part = part with { Lines = [.. part.Lines.SkipLast(1), part.Lines[^1] + endSuffix] };
            }
            parts.Add(part);
            parts.AddRange(middle.Where(m => m.After == i + 1 && i + 1 < story.Count).Select(m => m.Part));
        }
        parts.AddRange(middle.Where(m => m.After >= story.Count).Select(m => m.Part));
        parts.AddRange(foot);
        return (Render(parts, r), [.. story.Select(p => p.Block!)]);
    }

    // The copy path's line ends: a feed export's LF, a Windows clipboard's CRLF, a PDF's blank
    // line after every paragraph; a BOM when the copy was saved to a file first.
    private static string Render(List<PagePart> parts, DressingRandom r)
    {
        var newline = r.Pick("\n", "\n", "\r\n", "\n\n", "\r\n\r\n", "\n \n");
        var sb = new StringBuilder();
        if (r.Chance(0.08))
        {
            sb.Append('\uFEFF');
        }
        // Lines inside one block (a tweet, a link the scraper broke, a widget) sit closer together
        // than blocks do: never a blank line, which would split a broken link for good.
        var inner = newline.StartsWith('\r') ? "\r\n" : "\n";
        foreach (var part in parts)
        {
            for (var i = 0; i < part.Lines.Count; i++)
            {
                var line = part.Lines[i];
                var scuff = part.Piece is not null && !part.Plain;
                sb.Append(scuff ? r.Scuff(line, 0.35) : part.Block is { Kind: BlockKind.Paragraph } ? r.Scuff(line, 0.06) : line);
                sb.Append(i < part.Lines.Count - 1 && (part.Plain || part.Block is { Kind: BlockKind.Tweet } || r.Chance(0.5)) ? inner : newline);
            }
        }
        return sb.ToString().TrimEnd('\n', '\r', ' ');
    }
}
