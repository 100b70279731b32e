using System.Text.Json;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Queries;
using BlazorReader.Data.Related;
using BlazorReader.Data.Writing;
using BlazorReader.Search;
using BlazorReader.Search.Following;
using BlazorReader.Web.Changes;
using BlazorReader.Web.Related;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Changes;

// Three app instances on one PostgreSQL database, each with its own data folder (index, lists),
// while writers on all three import, edit and delete side by side. Afterwards every instance's
// index equals one rebuilt from the store document by document, the stored related lists
// equal a rebuild's, and every page shows the latest title. This is where a follower that skipped a change would show. A small size here;
// the issue's 5,000-operation runs are the same code with a larger count, set by
// BLAZORREADER_SOAK_OPERATIONS (per writer; three writers).
public sealed class ClusterSoakTests
{
    private const int Instances = 3;
    private static readonly int OperationsPerWriter =
        int.TryParse(Environment.GetEnvironmentVariable("BLAZORREADER_SOAK_OPERATIONS"), out var n) && n > 0 ? n : 40;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Any instance's dashboard shows all three, each follower caught up, the holder as the writer.
    private static async Task WaitUntilEveryInstanceReportsCaughtUpAsync(List<ReaderAppFactory> apps, ReaderAppFactory holder)
    {
        var query = apps[0].Services.GetRequiredService<InstanceLagQuery>();
        var names = apps.Select(a => a.Services.GetRequiredService<InstanceIdentity>().Name).ToHashSet();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        IReadOnlyList<InstanceLag> shown;
        while (!Reported(shown = await query.LoadAsync(TimeSpan.FromSeconds(3), Ct)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, Ct);
        }
        Assert.True(Reported(shown), string.Join("; ", shown.Select(i => $"{i.Instance}: {string.Join(", ", i.Followers)}")));
        Assert.Equal(holder.Services.GetRequiredService<InstanceIdentity>().Name, Assert.Single(shown, i => i.WritesRelated).Instance);

        bool Reported(IReadOnlyList<InstanceLag> instances) => instances.Select(i => i.Instance).ToHashSet().SetEquals(names)
            && instances.All(i => !i.Silent && i.Ready && i.Followers.Count == 3 && i.Followers.All(f => f.Behind == 0));
    }

