using BlazorReader.Data.ChangeLog;

namespace BlazorReader.Web.Changes;

// Something in this app instance that follows the store's change log (page cache, search index).
public interface IChangeConsumer
{
    // The last sequence number this consumer has already applied; it is given what follows.
    Task<long> AppliedUpToAsync(CancellationToken ct);

    Task ApplyAsync(IReadOnlyList<ChangeLogEntry> changes, CancellationToken ct);

    // Far behind the log (a first start over a store filled by a bulk import), rebuilding from
    // the store takes seconds where replaying the log takes many minutes. The store already
    // holds every change up to logEnd; a consumer that rebuilt records logEnd as applied and
    // says true. One that cannot (or need not) rebuild says false and is given the log.
    Task<bool> RebuildFromStoreAsync(long logEnd, CancellationToken ct) => Task.FromResult(false);
}
