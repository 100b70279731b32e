using System.Globalization;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Related;

// The same-story links of `bench related`, written out for people: a sample to judge by eye,
// or every link to compare two runs.
internal static class SameStoryLinks
{
    // `--out FILE`: every same-story link, one a line (from, to, exact containment, score, then
    // each side's paper, date and headline), so two runs' links can be compared and the links
    // one change removed read by eye.
    public static async Task WriteAllAsync(string path, Dictionary<int, IReadOnlyList<RelatedItem>> lists, List<RelatedDocument> articles, TwinLabels labels)
    {
        var byId = articles.ToDictionary(a => a.Id);
        static string Flat(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
        var lines = lists.OrderBy(l => l.Key).SelectMany(l => l.Value.Where(i => i.Kind == RelatedKind.SameStory).Select(i => string.Join('\t',
            l.Key.ToString(CultureInfo.InvariantCulture),
            i.ArticleId.ToString(CultureInfo.InvariantCulture),
            labels.Containment(l.Key, i.ArticleId).ToString("F3", CultureInfo.InvariantCulture),
            i.Score.ToString("F3", CultureInfo.InvariantCulture),
            $"{byId[l.Key].Source} {byId[l.Key].PublishedAt:yyyy-MM-dd}",
            Flat(byId[l.Key].Title),
            $"{byId[i.ArticleId].Source} {byId[i.ArticleId].PublishedAt:yyyy-MM-dd}",
            Flat(byId[i.ArticleId].Title))));
        await File.WriteAllLinesAsync(path, lines);
    }

    // `--samples`: 30 random same-story links as stored, for a person to judge precision by eye.
    public static void WriteSamples(TextWriter output, Dictionary<int, IReadOnlyList<RelatedItem>> lists, List<RelatedDocument> articles)
    {
        var byId = articles.ToDictionary(a => a.Id);
        var random = new Random(20151128);
        var links = lists.SelectMany(l => l.Value.Where(i => i.Kind == RelatedKind.SameStory).Select(i => (From: l.Key, To: i.ArticleId))).ToList();
        output.WriteLine();
        output.WriteLine($"== 30 random same-story links of {links.Count} (judge: same event?)");
        foreach (var (from, to) in links.OrderBy(_ => random.Next()).Take(30))
        {
            output.WriteLine($"-- {from} → {to}");
            foreach (var d in new[] { byId[from], byId[to] })
            {
                var body = d.Body.ReplaceLineEndings(" ");
                output.WriteLine($"   [{d.Source} {d.PublishedAt:yyyy-MM-dd}] {d.Title}");
                output.WriteLine($"      {body[..Math.Min(body.Length, 220)]}");
            }
        }
    }
}
