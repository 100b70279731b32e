using BlazorReader.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests;

// Copies of the seed article's metadata (ids 2, 3, …; same title and date, no body, no source URL) in one statement, for tests
// that need many published articles: importing 50,000 would take minutes. The change log is
// not written, so search and related lists do not see them.
public static class SeedCopies
{
    private const string Columns = "Attribution, Blocks, Byline, ContentHash, CreatedAt, Dateline, Lead, Origin, PublishedAt, PublishedAtInferred, "
        + "RawAuthor, RawExtraJson, RawText, RawTitle, ReadingMinutes, Slug, SortDate, Source, Status, Title, TitleDerived, TitleKey, UpdatedAt, Version";

    // Light rows: without the seed's raw text and blocks, 50,000 copies write megabytes, not gigabytes.
    private const string Values = "Attribution, '[]', Byline, ContentHash, CreatedAt, Dateline, Lead, Origin, PublishedAt, PublishedAtInferred, "
        + "RawAuthor, NULL, '', RawTitle, ReadingMinutes, Slug, SortDate, Source, Status, Title, TitleDerived, TitleKey, UpdatedAt, Version";

    private const string CopySeed = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {0}) "
        + "INSERT INTO Articles (" + Columns + ") SELECT " + Values + " FROM Articles, n WHERE Articles.Id = 1";

    public static async Task AddAsync(ReaderAppFactory app, int count, CancellationToken ct)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync(ct);
        var copied = await db.Database.ExecuteSqlRawAsync(CopySeed, [count], ct);
        Assert.Equal(count, copied);
    }
}
