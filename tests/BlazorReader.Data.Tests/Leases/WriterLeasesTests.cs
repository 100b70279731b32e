using BlazorReader.Data.Leases;

namespace BlazorReader.Data.Tests.Leases;

// One writer of stories and related lists at a time, across instances on one store.
public class WriterLeasesTests
{
    private const string Name = WriterLeases.RelatedLists;
    private static readonly DateTime T0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Of_many_instances_asking_at_once_for_a_free_lease_exactly_one_gets_it()
    {
        await using var store = await TestStore.CreateAsync();

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await using var db = store.Open();
            return await TakeOrNullAsync(db, $"instance {i}", T0);
        }, Ct)));

        Assert.Single(taken, t => t is not null);
        await using var check = store.Open();
        Assert.Equal(taken.Single(t => t is not null)!.Holder, (await WriterLeases.ReadAsync(check, Name, Ct)).Holder);
    }

    [Fact]
    public async Task A_held_lease_is_renewed_by_its_holder_alone_and_taken_over_once_it_runs_out()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();
        Assert.NotNull(await WriterLeases.TakeAsync(db, Name, "a", T0, T0.AddSeconds(15), Ct));

        Assert.Null(await WriterLeases.TakeAsync(db, Name, "b", T0.AddSeconds(10), T0.AddSeconds(25), Ct));
        Assert.True(await WriterLeases.RenewAsync(db, Name, "a", T0.AddSeconds(25), Ct));
        Assert.False(await WriterLeases.RenewAsync(db, Name, "b", T0.AddSeconds(25), Ct));
        Assert.Null(await WriterLeases.TakeAsync(db, Name, "b", T0.AddSeconds(20), T0.AddSeconds(35), Ct));

        Assert.NotNull(await WriterLeases.TakeAsync(db, Name, "b", T0.AddSeconds(26), T0.AddSeconds(41), Ct));
        Assert.False(await WriterLeases.RenewAsync(db, Name, "a", T0.AddSeconds(50), Ct));
    }

    [Fact]
    public async Task A_lease_given_up_is_free_at_once_and_its_old_holder_cannot_renew_it()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();
        await WriterLeases.TakeAsync(db, Name, "a", T0, T0.AddMinutes(1), Ct);

        await WriterLeases.ReleaseAsync(db, Name, "a", Ct);

        Assert.False(await WriterLeases.RenewAsync(db, Name, "a", T0.AddMinutes(2), Ct));
        Assert.NotNull(await WriterLeases.TakeAsync(db, Name, "b", T0.AddSeconds(1), T0.AddMinutes(1), Ct));
    }

    [Fact]
    public async Task The_position_moves_forward_only_and_only_by_the_holder_so_a_new_holder_starts_there()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();
        await WriterLeases.TakeAsync(db, Name, "a", T0, T0.AddSeconds(15), Ct);

        await WriterLeases.RecordAsync(db, Name, "a", 40, Ct);
        await WriterLeases.RecordAsync(db, Name, "a", 30, Ct);
        await WriterLeases.RecordAsync(db, Name, "b", 90, Ct);

        var next = await WriterLeases.TakeAsync(db, Name, "b", T0.AddMinutes(1), T0.AddMinutes(2), Ct);
        Assert.Equal(40, next!.Position);
        await WriterLeases.RecordRebuiltAsync(db, Name, 120, Ct);
        Assert.Equal(120, (await WriterLeases.ReadAsync(db, Name, Ct)).Position);
    }

    // A server store may refuse one of two updates of one row at once; refused counts as not taken.
    private static async Task<WriterLease?> TakeOrNullAsync(ReaderDbContext db, string holder, DateTime now)
    {
        try
        {
            return await WriterLeases.TakeAsync(db, Name, holder, now, now.AddSeconds(15), Ct);
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            return null;
        }
    }
}
