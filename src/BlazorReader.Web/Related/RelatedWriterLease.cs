using BlazorReader.Data;
using BlazorReader.Data.Leases;
using BlazorReader.Web.Changes;
using BlazorReader.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Related;

// Where this instance stands on the lease to write stories and related lists: it holds it
// (Taken when it has just taken it over, with the position its last holder reached), or another
// instance does (with the position that holder's lists reflect).
public readonly record struct LeaseStanding(bool Held, bool Taken, long Position);

// This instance's side of the store's WriterLease for stories and related lists: taken when
// free, renewed at each batch and in the background while one is being written (a rebuild
// outlasts the lease), given up when the app stops so another instance takes over at once.
// An idle holder is not renewed: one whose following has stalled must not keep the others
// waiting, and a lease that ran out with nobody taking it is simply renewed at its next batch.
public sealed partial class RelatedWriterLease(
    IDbContextFactory<ReaderDbContext> contexts, IOptions<RelatedOptions> options, InstanceIdentity identity, TimeProvider clock,
    ILogger<RelatedWriterLease> log)
    : IHostedService
{
    private const string Name = WriterLeases.RelatedLists;
    private readonly TimeSpan leaseFor = options.Value.LeaseFor;
    private readonly string holder = identity.Name;
    private volatile bool holding;

    public bool Holding => holding;

    public async Task<LeaseStanding> StandAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (holding && await WriterLeases.RenewAsync(db, Name, holder, now + leaseFor, ct))
        {
            return new LeaseStanding(true, false, 0);
        }
        holding = false;
        if (await WriterLeases.TakeAsync(db, Name, holder, now, now + leaseFor, ct) is { } taken)
        {
            holding = true;
            LogTaken(log, taken.Position);
            return new LeaseStanding(true, true, taken.Position);
        }
        return new LeaseStanding(false, false, (await WriterLeases.ReadAsync(db, Name, ct)).Position);
    }

    // The position the lists now written reflect, for the next holder to start from.
    public async Task RecordAsync(long position, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await WriterLeases.RecordAsync(db, Name, holder, position, ct);
    }

    // Renews the lease every third of its length until disposed: around a batch's writing.
    public IDisposable KeepWhileWriting() => clock.CreateTimer(_ => _ = RenewInBackgroundAsync(), null, leaseFor / 3, leaseFor / 3);

    private async Task RenewInBackgroundAsync()
    {
        if (!holding)
        {
            return;
        }
        try
        {
            await using var db = await contexts.CreateDbContextAsync();
            var now = clock.GetUtcNow().UtcDateTime;
            if (!await WriterLeases.RenewAsync(db, Name, holder, now + leaseFor, CancellationToken.None))
            {
                holding = false;
                LogLost(log);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The store out of reach: the next renewal or StandAsync tries again.
            LogRenewFailed(log, e);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!holding)
        {
            return;
        }
        holding = false;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await WriterLeases.ReleaseAsync(db, Name, holder, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Shutting down anyway (the store gone, or the host already torn down): the lease
            // then runs out and another instance takes it a little later.
            LogReleaseFailed(log, e);
        }
    }


    [LoggerMessage(Level = LogLevel.Information, Message = "This instance now writes stories and related lists, from change-log position {Position}")]
    private static partial void LogTaken(ILogger log, long position);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lease to write stories and related lists ran out and another instance took it")]
    private static partial void LogLost(ILogger log);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Giving up the lease to write stories and related lists failed; it runs out by itself.")]
    private static partial void LogReleaseFailed(ILogger log, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the lease to write stories and related lists failed; retrying.")]
    private static partial void LogRenewFailed(ILogger log, Exception e);
}
