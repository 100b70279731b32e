using BlazorReader.Data.ChangeLog;

namespace BlazorReader.Web.Changes;

// Something in this app instance that follows the store's change log (page cache, search index).
public interface IChangeConsumer
{
    // The last sequence number this consumer has already applied; it is given what follows.
    Task<long> AppliedUpToAsync(CancellationToken ct);

    Task ApplyAsync(IReadOnlyList<ChangeLogEntry> changes, CancellationToken ct);
}
