namespace BlazorReader.Data.ChangeLog;

// Something in an app instance that follows the store's change log: the search index, the
// stored related lists, the page cache. The instance's poller asks each where it stands and
// gives it every entry after that, in sequence order, with a context on the store the entries
// came from; an entry whose transaction committed after a later one's comes when it appears
// (ChangeLogCursor), so a consumer applies the store's current state for the articles named.
public interface IChangeLogConsumer
{
    // The last sequence number this consumer has already applied.
    Task<long> AppliedUpToAsync(ReaderDbContext db, CancellationToken ct);

    // position: what to record as applied once these changes are, below any number still
    // missing (ChangeLogCursor.PositionAfter), so a restart cannot skip a late commit.
    Task ApplyAsync(ReaderDbContext db, IReadOnlyList<ChangeLogEntry> changes, long position, CancellationToken ct);

    // Far behind the log (a first start over a store filled by a bulk import), rebuilding from
    // the store takes seconds where replaying the log takes many minutes. The store already
    // holds every change up to logEnd; a consumer that rebuilt records logEnd as applied and
    // says true. One that cannot (or need not) rebuild says false and is given the log.
    Task<bool> RebuildFromStoreAsync(ReaderDbContext db, long logEnd, CancellationToken ct) => Task.FromResult(false);
}