    [Fact]
    public async Task Every_instance_ends_with_the_stores_articles_and_latest_titles()
    {
        await using var database = await PostgresDatabase.CreateAsync("br_soak_");
        var apps = new List<ReaderAppFactory>();
        try
        {
            // One after the other: the first migrates and imports the seed, the others find it.
            for (var i = 0; i < Instances; i++)
            {
                var app = new ReaderAppFactory(settings: new Dictionary<string, string>(database.AppSettings()) 
                {
                    ["Related:RefreshAfterQuiet"] = "00:00:00.500",
                    ["Instances:ReportEvery"] = "00:00:01",
                });
                app.CreateClient().Dispose();
                apps.Add(app);
            }

            await Task.WhenAll(apps.Select((app, writer) => Task.Run(() => WriteAsync(app, writer), Ct)));
            var written = DateTime.UtcNow;
            await Task.WhenAll(apps.Select(WaitUntilCaughtUpAsync));
            Report($"soak: {Instances} instances, {Instances * OperationsPerWriter} operations; longest lag after the last write: {(DateTime.UtcNow - written).TotalSeconds:0.0} s");

            var contexts = apps[0].Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
            Dictionary<int, string> stored;
            await using (var db = await contexts.CreateDbContextAsync(Ct))
            {
                stored = await db.Articles.ToDictionaryAsync(a => a.Id, a => a.Title, Ct);
            }
            Assert.True(stored.Count > 1);

            // Document by document against an index rebuilt from the store: a skipped change
            // leaves an old title, body, status or a deleted article behind.
            var rebuilt = await RebuiltIndexAsync(contexts);
            Assert.Equal(stored.Keys.Order(), rebuilt.Keys.Order());
            Assert.All(stored, s => Assert.Contains("title=" + s.Value, rebuilt[s.Key].Split('\n')));
            foreach (var app in apps)
            {
                var held = app.Services.GetRequiredService<StoreIndexer>().Index.Documents();
                var divergent = rebuilt.Keys.Union(held.Keys).Where(id => rebuilt.GetValueOrDefault(id) != held.GetValueOrDefault(id)).ToList();
                Assert.True(divergent.Count == 0, $"{divergent.Count} of {rebuilt.Count} documents differ from a rebuild, e.g. article {divergent.FirstOrDefault()}");
                using var client = app.CreateClient();
                foreach (var (id, title) in stored.Where(s => s.Value.StartsWith("soak", StringComparison.Ordinal)))
                {
                    Assert.Contains(title.Split(' ')[0], await client.GetStringAsync($"/articles/{id}", Ct), StringComparison.Ordinal);
                }
            }

            // The stories and lists the lease's holder wrote as it followed the log, refreshed once
            // the log went quiet, against a rebuild. When every instance wrote them, each from its
            // own place in the log, one that was behind wrote over newer lists; lists a change did
            // not touch kept the counts of a smaller corpus; and same-story links decided with the
            // counts of their moment chose between near-identical copies unlike a rebuild, until
            // the refresh read every article again.
            var holders = apps.Where(a => a.Services.GetRequiredService<RelatedWriterLease>().Holding).ToList();
            Assert.Single(holders);
            await WaitUntilEveryInstanceReportsCaughtUpAsync(apps, holders[0]);
            await WaitUntilRefreshedAsync(holders[0]);
            var followed = await RelatedListsAsync(contexts);
            await new RelatedStoryService(contexts).RebuildAllAsync(null, Ct);
            var fresh = await RelatedListsAsync(contexts);
            Assert.NotEmpty(fresh);
            var differing = fresh.Keys.Union(followed.Keys).Where(id => fresh.GetValueOrDefault(id) != followed.GetValueOrDefault(id)).ToList();
            Report($"soak: related lists that differ from a rebuild: {differing.Count} of {fresh.Count}");
            Assert.True(differing.Count == 0, $"{differing.Count} of {fresh.Count} related lists differ from a rebuild, e.g. article {differing.FirstOrDefault()}: "
                + $"followed [{followed.GetValueOrDefault(differing.FirstOrDefault())}], rebuilt [{fresh.GetValueOrDefault(differing.FirstOrDefault())}]");
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
                ReaderAppFactory.DeleteFolder(app.DataDirectory);
            }
        }
    }

    // Imports, edits of random soak articles (conflicts are expected and fine) and deletions.
    private static async Task WriteAsync(ReaderAppFactory app, int writer)
    {
        var importer = app.Services.GetRequiredService<ArticleImporter>();
        var changes = app.Services.GetRequiredService<ArticleChanges>();
        var contexts = app.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        var random = new Random(writer);
        for (var op = 0; op < OperationsPerWriter; op++)
        {
            // Numbers no other writer or operation uses at any size: two articles edited to one
            // title would both answer its search.
            var n = writer * 1_000_000 + op;
            var choice = random.Next(10);
            if (choice < 5)
            {
                await importer.ImportAsync([Item(n), Item(n + 500_000)], ArticleStatus.Published, ct: Ct);
                continue;
            }
            int[] ids;
            await using (var db = await contexts.CreateDbContextAsync(Ct))
            {
                ids = await db.Articles.Where(a => a.Title.StartsWith("soak")).Select(a => a.Id).ToArrayAsync(Ct);
            }
            if (ids.Length == 0)
            {
                continue;
            }
            var id = ids[random.Next(ids.Length)];
            if (choice < 9 && await changes.LoadAsync(id, Ct) is var (edit, version))
            {
                await changes.SaveEditAsync(id, version, edit with { Title = $"soak{n}edit عنوان معدل للخبر" }, "soak", Ct);
            }
            else if (choice == 9)
            {
                await changes.DeleteAsync(id, "soak", Ct);
            }
        }
    }

    // Every few articles of one writer share a made-up project name, so that related lists have
    // neighbours to find at any size: words every article holds stop counting past 50 articles.
    private static ImportItem Item(int n) => ImportItem.Ok("soak", new RawArticle(
        $"قال المتحدث الرسمي إن الاجتماع الذي عقد اليوم ناقش عددا من الملفات المهمة في المنطقة وفق ما أعلن رسميا.\n" +
        $"وأضاف أن اللجنة المختصة ستواصل عملها خلال الأسابيع المقبلة لمتابعة تنفيذ ما تم الاتفاق عليه في الجلسة رقم {n}.\n" +
        $"ويتعلق الملف بمشروع {Project(n)} ومشروع {Project(n + 5)} في المنطقة الشرقية.",
        Title: $"soak{n}x خبر تجريبي عن اجتماع اللجنة", SourceUrl: $"https://soak.example/{n}", Source: "soak"));

    private static string Project(int n) =>
        string.Concat(((n / 1_000_000 * 100_000) + n % 500_000 / 5).ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => "بتثجحخدذرز"[d - '0']));

    // Printed to the console too, so a larger run's figures can be read from its log.
    private static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.WriteLine(line);
    }

    private static async Task<IReadOnlyDictionary<int, string>> RebuiltIndexAsync(IDbContextFactory<ReaderDbContext> contexts)
    {
        var folder = Directory.CreateTempSubdirectory("br-soak-index-").FullName;
        try
        {
            using var index = ArticleIndex.InMemory();
            await using var db = await contexts.CreateDbContextAsync(Ct);
            await new StoreIndexer(index, folder).RebuildAsync(db, null, Ct);
            return index.Documents();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Each article's list as one line: related article, kind and reason, in order.
    private static async Task<Dictionary<int, string>> RelatedListsAsync(IDbContextFactory<ReaderDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync(Ct);
        var links = await db.RelatedLinks.AsNoTracking().Select(l => new { l.ArticleId, l.Position, l.RelatedArticleId, l.Kind, l.Reason }).ToListAsync(Ct);
        return links.GroupBy(l => l.ArticleId).ToDictionary(g => g.Key,
            g => string.Join(", ", g.OrderBy(l => l.Position).Select(l => $"{l.RelatedArticleId} {l.Kind} {l.Reason}")));
    }

    private static async Task WaitUntilRefreshedAsync(ReaderAppFactory holder)
    {
        var updater = holder.Services.GetServices<IChangeLogConsumer>().OfType<RelatedListUpdater>().Single();
        for (var deadline = DateTime.UtcNow.AddSeconds(60); !updater.Refreshed; await Task.Delay(200, Ct))
        {
            Assert.True(DateTime.UtcNow < deadline, "the holder did not refresh its lists within 60 s of its last write");
        }
    }

    private static async Task WaitUntilCaughtUpAsync(ReaderAppFactory app)
    {
        using var client = app.CreateClient();
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ;)
        {
            // 503 until ready, with the same body.
            using var response = await client.GetAsync("/healthz/ready", Ct);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            if (json.RootElement.GetProperty("ready").GetBoolean()
                && json.RootElement.GetProperty("consumers").EnumerateArray().All(c => c.GetProperty("behind").GetInt64() == 0))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "an instance did not catch up with the log within 60 s: " + json.RootElement);
            await Task.Delay(200, Ct);
        }
    }
}
