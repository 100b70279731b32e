namespace BlazorReader.Bench.Cleaning.Fresh;

// What goes between two paragraphs of the story.
internal enum FreshInsert
{
    Tweet,
    Caption,
    ReadAlso,
    Repeat,
    Teasers,
    Share,
}

// Which chrome one page gets and where: above the lead, glued to the lead or the last
// sentence, between paragraphs (a tweet may also close the story), and under the story in
// any order, teasers sometimes on both sides of the footer.
internal sealed class FreshPlan
{
    private readonly Dictionary<int, List<FreshInsert>> inserts = [];

    public FreshPlan(DressingRandom r, int paragraphs)
    {
        var top = Draw(r, TopOdds);
        // A breadcrumb leads when there is one; the headline comes first more often than not.
        Top = [.. top.OrderBy(k => k == NoiseKind.Tags ? 0 : k == NoiseKind.Headline && r.Chance(0.7) ? 1 : 2 + r.Next(100))];
        var bottom = Draw(r, BottomOdds).OrderBy(_ => r.Next(100)).ToList();
        if (bottom.Contains(NoiseKind.Teaser) && bottom.Contains(NoiseKind.Footer) && r.Chance(0.25))
        {
            bottom.Insert(bottom.IndexOf(NoiseKind.Footer) + (bottom.IndexOf(NoiseKind.Teaser) < bottom.IndexOf(NoiseKind.Footer) ? 1 : 0), NoiseKind.Teaser);
        }
        if (bottom.Contains(NoiseKind.Share) && r.Chance(0.2))
        {
            bottom.Insert(r.Next(bottom.Count + 1), NoiseKind.Share);
        }
        Bottom = bottom;
        GlueHead = r.Chance(0.22);
        GlueTail = r.Chance(0.15) ? r.Pick(NoiseKind.MoreLink, NoiseKind.Credit, NoiseKind.Credit, NoiseKind.Signature) : null;
        void Maybe(FreshInsert what, double p, int max, int slots)
        {
            for (var n = 0; n < max && slots > 0 && r.Chance(p); n++)
            {
                var after = r.Next(slots);
                (inserts.TryGetValue(after, out var list) ? list : inserts[after] = []).Add(what);
            }
        }
        Maybe(FreshInsert.Tweet, 0.3, 3, paragraphs);
        Maybe(FreshInsert.Caption, 0.15, 2, paragraphs - 1);
        Maybe(FreshInsert.ReadAlso, 0.18, 2, paragraphs - 1);
        Maybe(FreshInsert.Repeat, 0.1, 1, paragraphs - 1);
        Maybe(FreshInsert.Teasers, 0.05, 1, paragraphs - 1);
        Maybe(FreshInsert.Share, 0.05, 1, paragraphs - 1);
        if (Top.Count == 0 && Bottom.Count == 0 && inserts.Count == 0 && !GlueHead && GlueTail is null)
        {
            Bottom = [NoiseKind.Footer];
        }
    }

    private static readonly (NoiseKind Kind, double P)[] TopOdds =
    [
        (NoiseKind.Headline, 0.25), (NoiseKind.Tags, 0.08), (NoiseKind.Byline, 0.3), (NoiseKind.Dateline, 0.2), (NoiseKind.Caption, 0.1),
        (NoiseKind.Share, 0.07), (NoiseKind.Counter, 0.07), (NoiseKind.Repeat, 0.04),
    ];

    private static readonly (NoiseKind Kind, double P)[] BottomOdds =
    [
        (NoiseKind.Credit, 0.3), (NoiseKind.Teaser, 0.4), (NoiseKind.ReadAlso, 0.12), (NoiseKind.Share, 0.35), (NoiseKind.MoreLink, 0.15),
        (NoiseKind.Footer, 0.45), (NoiseKind.Counter, 0.3), (NoiseKind.Signature, 0.15), (NoiseKind.Tags, 0.15), (NoiseKind.Caption, 0.04),
        (NoiseKind.Byline, 0.05), (NoiseKind.Dateline, 0.05),
    ];

    public IReadOnlyList<NoiseKind> Top { get; }

    public IReadOnlyList<NoiseKind> Bottom { get; }

    public bool GlueHead { get; }

    public NoiseKind? GlueTail { get; }

    public IReadOnlyList<FreshInsert> After(int paragraph) => inserts.TryGetValue(paragraph, out var list) ? list : [];

    private static List<NoiseKind> Draw(DressingRandom r, (NoiseKind Kind, double P)[] odds) => [.. odds.Where(o => r.Chance(o.P)).Select(o => o.Kind)];
}
