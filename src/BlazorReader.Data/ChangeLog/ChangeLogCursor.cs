using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.ChangeLog;

// Where one consumer stands in the change log, safe against commits out of sequence order.
// On a server store two transactions take sequence numbers 101 and 102 and may commit 102
// first; a reader that moved past 102 would never see 101, and that edit would never reach
// this instance. "Wait for the next number" is no fix either: a rolled-back transaction leaves
// its number unused for good. So the cursor remembers every number it has not seen below the
// highest it handed over (a gap), reads the gaps again on every read, and lets a gap go once it
// has stayed empty for the gap timeout: no write transaction stays open that long.
// An entry can therefore reach a consumer after a later one. Consumers apply the store's
// current state for the articles named (index, lists, cache), so the order between two
// transactions' entries does not change what they end with, and applying again is harmless.
public sealed class ChangeLogCursor
{
    // Numbers taken but not seen, as they may sit below a consumer's recorded position when
    // the instance stops, are looked for this far back when it starts again. An import batch
    // takes one number per article in one transaction, a few hundred at most.
    public const int RestartWindow = 2000;

    // A jump wider than this is not transactions in flight (SQL Server's identity cache jumps
    // by 1,000 after a restart, and a rebuild hands over the whole log at once): it is let go.
    private const int MaxGapWidth = 10_000;

    private readonly SortedDictionary<long, DateTime> gaps = [];
    // The position this cursor was started at. Numbers missing below it were not open when it
    // was recorded (PositionAfter never records past an open gap): rolled back, or let go. They
    // are still handed over if they appear, but do not hold the recorded position back, or
    // every restart would move it further down.
    private long recordedStart;
    private readonly TimeProvider clock;
    private readonly TimeSpan gapTimeout;

    private ChangeLogCursor(TimeProvider clock, TimeSpan gapTimeout) => (this.clock, this.gapTimeout) = (clock, gapTimeout);

    // The highest sequence number handed over.
    public long Highest { get; private set; }

    // Numbers below Highest not seen yet, oldest first.
    public IReadOnlyCollection<long> Gaps => gaps.Keys;

    // What a consumer records as applied once it has applied entries: everything up to the
    // number before the lowest gap still open, not the highest number seen. An instance that
    // recorded the highest and stopped with a gap open would, on its next start, find that
    // number committed below its position and take it as applied: the edit was lost for good.
    // Entries between this and the highest are applied again after a restart (harmless).
    public long PositionAfter(IReadOnlyList<ChangeLogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var seen = entries.Select(e => e.Sequence).ToHashSet();
        // Gaps already open lie below every new number, so the lowest of them, if any, decides.
        var lowestOpen = gaps.Keys.FirstOrDefault(g => g > recordedStart && !seen.Contains(g), long.MaxValue);
        var highest = Highest;
        foreach (var sequence in seen.Where(s => s > Highest).Order())
        {
            if (lowestOpen == long.MaxValue && sequence - highest - 1 is > 0 and <= MaxGapWidth)
            {
                lowestOpen = highest + 1;
            }
            highest = sequence;
        }
        return lowestOpen == long.MaxValue ? highest : lowestOpen - 1;
    }

    // A cursor for a consumer that has applied everything up to position: the numbers missing
    // in the window below it are gaps, so a transaction still open is picked up when it commits.
    public static async Task<ChangeLogCursor> StartAsync(ReaderDbContext db, long position, TimeProvider clock, TimeSpan gapTimeout,
        CancellationToken ct = default)
    {
        var cursor = new ChangeLogCursor(clock, gapTimeout);
        await cursor.RestartAtAsync(db, position, ct);
        cursor.recordedStart = position;
        return cursor;
    }

    // The next entries to hand over, in sequence order: the gaps that have filled since the last
    // read, then up to max entries after Highest.
    public async Task<List<ChangeLogEntry>> ReadAsync(ReaderDbContext db, int max, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ForgetStaleGaps();
        var open = gaps.Keys.ToList();
        var filled = open.Count == 0 ? []
            : await db.ChangeLog.AsNoTracking().Where(c => open.Contains(c.Sequence)).ToListAsync(ct);
        var highest = Highest;
        var next = await db.ChangeLog.AsNoTracking().Where(c => c.Sequence > highest)
            .OrderBy(c => c.Sequence).Take(max).ToListAsync(ct);
        return [.. filled.Concat(next).OrderBy(c => c.Sequence)];
    }

    // What ReadAsync gave has been applied.
    public void Applied(IReadOnlyList<ChangeLogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Advance(entries.Select(e => e.Sequence));
    }

    // A consumer rebuilt from the store as it stood when the log ended at end. Numbers missing
    // below end may be transactions still open while the store was read: they hold the
    // recorded position back until they appear or are let go.
    public Task RebuiltAsync(ReaderDbContext db, long end, CancellationToken ct = default)
    {
        recordedStart = 0;
        return RestartAtAsync(db, end, ct);
    }

    // Everything up to position is applied, except the numbers missing in the window below it.
    private async Task RestartAtAsync(ReaderDbContext db, long position, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        gaps.Clear();
        Highest = Math.Max(position - RestartWindow, 0);
        var from = Highest;
        var seen = await db.ChangeLog.AsNoTracking().Where(c => c.Sequence > from && c.Sequence <= position)
            .OrderBy(c => c.Sequence).Select(c => c.Sequence).ToListAsync(ct);
        Advance(seen.Append(position).Where(s => s > 0));
    }

    private void Advance(IEnumerable<long> sequences)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var sequence in sequences.Order())
        {
            if (gaps.Remove(sequence) || sequence <= Highest)
            {
                continue;
            }
            if (sequence - Highest - 1 <= MaxGapWidth)
            {
                for (var missing = Highest + 1; missing < sequence; missing++)
                {
                    gaps[missing] = now;
                }
            }
            Highest = sequence;
        }
    }

    private void ForgetStaleGaps()
    {
        var horizon = clock.GetUtcNow().UtcDateTime - gapTimeout;
        foreach (var stale in gaps.Where(g => g.Value < horizon).Select(g => g.Key).ToList())
        {
            gaps.Remove(stale);
        }
    }
}
