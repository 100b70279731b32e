using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Instances;

// A follower's position as one instance saw it.
public sealed record FollowerPosition(string Consumer, long Applied, int OpenGaps, bool CaughtUp);

// Writing and forgetting the rows of InstanceFollower. Only the instance itself writes its
// rows (its name is unique to its run), so an update that finds no row can insert without
// racing another instance.
public static class InstanceReports
{
    // Rows of instances silent for this long are deleted by any instance that reports.
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(1);

    public static async Task ReportAsync(ReaderDbContext db, string instance, DateTime startedAt, DateTime now,
        IReadOnlyList<FollowerPosition> positions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(positions);
        var logEnd = await db.ChangeLog.MaxAsync(c => (long?)c.Sequence, ct) ?? 0;
        foreach (var p in positions)
        {
            var waitingSince = p.Applied < logEnd
                ? await db.ChangeLog.Where(c => c.Sequence > p.Applied).OrderBy(c => c.Sequence).Select(c => (DateTime?)c.At).FirstOrDefaultAsync(ct)
                : null;
            var behind = Math.Max(logEnd - p.Applied, 0);
            var updated = await db.InstanceFollowers.Where(f => f.Instance == instance && f.Consumer == p.Consumer)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(f => f.ReportedAt, now)
                    .SetProperty(f => f.Applied, p.Applied)
                    .SetProperty(f => f.OpenGaps, p.OpenGaps)
                    .SetProperty(f => f.Behind, behind)
                    .SetProperty(f => f.WaitingSince, waitingSince)
                    .SetProperty(f => f.CaughtUp, p.CaughtUp), ct);
            if (updated == 0)
            {
                db.InstanceFollowers.Add(new InstanceFollower
                {
                    Instance = instance, Consumer = p.Consumer, StartedAt = startedAt, ReportedAt = now, Applied = p.Applied,
                    OpenGaps = p.OpenGaps, Behind = behind, WaitingSince = waitingSince, CaughtUp = p.CaughtUp,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await db.InstanceFollowers.Where(f => f.ReportedAt < now - ForgetAfter).ExecuteDeleteAsync(ct);
    }

    // An instance that stops cleanly takes its rows with it; one that dies shows as silent.
    public static Task ForgetAsync(ReaderDbContext db, string instance, CancellationToken ct) =>
        db.InstanceFollowers.Where(f => f.Instance == instance).ExecuteDeleteAsync(ct);
}
