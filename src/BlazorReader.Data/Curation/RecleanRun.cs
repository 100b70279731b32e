using BlazorReader.Data.Writing;

namespace BlazorReader.Data.Curation;

// Cleans again every article an older cleaner wrote, a batch at a time in id order, each batch
// committed on its own: a killed run loses at most the batch in flight, and run again it finds
// only what is left (a run with nothing left finds nothing). Articles an editor changed wait
// for an editor instead. Dry, it plans the same batches and writes nothing.
public sealed class RecleanRun(RecleanPlanner planner, ArticleChanges changes)
{
    public int BatchSize { get; init; } = 200;

    // afterEachBatch sees the report so far (Seen of Waiting); it may cancel the run's token,
    // which stops it before the next batch.
    public async Task<RecleanReport> RunAsync(bool dryRun, Action<RecleanReport>? afterEachBatch = null, CancellationToken ct = default)
    {
        var report = new RecleanReport(await planner.CountAsync(ct)) { HeldBefore = await planner.CountHeldAsync(ct) };
        var after = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var batch = await planner.NextBatchAsync(after, BatchSize, ct);
            if (batch.Count == 0)
            {
                return report;
            }
            var outcomes = dryRun ? [.. batch.Select(c => c.Planned)] : await changes.RecleanBatchAsync(batch, ct);
            for (var i = 0; i < batch.Count; i++)
            {
                report.Add(batch[i], outcomes[i]);
            }
            after = batch[^1].Stored.Id;
            afterEachBatch?.Invoke(report);
        }
    }
}
