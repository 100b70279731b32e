using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Queries;
using BlazorReader.Data.Sources;
using BlazorReader.Data.Stories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Stories;

// Stories written straight into the app's real SQLite store, as the write-time grouping
// (another part of the app) would leave them: articles imported through the importer, then a
// Story row and the members' StoryId.
internal sealed class StorySeed(IServiceProvider services)
{
    public sealed record Member(string Title, string Source, DateTime At, ArticleStatus Status = ArticleStatus.Published);

    private IDbContextFactory<ReaderDbContext> Contexts => services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();

    // After everything the store holds, so the newest content is this test's.
    public async Task<DateTime> AfterStoreAsync(CancellationToken ct)
    {
        await using var db = await Contexts.CreateDbContextAsync(ct);
        var newest = await db.Articles.MaxAsync(a => (DateTime?)a.SortDate, ct) ?? new DateTime(2015, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        return DateTime.SpecifyKind(newest.Date.AddDays(2), DateTimeKind.Utc);
    }

    // Each body differs, so no article is taken for a copy of another by its content.
    public async Task<IReadOnlyList<int>> ArticlesAsync(IReadOnlyList<Member> members, CancellationToken ct)
    {
        var urls = members.Select((_, i) => $"https://example.org/{Guid.NewGuid():N}/{i}").ToList();
        foreach (var status in members.Select(m => m.Status).Distinct())
        {
            var items = members.Select((m, i) => (m, i)).Where(x => x.m.Status == status)
                .Select(x => ImportItem.Ok("t", new RawArticle(
                    $"{x.m.Title}. هذا نص الخبر رقم {x.i} كما نشرته الصحيفة في يومه، بتفاصيله كلها.",
                    Title: x.m.Title, Source: x.m.Source, SourceUrl: urls[x.i], PublishedAt: x.m.At)));
            await services.GetRequiredService<ArticleImporter>().ImportAsync(items, status, ct: ct);
        }
        await using var db = await Contexts.CreateDbContextAsync(ct);
        var ids = await db.Articles.Where(a => a.SourceUrl != null && urls.Contains(a.SourceUrl)).ToDictionaryAsync(a => a.SourceUrl!, a => a.Id, ct);
        return [.. urls.Select(u => ids[u])];
    }

    public async Task<Story> StoryAsync(string title, IReadOnlyList<int> articleIds, CancellationToken ct, int? sourceCount = null)
    {
        await using var db = await Contexts.CreateDbContextAsync(ct);
        var members = await db.Articles.Where(a => articleIds.Contains(a.Id)).ToListAsync(ct);
        var story = new Story
        {
            Title = title,
            Slug = title.Replace(' ', '-'),
            FirstPublishedAt = members.Min(a => a.SortDate),
            LastPublishedAt = members.Max(a => a.SortDate),
            ArticleCount = members.Count,
            SourceCount = sourceCount ?? members.Select(a => a.Source).Distinct().Count(),
            UpdatedAt = DateTime.UtcNow,
        };
        db.Stories.Add(story);
        await db.SaveChangesAsync(ct);
        await db.Articles.Where(a => articleIds.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryId, story.Id), ct);
        return story;
    }

    public async Task NameAsync(string key, string name, CancellationToken ct)
    {
        await using var db = await Contexts.CreateDbContextAsync(ct);
        // The registry may already hold the paper (filled on first start): the test's name wins.
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (source is null)
        {
            db.Sources.Add(source = new NewsSource { Key = key });
        }
        (source.Name, source.UpdatedAt) = (name, DateTime.UtcNow);
        await db.SaveChangesAsync(ct);
        services.GetRequiredService<SourceNamesQuery>().Forget();
    }
}
