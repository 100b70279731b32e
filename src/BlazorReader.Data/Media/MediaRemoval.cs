using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Media;

// What became of a deletion an admin asked for.
public abstract record MediaDeletion
{
    private MediaDeletion()
    {
    }

    public sealed record Deleted(int Id) : MediaDeletion;

    // Refused: these articles use it (their body or lead picture); nothing was removed.
    public sealed record InUse(IReadOnlyList<MediaUser> Articles) : MediaDeletion;

    public sealed record NotFound : MediaDeletion;
}

// A picture no article uses, as the sweep lists it.
public sealed record UnusedPicture(int Id, string Alt, DateTime UploadedAt);

// Takes pictures out of the library, never one an article uses: a body showing a picture's
// words where the picture was is a loss nobody asked for. Each removal is audited with the
// change. The instances' variant files go with the folder of a picture no longer stored.
public sealed class MediaRemoval(IDbContextFactory<ReaderDbContext> contexts, TimeProvider clock)
{
    // A picture uploaded into an editor that is still open is used by no saved article yet.
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromDays(1);

    public async Task<MediaDeletion> DeleteAsync(int id, string? userName, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var item = await db.Media.Where(m => m.Id == id).Select(m => new { m.ContentHash, m.Alt }).FirstOrDefaultAsync(ct);
        if (item is null)
        {
            return new MediaDeletion.NotFound();
        }
        var users = await MediaUse.ArticlesUsingAsync(db, id, ct);
        if (users.Count > 0)
        {
            return new MediaDeletion.InUse(users);
        }
        return await RemoveAsync(db, id, $"#{item.ContentHash[..12]} {item.Alt}", userName, ct)
            ? new MediaDeletion.Deleted(id)
            : new MediaDeletion.NotFound();
    }

    // Pictures no article uses, uploaded before the grace period began, oldest first.
    public async Task<IReadOnlyList<UnusedPicture>> UnusedAsync(TimeSpan grace, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(grace, TimeSpan.Zero);
        var before = clock.GetUtcNow().UtcDateTime - grace;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var old = await db.Media.Where(m => m.UploadedAt < before).OrderBy(m => m.UploadedAt).ThenBy(m => m.Id)
            .Select(m => new UnusedPicture(m.Id, m.Alt, m.UploadedAt)).ToListAsync(ct);
        if (old.Count == 0)
        {
            return old;
        }
        var used = await MediaUse.UsedIdsAsync(db, ct);
        return [.. old.Where(p => !used.Contains(p.Id))];
    }

    // Removes what UnusedAsync lists, each asked again just before it goes (an editor may have
    // saved an article with it meanwhile). Answers the pictures removed.
    public async Task<IReadOnlyList<UnusedPicture>> SweepAsync(TimeSpan grace, string? userName, CancellationToken ct = default)
    {
        var removed = new List<UnusedPicture>();
        foreach (var picture in await UnusedAsync(grace, ct))
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            if ((await MediaUse.ArticlesUsingAsync(db, picture.Id, ct)).Count == 0
                && await RemoveAsync(db, picture.Id, $"#{picture.Id} {picture.Alt} (unused)", userName, ct))
            {
                removed.Add(picture);
            }
        }
        return removed;
    }

    // False when another removal came first.
    private async Task<bool> RemoveAsync(ReaderDbContext db, int id, string detail, string? userName, CancellationToken ct)
    {
        db.Media.Remove(new MediaItem { Id = id });
        AuditTrail.Add(db, clock, userName, AuditActions.MediaDeleted, detail);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
