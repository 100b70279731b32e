using BlazorReader.Data.Media;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// The media library as pages read it: the pictures a body names (never their bytes), the
// library's newest first, and one original's bytes for the instance that renders its variants.
public sealed class MediaQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<int, MediaPicture>> PicturesAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await PicturesAsync(db, ids, ct);
    }

    // On a context a page's read already holds (PublishedArticleQuery).
    public static async Task<IReadOnlyDictionary<int, MediaPicture>> PicturesAsync(ReaderDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0
            ? new Dictionary<int, MediaPicture>()
            : await Pictures(db.Media.Where(m => ids.Contains(m.Id))).ToDictionaryAsync(p => p.Id, ct);
    }

    // The library for the editors' list and picker: newest first, one page (from 1) of size.
    public async Task<MediaListPage> PageAsync(int page, int size, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var items = await db.Media.OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(m => new MediaListItem(new MediaPicture(m.Id, m.ContentHash, m.Width, m.Height, m.Alt, m.Caption, m.Credit),
                m.ByteLength, m.UploadedBy, m.UploadedAt))
            .ToListAsync(ct);
        return new MediaListPage(items, await db.Media.CountAsync(ct));
    }

    // By id and hash: the bytes of the very picture whose words the caller checked, or null.
    public async Task<byte[]?> OriginalBytesAsync(int id, string contentHash, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Media.Where(m => m.Id == id && m.ContentHash == contentHash).Select(m => m.Bytes).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<MediaPicture> Pictures(IQueryable<MediaItem> media) =>
        media.Select(m => new MediaPicture(m.Id, m.ContentHash, m.Width, m.Height, m.Alt, m.Caption, m.Credit));
}
