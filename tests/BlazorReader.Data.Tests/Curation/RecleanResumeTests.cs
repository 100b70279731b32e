using System.Data.Common;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BlazorReader.Data.Tests.Curation;

// A run stopped part way is finished by the next; a run with nothing to do writes nothing; a
// dry run writes nothing and says what a run would do.
public sealed class RecleanResumeTests : IAsyncLifetime
{
    private RecleanStore s = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        s = await RecleanStore.CreateAsync(Ct);
        foreach (var id in s.Trimmed.Take(5))
        {
            await OlderCleaning.KeptEverythingAsync(s.Store, id);
        }
    }

    public async ValueTask DisposeAsync() => await s.DisposeAsync();

    private async Task<int> BehindAsync() => (await s.StampsAsync(Ct)).Values.Count(v => v.CleanerVersion < ArticleCleaner.Version);

    [Fact]
    public async Task A_run_stopped_between_batches_keeps_what_it_wrote_and_the_next_run_finishes_the_rest()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => s.Run(batchSize: 2).RunAsync(dryRun: false, _ => stop.Cancel(), stop.Token));

        Assert.Equal(3, await BehindAsync());
        var next = await s.Run(batchSize: 2).RunAsync(dryRun: false, ct: Ct);
        Assert.Equal((3, 3), (next.Waiting, next.Outcomes[RecleanOutcome.Recleaned]));
        Assert.Equal(0, await BehindAsync());
    }

    [Fact]
    public async Task A_batch_killed_before_its_commit_writes_none_of_its_articles()
    {
        var killed = new KilledAtSecondCommit();

        await Assert.ThrowsAsync<InvalidOperationException>(() => s.Run(batchSize: 2, contexts: s.Store.ContextsWith(killed)).RunAsync(dryRun: false, ct: Ct));

        Assert.Equal(3, await BehindAsync());
        await s.Run(batchSize: 2).RunAsync(dryRun: false, ct: Ct);
        Assert.Equal(0, await BehindAsync());
    }

    [Fact]
    public async Task A_second_run_finds_nothing_to_do_and_writes_nothing()
    {
        await s.Run().RunAsync(dryRun: false, ct: Ct);
        var rows = await s.RowsAsync();

        var second = await s.Run().RunAsync(dryRun: false, ct: Ct);

        Assert.Equal((0, 0), (second.Waiting, second.Seen));
        Assert.Equal(rows, await s.RowsAsync());
    }

    [Fact]
    public async Task A_dry_run_writes_nothing_and_reports_what_the_run_then_does()
    {
        var rows = await s.RowsAsync();

        var dry = await s.Run(batchSize: 2).RunAsync(dryRun: true, ct: Ct);

        Assert.Equal(rows, await s.RowsAsync());
        var run = await s.Run(batchSize: 2).RunAsync(dryRun: false, ct: Ct);
        Assert.Equal(5, dry.Outcomes[RecleanOutcome.Recleaned]);
        Assert.Equal(run.Outcomes, dry.Outcomes);
        Assert.Equal(run.NowRemoved, dry.NowRemoved);
        Assert.Equal(run.Samples, dry.Samples);
    }

    // Fails the second batch's commit, as a process killed before it would.
    private sealed class KilledAtSecondCommit : DbTransactionInterceptor
    {
        private int commits;

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref commits) == 2 ? throw new InvalidOperationException("killed") : ValueTask.FromResult(result);
    }
}
