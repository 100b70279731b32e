using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Articles;

// Links teasers to the stored articles they name, by normalised title, in both directions:
// a new article's teasers find stored stories, and stored teasers find the new article.
public static class TeaserLinker
{
    public static async Task LinkAsync(ReaderDbContext db, IReadOnlyCollection<Article> written, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(written);
        var open = written.SelectMany(a => a.Teasers.Select(t => (Article: a, Teaser: t)))
            .Where(x => x.Teaser.LinkedArticleId is null && x.Teaser.NormalizedText.Length > 0).ToList();
        if (open.Count > 0)
        {
            var keys = open.Select(x => x.Teaser.NormalizedText).Distinct().ToList();
            var targets = await db.Articles.AsNoTracking().Where(a => keys.Contains(a.TitleKey))
                .OrderByDescending(a => a.SortDate).Select(a => new { a.Id, a.TitleKey }).ToListAsync(ct);
            foreach (var (article, teaser) in open)
            {
                teaser.LinkedArticleId = targets.FirstOrDefault(t => t.TitleKey == teaser.NormalizedText && t.Id != article.Id)?.Id;
            }
        }
        var titles = written.Where(a => a.TitleKey.Length > 0).GroupBy(a => a.TitleKey).ToDictionary(g => g.Key, g => g.First().Id);
        var keyList = titles.Keys.ToList();
        var waiting = await db.Teasers.Where(t => t.LinkedArticleId == null && keyList.Contains(t.NormalizedText)).ToListAsync(ct);
        foreach (var teaser in waiting.Where(t => titles[t.NormalizedText] != t.ArticleId))
        {
            teaser.LinkedArticleId = titles[teaser.NormalizedText];
        }
    }
}
