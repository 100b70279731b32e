using BlazorReader.Data;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Web.Changes;

namespace BlazorReader.Web.Tests.Changes;

// The lag metrics are computed from what the followers last read, never from a query.
public sealed class FollowingProgressTests
{
    private sealed class Fast : IChangeLogConsumer
    {
        public Task<long> AppliedUpToAsync(ReaderDbContext db, CancellationToken ct) => Task.FromResult(0L);
        public Task ApplyAsync(ReaderDbContext db, IReadOnlyList<ChangeLogEntry> changes, long position, CancellationToken ct) => Task.CompletedTask;
    }

    private sealed class Slow : IChangeLogConsumer
    {
        public Task<long> AppliedUpToAsync(ReaderDbContext db, CancellationToken ct) => Task.FromResult(0L);
        public Task ApplyAsync(ReaderDbContext db, IReadOnlyList<ChangeLogEntry> changes, long position, CancellationToken ct) => Task.CompletedTask;
    }

    private static FollowingProgress NewProgress() => new([new Fast(), new Slow()]);

    [Fact]
    public void Each_follower_is_behind_by_the_distance_to_the_highest_number_any_follower_read()
    {
        var progress = NewProgress();

        progress.Report("Fast", applied: 120, openGaps: 2, caughtUp: true);
        progress.Report("Slow", applied: 40, openGaps: 0, caughtUp: false);

        Assert.Equal([new ConsumerLag("Fast", 0, 2), new ConsumerLag("Slow", 80, 0)], progress.Lags());
    }

    [Fact]
    public void A_batch_read_but_not_yet_applied_moves_the_end_and_not_the_followers_position()
    {
        var progress = NewProgress();
        progress.Report("Fast", applied: 10, openGaps: 0, caughtUp: true);
        progress.Report("Slow", applied: 10, openGaps: 0, caughtUp: true);

        progress.Saw(510);

        Assert.Equal(510, progress.LogEnd);
        Assert.Equal([500L, 500L], progress.Lags().Select(l => l.Behind));
    }

    [Fact]
    public void The_end_never_moves_back()
    {
        var progress = NewProgress();

        progress.Saw(300);
        progress.Saw(200);
        progress.Report("Fast", applied: 250, openGaps: 0, caughtUp: true);

        Assert.Equal(300, progress.LogEnd);
        Assert.Equal(50, progress.Lags().Single(l => l.Name == "Fast").Behind);
    }

    [Fact]
    public void A_follower_that_has_not_reported_yet_is_behind_by_the_whole_known_log()
    {
        var progress = NewProgress();

        progress.Report("Fast", applied: 75, openGaps: 0, caughtUp: true);

        Assert.Equal(75, progress.Lags().Single(l => l.Name == "Slow").Behind);
    }
}
