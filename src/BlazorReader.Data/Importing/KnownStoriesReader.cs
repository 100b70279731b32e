using BlazorReader.Core.Cleaning;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Importing;

// The titles and leads of every stored article, for the cleaner to know another story's
// teaser when it sees one. Streamed row by row: only the hashed keys stay in memory.
internal static class KnownStoriesReader
{
    public static async Task<KnownStories> ReadAsync(ReaderDbContext db, CancellationToken ct)
    {
        var known = new KnownStories();
        await foreach (var row in db.Articles.AsNoTracking().Select(a => new { a.Title, a.Lead }).AsAsyncEnumerable().WithCancellation(ct))
        {
            known.Add(row.Title, row.Lead);
        }
        return known;
    }
}
