using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Sources;

// Names the known papers in a store that does not have them yet. Runs on every open that
// migrates (first start, `cli migrate`), so it only ever adds: a row an admin has edited, or
// a key an admin named first, is left exactly as it is.
public static class SourceDefaults
{
    public static async Task<int> AddMissingAsync(ReaderDbContext db, DateTime now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var keys = KnownSources.All.Select(s => s.Key).ToList();
        var present = await db.Sources.Where(s => keys.Contains(s.Key)).Select(s => s.Key).ToListAsync(ct);
        var missing = KnownSources.All.Where(s => !present.Contains(s.Key)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }
        db.Sources.AddRange(missing.Select(s => new NewsSource
        {
            Key = s.Key, Name = s.Name, ShortName = s.ShortName, SiteUrl = s.SiteUrl, UpdatedAt = now,
        }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance, starting at the same moment, added them first: the registry
            // holds the defaults either way, and this start must not fail for it.
            db.ChangeTracker.Clear();
            return 0;
        }
        return missing.Count;
    }
}
