using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Media;

// Adds pictures to the library. A picture is stored once: the same bytes again (a second
// upload, or two editors at once) answer with the stored picture, whose words stay as given.
public sealed class MediaLibrary(IDbContextFactory<ReaderDbContext> contexts, TimeProvider clock)
{
    public async Task<MediaSaved> AddAsync(NewMedia media, string? userName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(media);
        if (Refusal(media) is { } error)
        {
            return new MediaSaved(null, false, error);
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await StoredIdAsync(db, media.ContentHash, ct) is { } existing)
        {
            return new MediaSaved(existing, true, null);
        }
        var item = new MediaItem
        {
            ContentHash = media.ContentHash,
            ContentType = media.ContentType,
            Width = media.Width,
            Height = media.Height,
            ByteLength = media.Bytes.Length,
            Bytes = media.Bytes,
            Alt = media.Alt!.Trim(),
            Caption = Trimmed(media.Caption),
            Credit = Trimmed(media.Credit),
            UploadedBy = userName,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Media.Add(item);
        AuditTrail.Add(db, clock, userName, AuditActions.MediaUploaded, $"#{item.ContentHash[..12]} {item.Width}×{item.Height} {item.Alt}");
        try
        {
            await db.SaveChangesAsync(ct);
            return new MediaSaved(item.Id, false, null);
        }
        catch (DbUpdateException)
        {
            // Another upload of the same bytes committed first (the unique hash): that one stands.
            await using var again = await contexts.CreateDbContextAsync(ct);
            if (await StoredIdAsync(again, media.ContentHash, ct) is { } raced)
            {
                return new MediaSaved(raced, true, null);
            }
            throw;
        }
    }

    private static async Task<int?> StoredIdAsync(ReaderDbContext db, string hash, CancellationToken ct) =>
        await db.Media.Where(m => m.ContentHash == hash).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);

    // Why the words given with a picture cannot be stored, or null: asked before storing by an
    // import, which stores all of an article's pictures or none.
    public static string? Refusal(NewMedia media) =>
        string.IsNullOrWhiteSpace(media.Alt) ? "النص البديل مطلوب: صِف الصورة لمن لا يراها."
        : media.Alt.Trim().Length > MediaItemConfiguration.MaxAltLength ? $"النص البديل أطول من {MediaItemConfiguration.MaxAltLength} حرف."
        : media.Caption?.Trim().Length > MediaItemConfiguration.MaxCaptionLength ? $"التعليق أطول من {MediaItemConfiguration.MaxCaptionLength} حرف."
        : media.Credit?.Trim().Length > MediaItemConfiguration.MaxCreditLength ? $"اسم المصوّر أو المصدر أطول من {MediaItemConfiguration.MaxCreditLength} حرف."
        : null;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
