using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Related;
using BlazorReader.Web.Changes;
using BlazorReader.Web.Related;
using BlazorReader.Web.Setup;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Tests.Related;

// Two instances' list writers on one store, driven by the test: one writes, the other waits.
public sealed class RelatedWriterLeaseTests : AppTest
{
    private const string Story = "أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في مدينة الرياض تضم ستة أشخاص كانوا يخططون لتنفيذ هجمات على منشآت حكومية، وقالت الوزارة في بيان إن قوات الأمن ضبطت أسلحة ومتفجرات في موقعين شمال المدينة.";

    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    private IDbContextFactory<ReaderDbContext> Contexts => App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();

    private RelatedWriterLease Lease() =>
        new(Contexts, Options.Create(new RelatedOptions()), new InstanceIdentity(TimeProvider.System), TimeProvider.System, NullLogger<RelatedWriterLease>.Instance);

    private RelatedListUpdater Updater(RelatedStoryService related, RelatedWriterLease lease) => new(related, lease,
        App.Services.GetRequiredService<StoreSettings>(), App.Services.GetRequiredService<IOutputCacheStore>(),
        Options.Create(new RelatedOptions()), Options.Create(new ChangeLogOptions()), NullLogger<RelatedListUpdater>.Instance);

    [Fact]
    public async Task The_instance_without_the_lease_writes_nothing_and_waits_until_the_holders_lists_cover_its_changes()
    {
        var day = new DateTime(2015, 7, 21, 8, 0, 0, DateTimeKind.Utc);
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(
        [
            ImportItem.Ok("a", new RawArticle("واس - الرياض: " + Story, "القبض على خلية إرهابية في الرياض", "was", "https://was/1", PublishedAt: day)),
            ImportItem.Ok("b", new RawArticle(Story + " وستعلن التفاصيل لاحقا.", "ضبط خلية إرهابية بالرياض", "okaz", "https://okaz/1", PublishedAt: day)),
        ], ArticleStatus.Published, ct: Ct);
        var (holderLease, otherLease) = (Lease(), Lease());
        using var holderRelated = new RelatedStoryService(Contexts);
        using var otherRelated = new RelatedStoryService(Contexts);
        using var holder = Updater(holderRelated, holderLease);
        using var other = Updater(otherRelated, otherLease);
        await using var db = await Contexts.CreateDbContextAsync(Ct);
        var changes = await db.ChangeLog.AsNoTracking().OrderBy(c => c.Sequence).ToListAsync(Ct);
        var end = changes[^1].Sequence;
        Assert.True((await holderLease.StandAsync(Ct)).Held);

        await using var otherDb = await Contexts.CreateDbContextAsync(Ct);
        var waiting = other.ApplyAsync(otherDb, changes, end, Ct);
        await Task.Delay(600, Ct);
        Assert.False(waiting.IsCompleted);
        Assert.Equal(0, await db.Articles.CountAsync(a => a.StoryId != null, Ct));

        await holder.ApplyAsync(db, changes, end, Ct);
        await waiting.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.True(holderRelated.IsLoaded);
        Assert.False(otherRelated.IsLoaded);
        Assert.Equal(2, await db.Articles.CountAsync(a => a.StoryId != null, Ct));
        Assert.Contains("\"coverage\":[{\"id\":3,", await Client.GetStringAsync("/api/articles/2", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_holder_that_stops_gives_the_lease_up_and_the_next_starts_from_its_position()
    {
        var (first, second) = (Lease(), Lease());
        Assert.True((await first.StandAsync(Ct)).Held);
        await first.RecordAsync(7, Ct);
        Assert.False((await second.StandAsync(Ct)).Held);

        await first.StopAsync(Ct);

        var standing = await second.StandAsync(Ct);
        Assert.Equal(new LeaseStanding(true, true, 7), standing);
        Assert.False((await first.StandAsync(Ct)).Held);
        Assert.False(first.Holding);
    }
}
