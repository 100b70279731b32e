using BlazorReader.Core.Arabic;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Articles;

// What the cleaner is told of the store, so that a line naming a stored article is its teaser
// wherever an article is cleaned: at import and in `reclean`, every stored title and lead
// (streamed: only hashed keys stay in memory); for one article cleaned again from the admin,
// the stored articles whose headline one of its lines is, found through the title-key index.
public static class KnownStoriesReader
{
    private const int MaxLinesLookedUp = 400;

    public static async Task<KnownStories> ReadAllAsync(ReaderDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var known = new KnownStories();
        await foreach (var row in db.Articles.AsNoTracking().Select(a => new { a.Title, a.Lead }).AsAsyncEnumerable().WithCancellation(ct))
        {
            known.Add(row.Title, row.Lead);
        }
        return known;
    }

    public static async Task<KnownStories> ReadForAsync(ReaderDbContext db, RawArticle raw, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(raw);
        var keys = raw.Text.Split('\n').Select(l => TitleKey.From(l.Trim()))
            .Where(k => k.Length > 0 && k.Length < TitleKey.MaxLength).Distinct().Take(MaxLinesLookedUp).ToList();
        var known = new KnownStories();
        foreach (var row in await db.Articles.AsNoTracking().Where(a => keys.Contains(a.TitleKey)).Select(a => new { a.Title, a.Lead }).ToListAsync(ct))
        {
            known.Add(row.Title, row.Lead);
        }
        return known;
    }
}
