using System.Diagnostics;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Related;
using BlazorReader.Web.Related;
using BlazorReader.Web.Setup;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Tests.Related;

// The change log is handed to its consumers by the test, so the page is read exactly
// once the import is applied: no polling, no deadline.
public sealed class RelatedOnPageTests : AppTest
{
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    private const string Story = "أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في مدينة الرياض تضم ستة أشخاص كانوا يخططون لتنفيذ هجمات على منشآت حكومية، وقالت الوزارة في بيان إن قوات الأمن ضبطت أسلحة ومتفجرات في موقعين شمال المدينة، وإن التحقيقات مستمرة لمعرفة ارتباطات الخلية بتنظيمات خارجية.";

    // The seed is article 1; two papers' tellings of one story become 2 and 3.
    private async Task ImportTwoTellingsAsync()
    {
        var day = new DateTime(2015, 7, 21, 8, 0, 0, DateTimeKind.Utc);
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(
        [
            ImportItem.Ok("a", new RawArticle("واس - الرياض: " + Story, "القبض على خلية إرهابية في الرياض", "was", "https://was/1", PublishedAt: day)),
            ImportItem.Ok("b", new RawArticle(Story + " وستعلن التفاصيل لاحقا.", "ضبط خلية إرهابية بالرياض", "okaz", "https://okaz/1", PublishedAt: day)),
        ], ArticleStatus.Published, ct: Ct);
    }

    [Fact]
    public async Task An_imported_retelling_appears_under_the_article_as_its_coverage_not_as_related()
    {
        await ImportTwoTellingsAsync();
        await App.FollowChangesAsync(Ct);

        var json = await Client.GetStringAsync("/api/articles/2", Ct);
        Assert.Contains("\"coverage\":[{\"id\":3,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"kind\":\"same-story\"", json, StringComparison.Ordinal);
        var page = await Client.GetStringAsync("/articles/2", Ct);
        Assert.Contains("class=\"coverage\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/3/", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuilt_from_the_store_every_list_is_written_and_the_log_counts_as_applied()
    {
        await ImportTwoTellingsAsync();
        var contexts = App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(Ct);
        var end = await db.ChangeLog.MaxAsync(c => c.Sequence, Ct);
        using var updater = new RelatedListUpdater(new RelatedStoryService(contexts), App.Services.GetRequiredService<RelatedWriterLease>(), App.Services.GetRequiredService<StoreSettings>(),
            App.Services.GetRequiredService<IOutputCacheStore>(), Options.Create(new RelatedOptions()), Options.Create(new ChangeLogOptions()), NullLogger<RelatedListUpdater>.Instance);

        Assert.True(await updater.RebuildFromStoreAsync(db, end, Ct));

        Assert.Equal(end, await updater.AppliedUpToAsync(db, Ct));
        Assert.Contains("\"coverage\":[{\"id\":2,", await Client.GetStringAsync("/api/articles/3", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_related_index_is_read_at_the_first_change_and_let_go_once_changes_stop()
    {
        var contexts = App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        var related = new RelatedStoryService(contexts);
        var settings = Options.Create(new RelatedOptions { KeepIndexFor = TimeSpan.FromMilliseconds(300) });
        using var updater = new RelatedListUpdater(related, App.Services.GetRequiredService<RelatedWriterLease>(), App.Services.GetRequiredService<StoreSettings>(),
            App.Services.GetRequiredService<IOutputCacheStore>(), settings, Options.Create(new ChangeLogOptions()), NullLogger<RelatedListUpdater>.Instance);
        Assert.False(related.IsLoaded);

        await using (var db = await contexts.CreateDbContextAsync(Ct))
        {
            var changes = await db.ChangeLog.AsNoTracking().OrderBy(c => c.Sequence).ToListAsync(Ct);
            await updater.ApplyAsync(db, changes, changes[^1].Sequence, Ct);
        }
        Assert.True(related.IsLoaded);
        for (var waited = 0; related.IsLoaded && waited < 100; waited++)
        {
            await Task.Delay(100, Ct);
        }
        Assert.False(related.IsLoaded, "the related index was still held 10 s after the last change");
    }

    // A busy site's log is never quiet: once RefreshAtLeastEvery has passed, the batch after it
    // brings a refresh without waiting for a quiet spell (here a day).
    [Fact]
    public async Task Lists_are_refreshed_after_a_batch_once_the_longest_wait_has_passed_though_the_log_is_never_quiet()
    {
        var contexts = App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        var longestWait = TimeSpan.FromSeconds(2);
        var settings = Options.Create(new RelatedOptions { RefreshAfterQuiet = TimeSpan.FromDays(1), RefreshAtLeastEvery = longestWait });
        var sinceStart = Stopwatch.StartNew();
        using var updater = new RelatedListUpdater(new RelatedStoryService(contexts), App.Services.GetRequiredService<RelatedWriterLease>(), App.Services.GetRequiredService<StoreSettings>(),
            App.Services.GetRequiredService<IOutputCacheStore>(), settings, Options.Create(new ChangeLogOptions()), NullLogger<RelatedListUpdater>.Instance);
        var applied = 0L;
        async Task ApplyNewAsync()
        {
            await using var db = await contexts.CreateDbContextAsync(Ct);
            var changes = await db.ChangeLog.AsNoTracking().Where(c => c.Sequence > applied).OrderBy(c => c.Sequence).ToListAsync(Ct);
            applied = changes[^1].Sequence;
            await updater.ApplyAsync(db, changes, applied, Ct);
        }

        async Task WaitForRefreshAsync()
        {
            for (var waited = 0; !updater.Refreshed && waited < 100; waited++)
            {
                await Task.Delay(100, Ct);
            }
        }

        await ApplyNewAsync();
        var firstBatchDone = sinceStart.Elapsed;
        // The next batch comes once the longest wait has passed since the start.
        var margin = TimeSpan.FromMilliseconds(200);
        await Task.Delay(firstBatchDone < longestWait ? longestWait - firstBatchDone + margin : margin, Ct);
        if (firstBatchDone < longestWait)
        {
            Assert.False(updater.Refreshed, "refreshed after a batch written before the longest wait had passed");
        }
        else
        {
            // A first batch that itself outlasted the longest wait (a loaded machine) rightly
            // refreshes; the wait then starts again from that refresh.
            await WaitForRefreshAsync();
            await Task.Delay(longestWait + margin, Ct);
        }
        await ImportTwoTellingsAsync();
        await ApplyNewAsync();
        await WaitForRefreshAsync();
        Assert.True(updater.Refreshed, "no refresh within 10 s of a batch written past RefreshAtLeastEvery");
    }
}
