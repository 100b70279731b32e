namespace BlazorReader.Bench.Cleaning;

// Things a page puts between the story's paragraphs.
public enum Insert
{
    Caption,
    ReadAlso,
    Repeat,
    Tweet,
}

// Which noise one article gets and where: each kind drawn on its own, so that any mix and
// any order below the story occurs, teasers sometimes on both sides of the footer.
public sealed class DressingPlan
{
    private readonly HashSet<NoiseKind> kinds = [];
    private readonly Dictionary<int, List<Insert>> inserts = [];

    public DressingPlan(DressingRandom r, int paragraphs)
    {
        foreach (var (kind, p) in Odds)
        {
            if (r.Chance(p))
            {
                kinds.Add(kind);
            }
        }
        GluedDateline = r.Chance(0.2);
        GluedMoreLink = r.Chance(0.12);
        var top = new List<NoiseKind>();
        foreach (var kind in new[] { NoiseKind.Byline, NoiseKind.Dateline, NoiseKind.Caption, NoiseKind.Share })
        {
            if (r.Chance(kind == NoiseKind.Byline ? 0.3 : 0.12))
            {
                top.Add(kind);
            }
        }
        Top = [.. top.OrderBy(_ => r.Next(100))];
        if (paragraphs > 1)
        {
            void Maybe(Insert insert, double p, int max)
            {
                for (var n = 0; n < max && r.Chance(p); n++)
                {
                    var after = r.Next(paragraphs - 1);
                    (inserts.TryGetValue(after, out var list) ? list : inserts[after] = []).Add(insert);
                }
            }
            Maybe(Insert.Tweet, 0.35, 2);
            Maybe(Insert.Caption, 0.15, 2);
            Maybe(Insert.ReadAlso, 0.2, 1);
            Maybe(Insert.Repeat, 0.12, 1);
        }
        var bottom = kinds.Where(k => k is not (NoiseKind.Headline)).OrderBy(_ => r.Next(100)).ToList();
        if (bottom.Contains(NoiseKind.Teaser) && bottom.Contains(NoiseKind.Footer) && r.Chance(0.3))
        {
            bottom.Insert(bottom.IndexOf(NoiseKind.Footer) + 1, NoiseKind.Teaser);
        }
        Bottom = bottom;
        if (kinds.Count == 0 && Top.Count == 0 && inserts.Count == 0 && !GluedDateline && !GluedMoreLink)
        {
            Bottom = [NoiseKind.Footer];
        }
    }

    private static readonly (NoiseKind Kind, double P)[] Odds =
    [
        (NoiseKind.Headline, 0.25), (NoiseKind.Credit, 0.3), (NoiseKind.Teaser, 0.4), (NoiseKind.ReadAlso, 0.15),
        (NoiseKind.Share, 0.3), (NoiseKind.MoreLink, 0.15), (NoiseKind.Footer, 0.45), (NoiseKind.Counter, 0.3),
        (NoiseKind.Signature, 0.1), (NoiseKind.Tags, 0.12), (NoiseKind.Byline, 0.05), (NoiseKind.Caption, 0.05),
    ];

    public IReadOnlyList<NoiseKind> Top { get; }

    public IReadOnlyList<NoiseKind> Bottom { get; }

    public bool GluedDateline { get; }

    public bool GluedMoreLink { get; }

    public bool Has(NoiseKind kind) => kinds.Contains(kind);

    public IReadOnlyList<Insert> After(int paragraph) => inserts.TryGetValue(paragraph, out var list) ? list : [];
}
