using System.CommandLine;
using System.Diagnostics;
using BlazorReader.Bench.Common;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Core.Related;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Related;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Bench.Related;

// `bench related CORPUS`: imports the corpus, rebuilds every related list as `related
// --rebuild` does (timed: index, lists and writing them), then scores the stored lists on
// same-story pairs labelled from exact text overlap, independently of MinHash, and scores
// Lucene MoreLikeThis on the same pairs in the same run.
public static class RelatedBenchmark
{
    public static Command CreateCommand()
    {
        var corpus = CorpusArgument.Create();
        var samples = new Option<bool>("--samples") { Description = "Also print 30 random same-story links to judge by eye." };
        var links = new Option<string>("--out")
        {
            Description = "Write every same-story link to FILE, one a line, to compare runs.",
            HelpName = "FILE",
        };
        var command = new Command("related", "Related lists: rebuild time, twin recall against Lucene MoreLikeThis on the same labelled pairs, precision.")
        {
            corpus, samples, links,
        };
        command.SetAction((parse, _) => RunAsync(parse.GetValue(corpus)!, parse.InvocationConfiguration.Output, parse.GetValue(samples), parse.GetValue(links)));
        return command;
    }

    public static async Task<int> RunAsync(string corpus, TextWriter output, bool samples = false, string? linksFile = null)
    {
        var data = Directory.CreateTempSubdirectory("br-bench-related-").FullName;
        var settings = StoreSettings.ForSqliteFolder(data);
        var contexts = await StoreInitializer.OpenAsync(settings);
        await new ArticleImporter(contexts, new ArticleCleaner(), new ImportClock()).ImportAsync(ArticleSourceReader.Read(corpus), ArticleStatus.Published);

        using var service = new RelatedStoryService(contexts);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var count = await service.RebuildAllAsync(null, CancellationToken.None);
        var rebuild = watch.Elapsed;
        output.WriteLine($"related --rebuild: {count} lists in {rebuild.TotalSeconds:0.0} s (index, lists and writing them; {Environment.ProcessorCount} cores)");
        // What the app keeps after a rebuild: the index and the service's per-article state.
        output.WriteLine($"managed memory held by the related service: {(GC.GetTotalMemory(forceFullCollection: true) - before) / 1e6:0} MB");

        // What the app's change-log follower does with one batch (500 entries) of imports.
        await using var read = await contexts.CreateDbContextAsync();
        var batch = await read.Articles.OrderByDescending(a => a.Id).Select(a => a.Id).Take(500).ToListAsync();
        watch.Restart();
        await service.RecomputeAsync(batch, CancellationToken.None);
        output.WriteLine($"incremental: a batch of {batch.Count} changed articles and the lists they touch in {watch.Elapsed.TotalSeconds:0.0} s");

        // An editor's batch: 50 articles spread over the corpus get a new headline.
        var edited = await read.Articles.OrderBy(a => a.Id).Where(a => a.Id % (count / 50) == 0).Select(a => a.Id).Take(50).ToListAsync();
        await read.Articles.Where(a => edited.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, a => a.Title + " (محدث)"));
        watch.Restart();
        await service.RecomputeAsync(edited, CancellationToken.None);
        output.WriteLine($"edits: a batch of {edited.Count} edited articles and the lists they touch in {watch.Elapsed.TotalSeconds:0.0} s");

        // What the lease's holder does once the log has gone quiet: every story and list against
        // the corpus as it now stands, writing only the lists that differ.
        watch.Restart();
        var rewritten = await service.RefreshAsync(CancellationToken.None);
        output.WriteLine($"refresh after quiet: every list recomputed, {rewritten} rewritten, in {watch.Elapsed.TotalSeconds:0.0} s ({watch.Elapsed / rebuild:0.00}x the rebuild)");

        var articles = (await IndexedArticles.ReadAllAsync(read, CancellationToken.None)).Select(a => a.Document).ToList();
        var stored = (await read.RelatedLinks.AsNoTracking().OrderBy(l => l.Position).ToListAsync())
            .ToLookup(l => l.ArticleId, l => new RelatedItem(l.RelatedArticleId, (RelatedKind)l.Kind, l.Score));
        // What a reader sees under an article: its story's coverage (the other papers' reports,
        // earliest first, counted as same-story links) and then the related list, which holds
        // other stories only.
        var coverage = (await read.Articles.AsNoTracking().Where(a => a.StoryId != null)
                .Select(a => new { a.Id, StoryId = a.StoryId!.Value, a.SortDate }).ToListAsync())
            .ToLookup(a => a.StoryId);
        var storyOf = coverage.SelectMany(g => g).ToDictionary(a => a.Id, a => a.StoryId);
        var lists = stored.Select(g => g.Key).Union(storyOf.Keys).ToDictionary(id => id, id => (IReadOnlyList<RelatedItem>)[
            .. storyOf.TryGetValue(id, out var story)
                ? coverage[story].Where(m => m.Id != id).OrderBy(m => m.SortDate).ThenBy(m => m.Id).Select(m => new RelatedItem(m.Id, RelatedKind.SameStory, 1.0))
                : [],
            .. stored[id]]);
        int TextKeyOf(int id) => service.Facts(id)?.TextKey ?? id;
        output.WriteLine($"lists checksum: {Checksum(lists):x16} (equal checksums, equal lists: ids, kinds, scores, order)");

        watch.Restart();
        var labels = TwinLabels.Label(articles);
        output.WriteLine($"labelled in {watch.Elapsed.TotalSeconds:0.0} s");
        RelatedEvaluation.Score(labels, lists, TextKeyOf, rebuild, samples ? output : null).WriteTo(output);

        watch.Restart();
        using var mlt = new MoreLikeThisBaseline(articles.Select(a => (a.Id, a.Title + "\n" + a.Body)));
        var asked = labels.Queries.Select(q => q.From).Concat(labels.BestTwins.Select(q => q.From)).Distinct().ToList();
        var mltLists = asked.AsParallel().Select(id => (Id: id, List: mlt.Similar(id))).ToDictionary(l => l.Id, l => l.List);
        var baseline = TwinRecall.Of(labels, id => mltLists[id], TextKeyOf);
        output.WriteLine($"MoreLikeThis (ArabicAnalyzer, minTermFreq 2, minDocFreq 5, maxQueryTerms 25; {asked.Count} queries in {watch.Elapsed.TotalSeconds:0.0} s):");
        baseline.WriteTo(output, $"{labels.BestTwins.Count} articles");

        if (samples)
        {
            SameStoryLinks.WriteSamples(output, lists, articles);
        }
        if (linksFile is not null)
        {
            await SameStoryLinks.WriteAllAsync(linksFile, lists, articles, labels);
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
        return 0;
    }

    // Undated articles are dated at import; a fixed import time keeps their dates, and with
    // them the topical scores and the lists checksum, the same from run to run.
    private sealed class ImportClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    private static ulong Checksum(Dictionary<int, IReadOnlyList<RelatedItem>> lists)
    {
        var hash = 0UL;
        foreach (var (id, items) in lists.OrderBy(l => l.Key))
        {
            hash = StableHash.Combine(hash, (ulong)id);
            foreach (var item in items)
            {
                hash = StableHash.Combine(StableHash.Combine(StableHash.Combine(hash, (ulong)item.ArticleId), (ulong)item.Kind), (ulong)BitConverter.DoubleToInt64Bits(item.Score));
            }
        }

        return hash;
    }
}
