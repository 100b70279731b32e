namespace BlazorReader.Bench.Cleaning.Sealed;

// Chrome written onto a body line, as sites do: the place and agency before the lead; the
// source, a more-link, hashtags or a «see also» after a paragraph's last sentence. The line
// keeps every word of the paragraph; only what was added is labelled.
internal sealed class SealedGlue
{
    private readonly bool dateline;
    private readonly int readAlsoAt;
    private readonly List<Func<DressingRandom, DressingPools, string?, NoisePiece>> tail = [];

    public SealedGlue(DressingRandom r, int paragraphs, bool datelineGlued)
    {
        dateline = r.Chance(0.18) && datelineGlued;
        readAlsoAt = paragraphs > 1 && r.Chance(0.03) ? r.Next(paragraphs - 1) : -1;
        if (r.Chance(0.06))
        {
            tail.Add((g, _, _) => SealedStoryChrome.Credit(g, glued: true));
        }
        if (r.Chance(0.05))
        {
            tail.Add((g, _, _) => SealedSocialChrome.MoreLink(g, glued: true));
        }
        if (r.Chance(0.04))
        {
            tail.Add((g, _, title) => SealedSocialChrome.Tags(g, SealedFoot.TagWords(g, title), glued: true));
        }
        LastIndex = paragraphs - 1;
    }

    private int LastIndex { get; }

    public (string Line, List<NoisePiece> Glued) Dress(DressingRandom r, int index, string line, DressingPools pools, string? title)
    {
        var glued = new List<NoisePiece>();
        if (index == 0 && dateline)
        {
            var prefix = r.Scuff(SealedHeadChrome.DatelineText(r), 0.2).TrimEnd();
            glued.Add(new NoisePiece(NoiseKind.Dateline, [prefix], Glued: true));
            line = prefix + (prefix.EndsWith(':') || prefix.EndsWith('-') ? r.Pick(" ", "", " ") : r.Pick(" ", " ", "\u00A0", "  ")) + line;
        }
        var suffixes = new List<NoisePiece>();
        if (index == readAlsoAt)
        {
            var round = r.Chance(0.7);
            var label = (round ? "(" : "[") + r.Pick("اقرأ كذلك", "طالع أيضاً", "ذات صلة") + SealedWords.Sep(r, ":", "") + (pools.RelatedTitle(r, title) ?? r.Pick(pools.Titles)) + (round ? ")" : "]");
            suffixes.Add(new NoisePiece(NoiseKind.ReadAlso, [label], Glued: true));
        }
        if (index == LastIndex)
        {
            suffixes.AddRange(tail.Select(make => make(r, pools, title)));
        }
        foreach (var piece in suffixes)
        {
            glued.Add(piece);
            line = line + r.Pick(" ", " ", "  ", "\u00A0") + piece.Lines[0];
        }
        return (r.Scuff(line, 0.08), glued);
    }
}
