namespace BlazorReader.Data.ChangeLog;

// Something in an app instance that follows the store's change log: the search index, the
// stored related lists, the page cache. The instance's poller asks each where it stands and
// gives it, in order, every entry after that, with a context on the store the entries came from.
public interface IChangeLogConsumer
{
    // The last sequence number this consumer has already applied.
    Task<long> AppliedUpToAsync(ReaderDbContext db, CancellationToken ct);

    Task ApplyAsync(ReaderDbContext db, IReadOnlyList<ChangeLogEntry> changes, CancellationToken ct);

    // Far behind the log (a first start over a store filled by a bulk import), rebuilding from
    // the store takes seconds where replaying the log takes many minutes. The store already
    // holds every change up to logEnd; a consumer that rebuilt records logEnd as applied and
    // says true. One that cannot (or need not) rebuild says false and is given the log.
    Task<bool> RebuildFromStoreAsync(ReaderDbContext db, long logEnd, CancellationToken ct) => Task.FromResult(false);
}
