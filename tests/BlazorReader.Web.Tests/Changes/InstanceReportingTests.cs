using System.Text.Json;
using BlazorReader.Data;
using BlazorReader.Web.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Changes;

// A running instance writes its followers' positions to the store for every other instance's
// dashboard, under the name its readiness answer gives, and takes them away when it stops.
public sealed class InstanceReportingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_running_instance_reports_each_follower_under_its_name_and_its_rows_go_when_it_stops()
    {
        var factory = new ReaderAppFactory(settings: new Dictionary<string, string> { ["Instances:ReportEvery"] = "00:00:01" });
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        var client = factory.CreateClient();
        using var ready = JsonDocument.Parse(await (await client.GetAsync("/healthz/ready", Ct)).Content.ReadAsStringAsync(Ct));
        var name = ready.RootElement.GetProperty("instance").GetString();
        Assert.Equal(factory.Services.GetRequiredService<InstanceIdentity>().Name, name);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<Data.Instances.InstanceFollower> rows;
        do
        {
            await Task.Delay(200, Ct);
            await using var db = await contexts.CreateDbContextAsync(Ct);
            rows = await db.InstanceFollowers.AsNoTracking().Where(f => f.Instance == name).ToListAsync(Ct);
        }
        while ((rows.Count < 3 || !rows.All(r => r.CaughtUp)) && DateTime.UtcNow < deadline);

        Assert.Equal(["PageCacheEvictor", "RelatedListUpdater", "StoreIndexer"], rows.Select(r => r.Consumer).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.True(r.CaughtUp && r.Applied >= 1 && r.Behind == 0 && r.WaitingSince is null, $"{r.Consumer}: {r.Applied}, {r.Behind}"));

        await factory.DisposeAsync();
        await using (var store = new ServiceCollection().AddReaderStore(StoreSettings.ForSqliteFolder(factory.DataDirectory)).BuildServiceProvider())
        {
            await using var after = await store.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync(Ct);
            Assert.Equal(0, await after.InstanceFollowers.CountAsync(Ct));
        }
        ReaderAppFactory.DeleteFolder(factory.DataDirectory);
    }
}
