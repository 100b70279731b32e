using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Leases;

// Taking, renewing and giving up a WriterLease, each one conditional update, so that two
// instances asking at once cannot both win. Times are the instances' clocks (UTC): a lease
// lasts far longer than clocks kept in sync drift apart.
public static class WriterLeases
{
    // Stories and related lists: one in-memory index computes both.
    public const string RelatedLists = "related-lists";

    public static Task<WriterLease> ReadAsync(ReaderDbContext db, string name, CancellationToken ct) =>
        db.WriterLeases.AsNoTracking().SingleAsync(l => l.Name == name, ct);

    // Extends the lease while it is still this holder's; false once it is not (it ran out
    // and another took it, or it was given up).
    public static async Task<bool> RenewAsync(ReaderDbContext db, string name, string holder, DateTime until, CancellationToken ct) =>
        await db.WriterLeases.Where(l => l.Name == name && l.Holder == holder && l.Until > DateTime.UnixEpoch)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Until, until), ct) == 1;

    // Takes a lease nobody holds (never taken, given up, or run out); the lease as taken, or null.
    public static async Task<WriterLease?> TakeAsync(ReaderDbContext db, string name, string holder, DateTime now, DateTime until, CancellationToken ct)
    {
        var taken = await db.WriterLeases.Where(l => l.Name == name && l.Until < now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.Until, until), ct) == 1;
        return taken ? await ReadAsync(db, name, ct) : null;
    }

    // Only the holder moves the position, and only forward.
    public static Task RecordAsync(ReaderDbContext db, string name, string holder, long position, CancellationToken ct) =>
        db.WriterLeases.Where(l => l.Name == name && l.Holder == holder && l.Position < position)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Position, position), ct);

    // A rebuild outside the app (`cli related`) wrote every list: no holder need redo what came before.
    public static Task RecordRebuiltAsync(ReaderDbContext db, string name, long position, CancellationToken ct) =>
        db.WriterLeases.Where(l => l.Name == name && l.Position < position)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Position, position), ct);

    // Given up on shutdown, so another instance takes over at once instead of after it runs out.
    public static Task ReleaseAsync(ReaderDbContext db, string name, string holder, CancellationToken ct) =>
        db.WriterLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Until, DateTime.UnixEpoch), ct);
}
