using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Sealed;

// One thing put between two paragraphs: chrome (with its label) or an embedded tweet (with
// the card a reader expects back).
internal sealed record SealedInsert(List<string> Lines, NoisePiece? Piece, ExpectedBlock? Tweet);

// What goes among the story's paragraphs, and after which one. A tweet may also close the
// story; a repeated paragraph follows its original or turns up further down.
internal sealed class SealedMiddle
{
    private readonly Dictionary<int, List<SealedInsert>> after = [];

    public static SealedMiddle Plan(DressingRandom r, List<string> body, DressingPools pools, string? title)
    {
        var plan = new SealedMiddle();
        var last = body.Count - 1;
        int Gap() => last == 0 ? 0 : r.Next(last);
        for (var n = 0; n < 2 && r.Chance(0.3); n++)
        {
            var (lines, tweet) = SealedTweets.Make(r, pools, body);
            plan.Add(r.Chance(0.12) ? last : Gap(), new SealedInsert(lines, null, tweet));
        }
        if (last == 0)
        {
            return plan;
        }
        for (var n = 0; n < 2 && r.Chance(0.15); n++)
        {
            plan.Add(Gap(), Chrome(SealedStoryChrome.Caption(r)));
        }
        if (r.Chance(0.15))
        {
            plan.Add(Gap(), Chrome(SealedStoryChrome.ReadAlsoLine(r, SealedWords.OtherTitle(r, pools, title, body))));
        }
        if (r.Chance(0.05))
        {
            plan.Add(Gap(), Chrome(SealedStoryChrome.ReadAlsoBlock(r, [.. Enumerable.Range(0, r.Between(2, 4)).Select(_ => SealedWords.OtherTitle(r, pools, title, body)).Distinct()])));
        }
        if (r.Chance(0.05))
        {
            plan.Add(Gap(), Chrome(SealedSocialChrome.Share(r)));
        }
        var longOnes = Enumerable.Range(0, body.Count).Where(i => body[i].Length >= 60).ToList();
        if (longOnes.Count > 0 && r.Chance(0.1))
        {
            var source = r.Pick<int>(longOnes);
            var at = r.Chance(0.6) || source == last ? source : r.Between(source, last - 1);
            plan.Add(at, Chrome(new NoisePiece(NoiseKind.Repeat, [body[source]])));
        }
        return plan;
    }

    public IReadOnlyList<SealedInsert> After(int paragraph) => after.TryGetValue(paragraph, out var list) ? list : [];

    private void Add(int paragraph, SealedInsert insert) =>
        (after.TryGetValue(paragraph, out var list) ? list : after[paragraph] = []).Add(insert);

    private static SealedInsert Chrome(NoisePiece piece) => new([.. piece.Lines], piece, null);
}
