using System.Diagnostics;
using BlazorReader.Core.Arabic;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Related;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BlazorReader.Cli.Bench;

// `bench related CORPUS`: imports the corpus, rebuilds every related list (timed), then scores
// the lists on same-story pairs labelled independently of MinHash (different papers, ±3 days,
// exact word 4-shingle containment ≥ 0.6), against Lucene MoreLikeThis in the same run.
public static class RelatedBenchmark
{
    public static async Task<int> RunAsync(string corpus, TextWriter output)
    {
        var data = Directory.CreateTempSubdirectory("br-bench-related-").FullName;
        var settings = StoreSettings.ForSqliteFolder(data);
        var options = new DbContextOptionsBuilder<ReaderDbContext>();
        StoreRegistration.Configure(options, settings);
        var contexts = new PooledDbContextFactory<ReaderDbContext>(options.Options);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await StoreInitializer.MigrateAsync(db, settings);
        }
        await new ArticleImporter(contexts, new ArticleCleaner(), TimeProvider.System).ImportAsync(ArticleSourceReader.Read(corpus), ArticleStatus.Published);
        var watch = Stopwatch.StartNew();
        var lists = await new RelatedStoryService(contexts).RebuildAllAsync(null, CancellationToken.None);
        var rebuild = watch.Elapsed;

        await using var read = await contexts.CreateDbContextAsync();
        var articles = await read.Articles.AsNoTracking().Select(a => new { a.Id, a.Source, a.SortDate, a.Title, a.Blocks }).ToListAsync();
        var links = (await read.RelatedLinks.AsNoTracking().OrderBy(l => l.Position).ToListAsync()).ToLookup(l => l.ArticleId);
        var shingles = articles.ToDictionary(a => a.Id, a => Shingles(string.Join(' ', a.Blocks.Select(b => b.Text))));
        var docs = articles.ToDictionary(a => a.Id);
        var pairs = LabelledPairs(articles.Select(a => (a.Id, a.Source, a.SortDate)).ToList(), shingles, 300);
        var mlt = new MoreLikeThisBaseline(articles.Select(a => (a.Id, a.Title + "\n" + string.Join("\n", a.Blocks.Select(b => b.Text)))));

        double Recall(Func<int, IReadOnlyList<int>> listOf, int k) => pairs.Count(p => listOf(p.A).Take(k).Contains(p.B)) / (double)pairs.Count;
        IReadOnlyList<int> Ours(int id) => [.. links[id].Select(l => l.RelatedArticleId)];
        output.WriteLine($"lists rebuilt: {lists} in {rebuild.TotalSeconds:0.0} s; labelled same-story pairs: {pairs.Count}");
        output.WriteLine($"ours:          recall@5 {Recall(Ours, 5):0.000}  recall@10 {Recall(Ours, 10):0.000}");
        output.WriteLine($"MoreLikeThis:  recall@5 {Recall(mlt.Similar, 5):0.000}  recall@10 {Recall(mlt.Similar, 10):0.000}  (ArabicAnalyzer, defaults)");
        var sameStory = links.SelectMany(g => g.Where(l => l.Kind == RelatedLinkKind.SameStory)).ToList();
        var correct = sameStory.Count(l => Containment(shingles[l.ArticleId], shingles[l.RelatedArticleId]) >= 0.3);
        output.WriteLine($"same-story precision: {correct / (double)Math.Max(1, sameStory.Count):0.000} of {sameStory.Count} links (exact containment ≥ 0.3)");
        output.WriteLine($"self-links {links.Sum(g => g.Count(l => l.RelatedArticleId == g.Key))}, repeats {links.Sum(g => g.Count() - g.Select(l => l.RelatedArticleId).Distinct().Count())}, " +
            $"empty lists {1 - links.Count / (double)articles.Count:0.0%}");
        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
        return 0;
    }

    private static HashSet<ulong> Shingles(string text)
    {
        var words = ArabicTextAnalyzer.Analyze(text, keepStopwords: true).Select(t => t.Surface).ToArray();
        var set = new HashSet<ulong>();
        for (var i = 0; i + 4 <= words.Length; i++)
        {
            set.Add(Fnv(words.AsSpan(i, 4)));
        }
        return set;
    }

    private static ulong Fnv(ReadOnlySpan<string> words)
    {
        var h = 14695981039346656037UL;
        foreach (var w in words)
        {
            foreach (var c in w)
            {
                h = (h ^ c) * 1099511628211UL;
            }
            h = (h ^ ' ') * 1099511628211UL;
        }
        return h;
    }

    private static double Containment(HashSet<ulong> a, HashSet<ulong> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : a.Count(b.Contains) / (double)Math.Min(a.Count, b.Count);

    private static List<(int A, int B)> LabelledPairs(List<(int Id, string? Source, DateTime Date)> articles, Dictionary<int, HashSet<ulong>> shingles, int count)
    {
        var byShingle = new Dictionary<ulong, List<int>>();
        foreach (var a in articles.Where(a => shingles[a.Id].Count >= 20))
        {
            foreach (var s in shingles[a.Id].Take(40))
            {
                if (!byShingle.TryGetValue(s, out var ids))
                {
                    byShingle[s] = ids = [];
                }
                ids.Add(a.Id);
            }
        }
        var info = articles.ToDictionary(a => a.Id);
        var pairs = byShingle.Values.Where(ids => ids.Count is > 1 and < 6)
            .SelectMany(ids => ids.SelectMany(a => ids.Where(b => a < b).Select(b => (a, b))))
            .Distinct()
            .Where(p => info[p.a].Source != info[p.b].Source && (info[p.a].Date - info[p.b].Date).Duration().TotalDays <= 3)
            .Where(p => Containment(shingles[p.a], shingles[p.b]) >= 0.6)
            .ToList();
        var rnd = new Random(1);
        return [.. pairs.OrderBy(_ => rnd.Next()).Take(count)];
    }
}
