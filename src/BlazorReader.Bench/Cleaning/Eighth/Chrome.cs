using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eighth;

// What every shape hands the page: the article it dresses (and the paper and agency this copy
// came through), and the piece of chrome it drew with the raw lines it is written as.
internal sealed record EighthContext(RawArticle Article, string Title, DateOnly Day, (string Name, string Slug) Paper,
    (string Name, string Short) Agency, DressingPools Pools);

internal sealed record Chrome(NoisePiece Piece, IReadOnlyList<string> Raw, bool Plain = false)
{
    public static Chrome Of(NoiseKind kind, params string[] lines) => new(new NoisePiece(kind, lines), lines);

    // A line whose link a scraper broke at one or two characters picked anywhere in it. The
    // label keeps only the parts long enough that a reader (and the scorer) would tell them apart
    // from story text; the raw text keeps every part.
    public static Chrome Linked(NoiseKind kind, DressingRandom r, string before, string url, string after = "")
    {
        var raw = LinkBreaker.Break(r, before + url + after, before.Length, r.Chance(0.45) ? r.Between(1, 2) : 0);
        var label = raw.Where((l, i) => i == 0 || TextReferee.Normalize(l).Length >= 8).ToArray();
        return new(new NoisePiece(kind, label), raw, Plain: true);
    }
}

internal static class LinkBreaker
{
    // Breaks at `count` distinct points inside [from, end): where a scraper wrapped a long link.
    public static List<string> Break(DressingRandom r, string line, int from, int count)
    {
        var points = Enumerable.Range(0, count).Select(_ => r.Between(from + 1, line.Length - 1)).Where(p => p > 0 && p < line.Length).Distinct().Order().ToList();
        var parts = new List<string>();
        var start = 0;
        foreach (var p in points)
        {
            parts.Add(line[start..p]);
            start = p;
        }
        parts.Add(line[start..]);
        return [.. parts.Where(p => p.Trim().Length > 0)];
    }
}
