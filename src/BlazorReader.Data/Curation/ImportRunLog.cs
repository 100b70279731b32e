using BlazorReader.Data.Importing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Curation;

// Wraps one import so the dashboard and the import page can list it: a row when it starts,
// its counts as it goes (at most once a second), and its outcome and first errors at the end.
public sealed class ImportRunLog(IDbContextFactory<ReaderDbContext> contexts, TimeProvider clock)
{
    private const int ErrorsKept = 100;

    public async Task<(int RunId, ImportSummary Summary)> RecordAsync(string origin, string? userName,
        Func<IProgress<ImportSummary>, Task<ImportSummary>> import, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(import);
        var runId = await StartAsync(origin, userName, ct);
        var lastWrite = DateTime.MinValue;
        var progress = new SynchronousProgress(s =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (now - lastWrite >= TimeSpan.FromSeconds(1))
            {
                lastWrite = now;
                WriteAsync(runId, s, null, finished: false, CancellationToken.None).GetAwaiter().GetResult();
            }
        });
        try
        {
            var summary = await import(progress);
            var outcome = $"{summary.Processed} processed in {summary.Elapsed.TotalSeconds:0.0} s";
            await WriteAsync(runId, summary, outcome, finished: true, CancellationToken.None);
            return (runId, summary);
        }
        catch (Exception e)
        {
            await WriteAsync(runId, new ImportSummary(), "stopped: " + e.Message, finished: true, CancellationToken.None);
            throw;
        }
    }

    private async Task<int> StartAsync(string origin, string? userName, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = new ImportRun { StartedAt = clock.GetUtcNow().UtcDateTime, UserName = userName, Origin = origin.Length > 1000 ? origin[..1000] : origin };
        db.ImportRuns.Add(run);
        AuditTrail.Add(db, clock, userName, AuditActions.Imported, "started: " + run.Origin);
        await db.SaveChangesAsync(ct);
        return run.Id;
    }

    private async Task WriteAsync(int runId, ImportSummary s, string? outcome, bool finished, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = await db.ImportRuns.FirstAsync(r => r.Id == runId, ct);
        (run.Imported, run.Updated, run.Skipped, run.Failed) = (s.Imported, s.Updated, s.Skipped, s.Failed);
        // Warnings (an article imported despite something odd) follow the errors, marked as such.
        run.Errors = string.Join("\n", s.Errors.Take(ErrorsKept).Select(e => $"{e.Origin}: {e.Message}")
                .Concat(s.Warnings.Take(ErrorsKept).Select(w => $"warning: {w.Origin}: {w.Message}")))
            + (s.Errors.Count > ErrorsKept ? $"\n… {s.Errors.Count - ErrorsKept} more" : "");
        if (finished)
        {
            run.FinishedAt = clock.GetUtcNow().UtcDateTime;
            run.Outcome = outcome;
            AuditTrail.Add(db, clock, run.UserName, AuditActions.Imported,
                $"{run.Origin}: {s.Imported} new, {s.Updated} updated, {s.Skipped} skipped, {s.Failed} failed");
        }
        await db.SaveChangesAsync(ct);
    }

    // Progress<T> posts to a captured context; the importer reports from its own loop, and the
    // row should be written before the next batch, so report synchronously.
    private sealed class SynchronousProgress(Action<ImportSummary> report) : IProgress<ImportSummary>
    {
        public void Report(ImportSummary value) => report(value);
    }
}
