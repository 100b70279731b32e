namespace BlazorReader.Bench.Cleaning.Blind;

// What a page drops between two paragraphs.
public enum BlindInsert
{
    Tweet,
    Caption,
    ReadAlso,
    Repeat,
    Share,
    Dateline,
}

// Which chrome one article gets and where. Each kind is drawn on its own; the foot is in a
// site's usual order half the time and in any order otherwise, teasers on both sides of the
// footer sometimes; one glued piece at most at either end of the body.
public sealed class BlindPlan
{
    private static readonly (NoiseKind Kind, double P)[] TopOdds =
    [
        (NoiseKind.Headline, 0.22), (NoiseKind.Byline, 0.3), (NoiseKind.Dateline, 0.2), (NoiseKind.Caption, 0.12),
        (NoiseKind.Share, 0.08), (NoiseKind.Counter, 0.06), (NoiseKind.Repeat, 0.04), (NoiseKind.ReadAlso, 0.03),
    ];

    // The order a foot usually comes in; shuffled half the time.
    private static readonly (NoiseKind Kind, double P)[] BottomOdds =
    [
        (NoiseKind.Signature, 0.12), (NoiseKind.Credit, 0.28), (NoiseKind.Byline, 0.06), (NoiseKind.Caption, 0.04),
        (NoiseKind.MoreLink, 0.15), (NoiseKind.Tags, 0.15), (NoiseKind.Dateline, 0.05), (NoiseKind.Share, 0.3),
        (NoiseKind.Counter, 0.25), (NoiseKind.ReadAlso, 0.12), (NoiseKind.Teaser, 0.4), (NoiseKind.Footer, 0.45),
    ];

    private readonly Dictionary<int, List<BlindInsert>> inserts = [];

    public BlindPlan(DressingRandom r, int paragraphs)
    {
        Top = [.. TopOdds.Where(o => r.Chance(o.P)).Select(o => o.Kind).OrderBy(k => k == NoiseKind.Headline && r.Chance(0.7) ? -1 : r.Next(99))];
        var bottom = BottomOdds.Where(o => r.Chance(o.P)).Select(o => o.Kind).ToList();
        if (r.Chance(0.5))
        {
            bottom = [.. bottom.OrderBy(_ => r.Next(99))];
        }
        if (bottom.Contains(NoiseKind.Footer) && r.Chance(0.3))
        {
            bottom.Insert(r.Chance(0.5) ? bottom.IndexOf(NoiseKind.Footer) + 1 : bottom.IndexOf(NoiseKind.Footer), NoiseKind.Teaser);
        }
        GluedDateline = r.Chance(0.18);
        GluedEnd = r.Next(20) switch
        {
            < 2 => NoiseKind.MoreLink,
            2 => NoiseKind.Credit,
            3 => NoiseKind.Signature,
            _ => null,
        };
        void Maybe(BlindInsert insert, double p, int max, int positions)
        {
            for (var n = 0; n < max && positions > 0 && r.Chance(p); n++)
            {
                var after = r.Next(positions);
                (inserts.TryGetValue(after, out var list) ? list : inserts[after] = []).Add(insert);
            }
        }
        Maybe(BlindInsert.Tweet, 0.3, 3, paragraphs);
        Maybe(BlindInsert.Caption, 0.12, 2, paragraphs - 1);
        Maybe(BlindInsert.ReadAlso, 0.18, 2, paragraphs - 1);
        Maybe(BlindInsert.Repeat, 0.1, 1, paragraphs - 1);
        Maybe(BlindInsert.Share, 0.05, 1, paragraphs - 1);
        Maybe(BlindInsert.Dateline, 0.04, 3, paragraphs - 1);
        if (Top.Count == 0 && bottom.Count == 0 && inserts.Count == 0 && !GluedDateline && GluedEnd is null)
        {
            bottom.Add(r.Pick(NoiseKind.Footer, NoiseKind.Share, NoiseKind.Teaser, NoiseKind.Credit));
        }
        Bottom = bottom;
    }

    public IReadOnlyList<NoiseKind> Top { get; }

    public IReadOnlyList<NoiseKind> Bottom { get; }

    public bool GluedDateline { get; }

    public NoiseKind? GluedEnd { get; }

    public IReadOnlyList<BlindInsert> After(int paragraph) => inserts.TryGetValue(paragraph, out var list) ? list : [];
}
